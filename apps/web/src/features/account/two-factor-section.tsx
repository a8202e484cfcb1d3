import type { Me } from "@approdo/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { storeMe } from "../auth/me-query.ts";
import { TotpEnrolmentPanel } from "../auth/totp-enrolment-panel.tsx";
import { useSession } from "../auth/use-session.ts";

export function TwoFactorSection() {
  const { t } = useTranslation();
  const { me } = useSession();
  const queryClient = useQueryClient();
  const [justEnrolled, setJustEnrolled] = useState(false);
  const enrolled = (next: Me) => {
    storeMe(queryClient, next);
    setJustEnrolled(true);
  };
  if (me.user.totpEnabled) {
    return (
      <>
        <StatusMessage>{justEnrolled ? t("auth.enrolDone") : null}</StatusMessage>
        <p data-testid="two-factor-status">{t("account.twoFactorOn")}</p>
      </>
    );
  }
  return (
    <>
      <p data-testid="two-factor-status">{t("account.twoFactorOff")}</p>
      <TotpEnrolmentPanel onEnrolled={enrolled} />
    </>
  );
}
