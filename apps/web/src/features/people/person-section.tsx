import type { ReactNode } from "react";

interface PersonSectionProps {
  id: string;
  title: string;
  children: ReactNode;
}

/** A titled part of the person's page, reachable from the page's table of contents. */
export function PersonSection({ id, title, children }: PersonSectionProps) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mb-5" data-testid={id}>
      <h2 id={`${id}-title`} className="h4 border-bottom pb-2 mb-3">
        {title}
      </h2>
      {children}
    </section>
  );
}
