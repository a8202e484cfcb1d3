import type { ReactNode } from "react";

interface DetailItemProps {
  term: string;
  children: ReactNode;
  testId?: string;
}

/** One term and its value in a description list laid out as a grid. */
export function DetailItem({ term, children, testId }: DetailItemProps) {
  return (
    <div className="col-12 col-md-6 col-xl-4 mb-3">
      <dt className="small text-secondary">{term}</dt>
      <dd className="mb-0" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
