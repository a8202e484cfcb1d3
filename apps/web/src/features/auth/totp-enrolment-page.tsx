import type { Me } from "@approdo/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { storeMe } from "./me-query.ts";
import { TotpEnrolmentPanel } from "./totp-enrolment-panel.tsx";

/** Forced before anything else while Me.totpEnrolmentRequired is true. */
export function TotpEnrolmentPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const enrolled = (me: Me) => storeMe(queryClient, me);
  return (
    <>
      <PageHeader title={t("auth.enrolTitle")} />
      <div className="alert alert-info" role="note">
        {t("auth.enrolRequired")}
      </div>
      <TotpEnrolmentPanel onEnrolled={enrolled} />
    </>
  );
}
