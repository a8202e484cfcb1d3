import type { ComponentType, ReactNode } from "react";
import type { CaseDetail } from "./case-types.ts";

/** What every section of the case page receives. */
export interface CaseSectionProps {
  caseRecord: CaseDetail;
  /** Shows a message in the page's status area (role="status"), e.g. "Servizio registrato." */
  onStatus: (message: string) => void;
  /** Reloads the case (after a VERSION_CONFLICT, or when a section changed the case itself). */
  onReload: () => void;
}

/** One section of the case page: an anchor id, a translated title, its component, when it shows. */
export interface CaseSectionDefinition {
  /** The section's element id and anchor, e.g. "case-team". */
  id: string;
  /** Translation key of its title (h2 and the page's table of contents). */
  titleKey: string;
  component: ComponentType<CaseSectionProps>;
  /** Leave out for "always"; e.g. hide a section the reader's roles cannot use. */
  visible?: (caseRecord: CaseDetail) => boolean;
}

/** A titled part of the case page, reachable from its table of contents. */
export function CaseSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mb-5" data-testid={id}>
      <h2 id={`${id}-title`} className="h4 border-bottom pb-2 mb-3" tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
