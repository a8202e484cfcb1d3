import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFlash } from "../../app/router/use-router.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { BackLink } from "../../app/ui/back-link.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { useDocumentTitle } from "../../app/ui/use-document-title.ts";
import { OpenCasePanel } from "../cases/open-case-panel.tsx";
import { fullName } from "../people/person-format.ts";
import { PersonSection } from "../people/person-section.tsx";
import { TogglePanel } from "../people/toggle-panel.tsx";
import { AddMemberPanel } from "./add-member-panel.tsx";
import { HistoryTable } from "./history-table.tsx";
import { HouseholdBadges } from "./household-badges.tsx";
import { HouseholdLabelForm } from "./household-label-form.tsx";
import { fetchHousehold, householdKeys } from "./households-api.ts";
import { MembersTable } from "./members-table.tsx";

/**
 * A household: its members and derived flags, history, adding and removing members, changing the
 * reference person. As for people, the browser's title stays generic (no family names in history).
 */
export function HouseholdPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const [status, setStatus] = useState<string | null>(null);
  const query = useQuery({
    queryKey: householdKeys.detail(id),
    queryFn: ({ signal }) => fetchHousehold(id, signal),
  });
  useDocumentTitle(t("households.pageTitle"));
  const household = query.data;
  const reload = () => {
    setStatus(null);
    void query.refetch();
  };
  return (
    <>
      <div className="mb-4">
        <h1 className="h2 mb-0" tabIndex={-1} data-page-title>
          {household ? household.label : t("households.pageTitle")}
        </h1>
      </div>
      <BackLink to="/households" />
      <StatusMessage>{status ?? flash}</StatusMessage>
      {query.isPending ? <LoadingIndicator /> : null}
      {query.isError ? <ApiErrorAlert error={query.error} /> : null}
      {household ? (
        <>
          <HouseholdBadges household={household} />
          <OpenCasePanel subject={{ householdId: household.id }} />
          <TogglePanel label={t("households.rename")} testId="household-rename">
            {(close) => (
              <HouseholdLabelForm
                household={household}
                onReload={reload}
                onDone={() => {
                  setStatus(t("common.saved"));
                  close();
                }}
              />
            )}
          </TogglePanel>
          <PersonSection id="household-members" title={t("households.members")}>
            <MembersTable household={household} onStatus={setStatus} onReload={reload} />
            <TogglePanel label={t("households.addMember")} testId="household-add">
              {(close) => (
                <AddMemberPanel
                  household={household}
                  onReload={reload}
                  onDone={(_, person) => {
                    setStatus(t("households.memberAdded", { name: fullName(person) }));
                    close();
                  }}
                />
              )}
            </TogglePanel>
          </PersonSection>
          <PersonSection id="household-history" title={t("households.history")}>
            <HistoryTable household={household} />
          </PersonSection>
        </>
      ) : null}
    </>
  );
}
