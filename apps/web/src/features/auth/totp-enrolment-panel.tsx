import { type Me, totpEnrolConfirmSchema } from "@approdo/contracts";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { confirmTotpEnrolment, startTotpEnrolment, type TotpEnrolment } from "./auth-api.ts";

const fieldNames = ["code"] as const;

/** Groups a base32 secret in fours so it can be read aloud and typed. */
function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, "").replace(/(.{4})(?=.)/g, "$1 ");
}

/** Start → secret and otpauth link shown as text (no QR) → confirm with a code from the app. */
export function TotpEnrolmentPanel({ onEnrolled }: { onEnrolled: (me: Me) => void }) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [startError, setStartError] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const form = useForm<{ code: string }, unknown, { code: string }>({
    resolver: formResolver(totpEnrolConfirmSchema),
    defaultValues: { code: "" },
  });
  const submit = useSubmitHandler(form.setError, fieldNames, async (values: { code: string }) => {
    onEnrolled(await confirmTotpEnrolment(values.code));
  });

  const start = async () => {
    setStarting(true);
    setStartError(null);
    try {
      setEnrolment(await startTotpEnrolment());
    } catch (error) {
      setStartError(error);
    } finally {
      setStarting(false);
    }
  };

  if (!enrolment) {
    return (
      <div>
        <p>{t("auth.enrolStep1")}</p>
        <ApiErrorAlert error={startError} />
        <button
          type="button"
          className="btn btn-primary"
          onClick={start}
          disabled={starting}
          data-testid="totp-enrol-start"
        >
          {starting ? t("auth.enrolStarting") : t("auth.enrolStart")}
        </button>
      </div>
    );
  }

  return (
    <div>
      <dl className="totp-secret">
        <dt>{t("auth.enrolSecret")}</dt>
        <dd>
          <code className="fs-5" data-testid="totp-secret" data-secret={enrolment.secret}>
            {groupSecret(enrolment.secret)}
          </code>
        </dd>
        <dt>{t("auth.enrolUrl")}</dt>
        <dd>
          <code className="text-break" data-testid="totp-otpauth-url">
            {enrolment.otpauthUrl}
          </code>
          <br />
          <a href={enrolment.otpauthUrl}>{t("auth.enrolOpenUrl")}</a>
        </dd>
      </dl>
      <p className="small">{t("auth.enrolSecretHint")}</p>
      <form onSubmit={form.handleSubmit(submit.onValid)} noValidate data-testid="totp-enrol-form">
        <ApiErrorAlert error={submit.error} />
        <TextField
          id="totp-enrol-code"
          label={t("auth.enrolCode")}
          hint={t("auth.totpCodeHint")}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          registration={form.register("code")}
          error={form.formState.errors.code}
        />
        <SubmitButton
          label={t("auth.enrolConfirm")}
          busyLabel={t("auth.enrolConfirming")}
          busy={form.formState.isSubmitting}
        />
      </form>
    </div>
  );
}
