import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { formatDate } from "../../app/ui/format-date.ts";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { useSession } from "../auth/use-session.ts";
import type { CaseSectionProps } from "../cases/case-section.tsx";
import { TogglePanel } from "../people/toggle-panel.tsx";
import { AssessmentForm } from "./assessment-form.tsx";
import { offeredDomains } from "./assessment-form-schema.ts";
import { assessmentKeys, fetchAssessmentProgress, fetchLatestAssessment } from "./assessments-api.ts";
import { caseFacts } from "./case-record.ts";
import { ProgressView } from "./progress-view.tsx";

/**
 * The case's multidimensional assessment: progress per domain over time (table first, chart too)
 * and a (re-)assessment form prefilled from the last one. The domains come from the server's
 * catalogue as the reader may use them: special-category domains only for special-category roles
 * on the team.
 */
export function AssessmentsSection({ caseRecord, onStatus }: CaseSectionProps) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const facts = caseFacts(caseRecord, me.user.id);
  const caseId = facts.id;
  const progress = useQuery({
    queryKey: assessmentKeys.progress(caseId),
    queryFn: ({ signal }) => fetchAssessmentProgress(caseId, signal),
  });
  const latest = useQuery({
    queryKey: assessmentKeys.latest(caseId),
    queryFn: ({ signal }) => fetchLatestAssessment(caseId, signal),
  });
  if (progress.isPending || latest.isPending) return <LoadingIndicator />;
  if (progress.isError) return <ApiErrorAlert error={progress.error} />;
  if (latest.isError) return <ApiErrorAlert error={latest.error} />;
  const last = latest.data;
  // the server lists only the domains this reader may record (special-category ones need the role)
  const domains = offeredDomains(progress.data.domains, true, last);
  const canWrite = facts.canWrite && facts.state !== "closed";
  return (
    <>
      {last ? (
        <p>
          {t("assessments.lastOn", { date: formatDate(last.assessedOn, i18n.language) })}
          {last.summary ? (
            <span className="d-block small" dir="auto">
              {last.summary}
            </span>
          ) : null}
        </p>
      ) : null}
      <ProgressView progress={progress.data} />
      {canWrite ? (
        <TogglePanel
          label={last ? t("assessments.reassess") : t("assessments.new")}
          testId="assessment-toggle"
        >
          {(close) => (
            <AssessmentForm
              caseId={caseId}
              domains={domains}
              people={progress.data.people}
              last={last}
              onDone={() => {
                onStatus(t("assessments.saved"));
                close();
              }}
            />
          )}
        </TogglePanel>
      ) : null}
    </>
  );
}
