import type { Role } from "@approdo/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "../../app/router/link.tsx";
import { useFlash } from "../../app/router/use-router.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { useSession } from "../auth/use-session.ts";
import { CaseSection } from "../cases/case-section.tsx";
import { caseKeys, fetchWorklist } from "../cases/cases-api.ts";
import { CasesTable } from "../cases/cases-list-page.tsx";
import { ApprovalsList } from "./approvals-list.tsx";
import { RemindersList } from "./reminders-list.tsx";

/** Roles that decide approvals (closures, plan versions). */
export const approverRoles: readonly Role[] = ["org_coordinator"];

/** "Il mio lavoro": my open cases with their next due dates, my reminders, approvals waiting for me. */
export function WorklistPage() {
  const { t, i18n } = useTranslation();
  const flash = useFlash();
  const { me } = useSession();
  const [status, setStatus] = useState<string | null>(null);
  const query = useQuery({ queryKey: caseKeys.worklist(), queryFn: ({ signal }) => fetchWorklist(signal) });
  const approver = me.roles.some((role) => approverRoles.includes(role));
  const approvals = query.data?.approvals ?? [];
  return (
    <>
      <PageHeader title={t("worklist.title")}>
        <Link to="/cases" className="btn btn-outline-primary">
          {t("worklist.allCases")}
        </Link>
      </PageHeader>
      <p className="lead">
        {t("worklist.greeting", { name: me.user.displayName, organization: me.organization.name })}
      </p>
      <StatusMessage>{status ?? flash}</StatusMessage>
      {query.isPending ? <LoadingIndicator /> : null}
      <ApiErrorAlert error={query.error} />
      {approver || approvals.length > 0 ? (
        <CaseSection id="worklist-approvals" title={t("worklist.approvalsTitle", { n: approvals.length })}>
          {query.data ? <ApprovalsList approvals={approvals} onStatus={setStatus} /> : null}
        </CaseSection>
      ) : null}
      <CaseSection id="worklist-cases" title={t("worklist.casesTitle")}>
        {query.data ? (
          <CasesTable
            cases={query.data.cases}
            language={i18n.language}
            caption={t("worklist.casesCaption")}
            testId="worklist-cases-table"
          />
        ) : null}
      </CaseSection>
      <CaseSection id="worklist-reminders" title={t("worklist.remindersTitle")}>
        <RemindersList onStatus={setStatus} />
      </CaseSection>
    </>
  );
}
