import type { HouseholdDetail } from "@approdo/contracts";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../app/ui/format-date.ts";
import { looseT } from "../../app/ui/loose-t.ts";
import { MemberName } from "./member-name.tsx";

/** Past memberships, most recent departure first. */
export function HistoryTable({ household }: { household: HouseholdDetail }) {
  const { t, i18n } = useTranslation();
  if (household.history.length === 0) return <p>{t("households.noHistory")}</p>;
  return (
    <div className="table-responsive">
      <table className="table table-sm caption-top" data-testid="history-table">
        <caption>{t("households.historyCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("households.member")}</th>
            <th scope="col">{t("households.relationShort")}</th>
            <th scope="col">{t("households.joinedOn")}</th>
            <th scope="col">{t("households.leftOn")}</th>
            <th scope="col">{t("households.leftReason")}</th>
          </tr>
        </thead>
        <tbody>
          {household.history.map((member) => (
            <tr key={member.id}>
              <th scope="row">
                <MemberName member={member} />
              </th>
              <td>{t(`householdRelations.${member.relation}`)}</td>
              <td>{formatDate(member.joinedOn, i18n.language)}</td>
              <td>{formatDate(member.leftOn, i18n.language)}</td>
              <td>
                {member.leftReason
                  ? looseT(t)(`householdLeaveReasons.${member.leftReason}`, {
                      defaultValue: member.leftReason,
                    })
                  : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
