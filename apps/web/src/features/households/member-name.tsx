import type { HouseholdMember } from "@approdo/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "../../app/router/link.tsx";
import { fullName } from "../people/person-format.ts";

/** A member's name linking to their page, or "not visible" when the caller may not see the person. */
export function MemberName({ member }: { member: HouseholdMember }) {
  const { t } = useTranslation();
  if (!member.person) return <>{t("households.personNotVisible")}</>;
  return (
    <Link to={`/people/${member.personId}`} dir="auto">
      {fullName(member.person)}
    </Link>
  );
}

/** The member's name as plain text (for labels of buttons and forms). */
export function memberText(member: HouseholdMember, hidden: string): string {
  return member.person ? fullName(member.person) : hidden;
}
