import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFlash } from "../../app/router/use-router.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { BackLink } from "../../app/ui/back-link.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { looseT } from "../../app/ui/loose-t.ts";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { useDocumentTitle } from "../../app/ui/use-document-title.ts";
import { AssessmentsSection } from "../case-assessments/assessments-section.tsx";
import { NotesSection } from "../case-notes/notes-section.tsx";
import { PlanSection } from "../case-plans/plan-section.tsx";
import { ServicesSection } from "../case-services/services-section.tsx";
import { CaseHeader } from "./case-header.tsx";
import { CaseSection, type CaseSectionDefinition } from "./case-section.tsx";
import { caseKeys, fetchCase } from "./cases-api.ts";
import { TeamSection } from "./team-section.tsx";
import { TimelineSection } from "./timeline-section.tsx";
import { TransitionControl } from "./transition-control.tsx";

/**
 * The sections of the case page, in order, each with its anchor in the page's table of contents.
 * Extension point: the case's other parts (assessment, plan, services, notes) register here, each a
 * component receiving `CaseSectionProps` (see case-section.tsx), between the team and the timeline.
 */
export const caseSections: CaseSectionDefinition[] = [
  { id: "case-team", titleKey: "cases.team.title", component: TeamSection },
  { id: "case-assessment", titleKey: "assessments.title", component: AssessmentsSection },
  { id: "case-plan", titleKey: "plans.title", component: PlanSection },
  { id: "case-services", titleKey: "services.title", component: ServicesSection },
  { id: "case-notes", titleKey: "caseNotes.title", component: NotesSection },
  { id: "case-timeline", titleKey: "cases.timeline.title", component: TimelineSection },
];

/**
 * One case ("presa in carico"): header, state control, then its sections. As for people, the
 * browser's title stays generic; the h1 carries the case's reference.
 */
export function CasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const lt = looseT(t);
  const flash = useFlash();
  const [status, setStatus] = useState<string | null>(null);
  const query = useQuery({ queryKey: caseKeys.detail(id), queryFn: ({ signal }) => fetchCase(id, signal) });
  useDocumentTitle(t("cases.pageTitle"));
  const caseRecord = query.data;
  const reload = () => {
    setStatus(null);
    void query.refetch();
  };
  const sections = caseRecord ? caseSections.filter((section) => section.visible?.(caseRecord) ?? true) : [];
  return (
    <>
      <div className="mb-3">
        <h1 className="h2 mb-0" tabIndex={-1} data-page-title>
          {caseRecord
            ? t("cases.titleWithReference", { reference: caseRecord.reference })
            : t("cases.pageTitle")}
        </h1>
      </div>
      <BackLink to="/cases" />
      <StatusMessage>{status ?? flash}</StatusMessage>
      {query.isPending ? <LoadingIndicator /> : null}
      {query.isError ? <ApiErrorAlert error={query.error} /> : null}
      {caseRecord ? (
        <>
          <CaseHeader caseRecord={caseRecord} />
          <nav aria-label={t("cases.contents")} className="mb-4">
            <ul className="list-inline mb-0 small">
              {sections.map((section) => (
                <li key={section.id} className="list-inline-item me-3">
                  <a href={`#${section.id}`}>{lt(section.titleKey)}</a>
                </li>
              ))}
            </ul>
          </nav>
          <TransitionControl caseRecord={caseRecord} onDone={setStatus} onReload={reload} />
          {sections.map((section) => (
            <CaseSection key={section.id} id={section.id} title={lt(section.titleKey)}>
              <section.component caseRecord={caseRecord} onStatus={setStatus} onReload={reload} />
            </CaseSection>
          ))}
        </>
      ) : null}
    </>
  );
}
