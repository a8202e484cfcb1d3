import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { resetUserTotp, userKeys } from "./users-api.ts";

/** Two steps (ask, then confirm) so a stray click cannot reset a colleague's 2FA. */
export function ResetTotpPanel({ userId, totpEnabled }: { userId: string; totpEnabled: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const reset = async () => {
    setBusy(true);
    setError(null);
    try {
      const updated = await resetUserTotp(userId);
      queryClient.setQueryData(userKeys.detail(userId), updated);
      setDone(true);
      setConfirming(false);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="user-2fa-heading" className="mt-5">
      <h2 id="user-2fa-heading" className="h4">
        {t("users.twoFactor")}
      </h2>
      <p data-testid="user-totp-status">{totpEnabled ? t("users.totpOn") : t("users.totpOff")}</p>
      <p>{t("users.resetTotpExplain")}</p>
      <StatusMessage>{done ? t("users.resetTotpDone") : null}</StatusMessage>
      <ApiErrorAlert error={error} />
      {!totpEnabled ? null : confirming ? (
        <div className="d-flex flex-wrap gap-3">
          <button
            type="button"
            className="btn btn-danger"
            onClick={reset}
            disabled={busy}
            data-testid="reset-totp-confirm"
          >
            {t("users.resetTotpConfirm")}
          </button>
          <button type="button" className="btn btn-outline-secondary" onClick={() => setConfirming(false)}>
            {t("users.resetTotpCancel")}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="btn btn-outline-danger"
          onClick={() => {
            setDone(false);
            setConfirming(true);
          }}
          data-testid="reset-totp"
        >
          {t("users.resetTotp")}
        </button>
      )}
    </section>
  );
}
