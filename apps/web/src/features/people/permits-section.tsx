import type { Person } from "@approdo/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../app/ui/format-date.ts";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { PermitExpiryBadge } from "./permit-expiry-badge.tsx";
import { PermitForm } from "./permit-form.tsx";
import { sortPermits } from "./person-format.ts";
import { PersonSection } from "./person-section.tsx";
import { TogglePanel } from "./toggle-panel.tsx";

/** Residence permit history, newest first, with an expiry within 60 days highlighted. */
export function PermitsSection({ person, readOnly }: { person: Person; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const [added, setAdded] = useState(false);
  const permits = sortPermits(person.permits);
  return (
    <PersonSection id="person-permits" title={t("people.permitsTitle")}>
      <StatusMessage>{added ? t("people.permitAdded") : null}</StatusMessage>
      {permits.length === 0 ? (
        <p>{t("people.noPermits")}</p>
      ) : (
        <div className="table-responsive">
          <table className="table table-sm caption-top" data-testid="permits-table">
            <caption>{t("people.permitsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("people.permitType")}</th>
                <th scope="col">{t("people.permitNumber")}</th>
                <th scope="col">{t("people.permitIssuedOn")}</th>
                <th scope="col">{t("people.permitExpiresOn")}</th>
                <th scope="col">{t("people.permitIssuedBy")}</th>
              </tr>
            </thead>
            <tbody>
              {permits.map((permit, index) => (
                <tr key={permit.id}>
                  <th scope="row">
                    {t(`permitTypes.${permit.type}`)}
                    {index === 0 ? (
                      <span className="visually-hidden"> ({t("people.permitLatest")})</span>
                    ) : null}
                  </th>
                  <td>{permit.number ?? "—"}</td>
                  <td>{formatDate(permit.issuedOn, i18n.language)}</td>
                  <td>
                    {formatDate(permit.expiresOn, i18n.language)}
                    <PermitExpiryBadge expiresOn={permit.expiresOn} latest={index === 0} />
                  </td>
                  <td>{permit.issuedBy ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {readOnly ? null : (
        <TogglePanel label={t("people.addPermit")} testId="permit-add">
          {(close) => (
            <PermitForm
              personId={person.id}
              onDone={() => {
                setAdded(true);
                close();
              }}
            />
          )}
        </TogglePanel>
      )}
    </PersonSection>
  );
}
