import { useTranslation } from "react-i18next";
import { useSession } from "../auth/use-session.ts";

export function ProfileSummary() {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <section aria-labelledby="account-profile-heading">
      <h2 id="account-profile-heading" className="h4">
        {t("account.profile")}
      </h2>
      <dl className="row">
        <dt className="col-sm-4">{t("account.username")}</dt>
        <dd className="col-sm-8">{me.user.username}</dd>
        <dt className="col-sm-4">{t("account.displayName")}</dt>
        <dd className="col-sm-8">{me.user.displayName}</dd>
        <dt className="col-sm-4">{t("account.email")}</dt>
        <dd className="col-sm-8">{me.user.email ?? "—"}</dd>
        <dt className="col-sm-4">{t("account.organization")}</dt>
        <dd className="col-sm-8">{me.organization.name}</dd>
        <dt className="col-sm-4">{t("account.roles")}</dt>
        <dd className="col-sm-8">{me.roles.map((role) => t(`roles.${role}`)).join(", ")}</dd>
      </dl>
    </section>
  );
}
