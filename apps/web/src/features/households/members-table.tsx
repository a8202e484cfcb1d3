import type { HouseholdDetail, HouseholdMember } from "@approdo/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { formatDate } from "../../app/ui/format-date.ts";
import { focusSection } from "../people/person-section.tsx";
import { TogglePanel } from "../people/toggle-panel.tsx";
import { householdKeys, setReferencePerson } from "./households-api.ts";
import { LeaveForm } from "./leave-form.tsx";
import { MemberName, memberText } from "./member-name.tsx";

interface MembersTableProps {
  household: HouseholdDetail;
  onStatus: (message: string) => void;
  onReload: () => void;
}

/** Current members, reference person first, with "leaves" and "becomes the reference person". */
export function MembersTable({ household, onStatus, onReload }: MembersTableProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const hidden = t("households.personNotVisible");
  const makeReference = async (member: HouseholdMember) => {
    setBusy(member.id);
    setError(null);
    try {
      const updated = await setReferencePerson(household.id, {
        personId: member.personId,
        version: household.version,
      });
      queryClient.setQueryData(householdKeys.detail(household.id), updated);
      await queryClient.invalidateQueries({ queryKey: ["people"] });
      onStatus(t("households.referenceChanged", { name: memberText(member, hidden) }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };
  if (household.members.length === 0) return <p>{t("households.noMembers")}</p>;
  return (
    <>
      <ApiErrorAlert error={error} onReload={onReload} />
      <div className="table-responsive">
        <table className="table caption-top" data-testid="members-table">
          <caption>{t("households.membersCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("households.member")}</th>
              <th scope="col">{t("households.relationShort")}</th>
              <th scope="col">{t("households.birth")}</th>
              <th scope="col">{t("households.joinedOn")}</th>
              <th scope="col">{t("common.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {household.members.map((member) => {
              const name = memberText(member, hidden);
              const birth = member.person?.birthDate
                ? formatDate(member.person.birthDate, i18n.language)
                : (member.person?.birthYear ?? "—");
              return (
                <tr key={member.id}>
                  <th scope="row">
                    <MemberName member={member} />
                    {member.isReference ? (
                      <>
                        {" "}
                        <span className="badge bg-primary ms-1">{t("households.referencePerson")}</span>
                      </>
                    ) : null}
                  </th>
                  <td>{t(`householdRelations.${member.relation}`)}</td>
                  <td>{birth}</td>
                  <td>{formatDate(member.joinedOn, i18n.language)}</td>
                  <td>
                    {member.isReference ? null : (
                      <button
                        type="button"
                        className="btn btn-outline-primary btn-sm mb-2 me-2"
                        disabled={busy !== null}
                        onClick={() => void makeReference(member)}
                        data-testid="make-reference"
                      >
                        {t("households.makeReference")}
                        <span className="visually-hidden">: {name}</span>
                      </button>
                    )}
                    <TogglePanel label={`${t("households.leave")}`} testId="member-leave">
                      {(close) => (
                        <LeaveForm
                          household={household}
                          member={member}
                          onReload={onReload}
                          onDone={() => {
                            onStatus(t("households.left", { name }));
                            close();
                            // the member's row is gone
                            focusSection("household-members");
                          }}
                        />
                      )}
                    </TogglePanel>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
