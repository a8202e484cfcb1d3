import type { Person } from "@approdo/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../app/ui/format-date.ts";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { focusSection, PersonSection } from "./person-section.tsx";
import { TogglePanel } from "./toggle-panel.tsx";
import { VulnerabilityEndForm } from "./vulnerability-end-form.tsx";
import { VulnerabilityForm } from "./vulnerability-form.tsx";

interface VulnerabilitiesSectionProps {
  person: Person;
  readOnly: boolean;
  /** The user's role sees and records special-category vulnerabilities. */
  specialCategory: boolean;
}

/**
 * The vulnerabilities the server lets this role see (special-category ones only to the roles that
 * need them; their number is told otherwise), with add and end.
 */
export function VulnerabilitiesSection({ person, readOnly, specialCategory }: VulnerabilitiesSectionProps) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const hidden = person.hiddenVulnerabilities ?? 0;
  const rows = [...person.vulnerabilities].sort(
    (a, b) =>
      Number(a.until !== null) - Number(b.until !== null) || (b.since ?? "").localeCompare(a.since ?? ""),
  );
  return (
    <PersonSection id="person-vulnerabilities" title={t("people.vulnerabilitiesTitle")}>
      <StatusMessage>{status}</StatusMessage>
      {hidden > 0 ? (
        <p className="alert alert-info" data-testid="hidden-vulnerabilities">
          {t("people.hiddenVulnerabilities", { count: hidden })}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p>{t("people.noVulnerabilities")}</p>
      ) : (
        <div className="table-responsive">
          <table className="table table-sm caption-top" data-testid="vulnerabilities-table">
            <caption>{t("people.vulnerabilitiesCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("people.vulnerability")}</th>
                <th scope="col">{t("people.since")}</th>
                <th scope="col">{t("people.until")}</th>
                <th scope="col">{t("people.note")}</th>
                {readOnly ? null : <th scope="col">{t("common.actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const label = t(`vulnerabilities.${row.code}`);
                return (
                  <tr key={row.id}>
                    <th scope="row">
                      {label}
                      {row.specialCategory ? (
                        <span className="badge bg-secondary ms-2">{t("people.specialCategory")}</span>
                      ) : null}
                    </th>
                    <td>{formatDate(row.since, i18n.language)}</td>
                    <td>{row.until ? formatDate(row.until, i18n.language) : t("people.ongoing")}</td>
                    <td className="text-break">{row.note ?? "—"}</td>
                    {readOnly ? null : (
                      <td>
                        {row.until === null ? (
                          <TogglePanel label={t("people.endVulnerability")} testId="vulnerability-end">
                            {(close) => (
                              <VulnerabilityEndForm
                                personId={person.id}
                                vulnerabilityId={row.id}
                                since={row.since}
                                label={label}
                                onDone={() => {
                                  setStatus(t("people.vulnerabilityEnded", { name: label }));
                                  close();
                                  // the row's "End" button is gone
                                  focusSection("person-vulnerabilities");
                                }}
                              />
                            )}
                          </TogglePanel>
                        ) : null}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {readOnly ? null : (
        <TogglePanel label={t("people.addVulnerability")} testId="vulnerability-add">
          {(close) => (
            <VulnerabilityForm
              personId={person.id}
              specialCategory={specialCategory}
              onDone={() => {
                setStatus(t("people.vulnerabilityAdded"));
                close();
              }}
            />
          )}
        </TogglePanel>
      )}
    </PersonSection>
  );
}
