import type { ReactNode } from "react";
import { useDocumentTitle } from "./use-document-title.ts";

interface PageHeaderProps {
  title: string;
  /** Actions shown beside the title (e.g. a "New" link). */
  children?: ReactNode;
}

/** The page's h1 and document.title. The layout moves focus to the h1 after a navigation. */
export function PageHeader({ title, children }: PageHeaderProps) {
  useDocumentTitle(title);
  return (
    <div className="d-flex flex-wrap align-items-center justify-content-between gap-3 mb-4">
      <h1 className="h2 mb-0" tabIndex={-1} data-page-title>
        {title}
      </h1>
      {children ? <div className="d-flex gap-2">{children}</div> : null}
    </div>
  );
}
