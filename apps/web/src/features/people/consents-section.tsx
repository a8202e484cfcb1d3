import type { Consent } from "@approdo/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { formatDate } from "../../app/ui/format-date.ts";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { useOrganizationOptions } from "../admin-organizations/use-organization-options.ts";
import { useLanguageName } from "../reference/use-languages.ts";
import { attachmentDownloadUrl } from "./attachments-api.ts";
import { ConsentForm } from "./consent-form.tsx";
import { ConsentSummary } from "./consent-summary.tsx";
import { ConsentWithdrawForm } from "./consent-withdraw-form.tsx";
import { consentKeys, fetchConsentSummary, fetchConsents } from "./consents-api.ts";
import { focusSection, PersonSection } from "./person-section.tsx";
import { TogglePanel } from "./toggle-panel.tsx";

/** Consents given (and withdrawn), what they allow today, and recording a new one. */
export function ConsentsSection({ personId, readOnly }: { personId: string; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const languageName = useLanguageName();
  const { organizations } = useOrganizationOptions();
  const names = new Map(organizations.map((organization) => [organization.id, organization.name]));
  const list = useQuery({
    queryKey: consentKeys.list(personId),
    queryFn: ({ signal }) => fetchConsents(personId, signal),
  });
  const summary = useQuery({
    queryKey: consentKeys.summary(personId),
    queryFn: ({ signal }) => fetchConsentSummary(personId, signal),
  });
  const controllerId = summary.data?.controllerOrganizationId;
  const purposeOf = (consent: Consent) => t(`consentPurposes.${consent.purpose}`);
  const consents = [...(list.data ?? [])].sort((a, b) => b.givenOn.localeCompare(a.givenOn));

  return (
    <PersonSection id="person-consents" title={t("people.consent.title")}>
      <StatusMessage>{status}</StatusMessage>
      {summary.isError ? <ApiErrorAlert error={summary.error} /> : null}
      {summary.data ? (
        <ConsentSummary
          summary={summary.data}
          controllerName={names.get(summary.data.controllerOrganizationId) ?? t("people.consent.controller")}
        />
      ) : null}
      {list.isPending ? <LoadingIndicator /> : null}
      {list.isError ? <ApiErrorAlert error={list.error} /> : null}
      {list.data && consents.length === 0 ? <p>{t("people.consent.none")}</p> : null}
      {consents.length > 0 ? (
        <div className="table-responsive">
          <table className="table table-sm caption-top" data-testid="consents-table">
            <caption>{t("people.consent.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("people.consent.purpose")}</th>
                <th scope="col">{t("people.consent.organizations")}</th>
                <th scope="col">{t("people.consent.dataCategories")}</th>
                <th scope="col">{t("people.consent.givenOn")}</th>
                <th scope="col">{t("people.consent.explainedIn")}</th>
                <th scope="col">{t("people.consent.document")}</th>
                <th scope="col">{t("common.status")}</th>
                {readOnly ? null : <th scope="col">{t("common.actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {consents.map((consent) => (
                <tr key={consent.id}>
                  <th scope="row">{purposeOf(consent)}</th>
                  <td>
                    {consent.organizationIds.length === 0
                      ? t("people.consent.controllerOnly")
                      : consent.organizationIds.map((id) => names.get(id) ?? id).join(", ")}
                  </td>
                  <td>
                    {consent.dataCategories.length === 0
                      ? t("people.consent.allCategories")
                      : consent.dataCategories.map((category) => t(`dataCategories.${category}`)).join(", ")}
                  </td>
                  <td>{formatDate(consent.givenOn, i18n.language)}</td>
                  <td>
                    {languageName(consent.explainedInLanguage)} ({consent.explainedInLanguage})
                  </td>
                  <td>
                    {consent.documentId ? (
                      <a href={attachmentDownloadUrl(consent.documentId)} download>
                        {t("people.consent.download")}
                        <span className="visually-hidden"> {purposeOf(consent)}</span>
                      </a>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td>
                    {consent.active
                      ? t("people.consent.active")
                      : consent.withdrawnOn
                        ? t("people.consent.withdrawnOnDate", {
                            date: formatDate(consent.withdrawnOn, i18n.language),
                          })
                        : t("people.consent.notActive")}
                    {consent.withdrawalNote ? (
                      <small className="d-block">{consent.withdrawalNote}</small>
                    ) : null}
                  </td>
                  {readOnly ? null : (
                    <td>
                      {consent.withdrawnOn === null ? (
                        <TogglePanel label={t("people.consent.withdraw")} testId="consent-withdraw">
                          {(close) => (
                            <ConsentWithdrawForm
                              personId={personId}
                              consent={consent}
                              label={purposeOf(consent)}
                              onDone={() => {
                                setStatus(t("people.consent.withdrawn"));
                                close();
                                // the row's "Withdraw" button is gone
                                focusSection("person-consents");
                              }}
                            />
                          )}
                        </TogglePanel>
                      ) : null}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {readOnly ? null : (
        <TogglePanel label={t("people.consent.add")} testId="consent-add">
          {(close) => (
            <ConsentForm
              personId={personId}
              controllerId={controllerId}
              onDone={() => {
                setStatus(t("people.consent.recorded"));
                close();
              }}
            />
          )}
        </TogglePanel>
      )}
    </PersonSection>
  );
}
