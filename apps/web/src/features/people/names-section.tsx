import type { Person } from "@approdo/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { NameForm } from "./name-form.tsx";
import { PersonSection } from "./person-section.tsx";
import { TogglePanel } from "./toggle-panel.tsx";

/** Names as written in documents and as spoken, in every script; a new spelling can be added. */
export function NamesSection({ person, readOnly }: { person: Person; readOnly: boolean }) {
  const { t } = useTranslation();
  const [added, setAdded] = useState(false);
  return (
    <PersonSection id="person-names" title={t("people.namesTitle")}>
      <StatusMessage>{added ? t("people.nameAdded") : null}</StatusMessage>
      <div className="table-responsive">
        <table className="table table-sm caption-top" data-testid="names-table">
          <caption>{t("people.namesCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("people.givenName")}</th>
              <th scope="col">{t("people.familyName")}</th>
              <th scope="col">{t("people.nameKind")}</th>
              <th scope="col">{t("people.nameScript")}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td dir="auto">{person.givenName}</td>
              <td dir="auto">{person.familyName}</td>
              <td>{t("people.documentName")}</td>
              <td>{t("nameScripts.Latn")}</td>
            </tr>
            {person.names.map((name) => (
              <tr key={name.id}>
                <td dir="auto">{name.givenName}</td>
                <td dir="auto">{name.familyName}</td>
                <td>{t(`nameKinds.${name.kind}`)}</td>
                <td>{t(`nameScripts.${name.script}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {readOnly ? null : (
        <TogglePanel label={t("people.addName")} testId="name-add">
          {(close) => (
            <NameForm
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
