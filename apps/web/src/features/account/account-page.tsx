import { useTranslation } from "react-i18next";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { ChangePasswordForm } from "./change-password-form.tsx";
import { ProfileSummary } from "./profile-summary.tsx";
import { TwoFactorSection } from "./two-factor-section.tsx";

export function AccountPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("account.title")} />
      <ProfileSummary />
      <section aria-labelledby="account-password-heading" className="mt-5">
        <h2 id="account-password-heading" className="h4">
          {t("account.passwordTitle")}
        </h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="account-2fa-heading" className="mt-5">
        <h2 id="account-2fa-heading" className="h4">
          {t("account.twoFactorTitle")}
        </h2>
        <TwoFactorSection />
      </section>
    </>
  );
}
