import { totpBodySchema } from "@approdo/contracts";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextField } from "../../app/ui/text-field.tsx";

interface TotpStepFormProps {
  onSubmit: (code: string) => Promise<void>;
  onBack: () => void;
}

const fieldNames = ["code"] as const;

export function TotpStepForm({ onSubmit, onBack }: TotpStepFormProps) {
  const { t } = useTranslation();
  const form = useForm<{ code: string }, unknown, { code: string }>({
    resolver: formResolver(totpBodySchema),
    defaultValues: { code: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = useSubmitHandler(form.setError, fieldNames, (values: { code: string }) =>
    onSubmit(values.code),
  );
  const { setFocus } = form;

  useEffect(() => setFocus("code"), [setFocus]);

  return (
    <form onSubmit={form.handleSubmit(submit.onValid)} noValidate data-testid="totp-form">
      <p>{t("auth.totpIntro")}</p>
      <ApiErrorAlert error={submit.error} />
      <TextField
        id="sign-in-totp"
        label={t("auth.totpCode")}
        hint={t("auth.totpCodeHint")}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        required
        registration={form.register("code")}
        error={errors.code}
      />
      <div className="d-flex flex-wrap gap-3">
        <SubmitButton label={t("auth.totpSubmit")} busyLabel={t("auth.submitting")} busy={isSubmitting} />
        <button type="button" className="btn btn-outline-secondary" onClick={onBack}>
          {t("auth.totpBack")}
        </button>
      </div>
    </form>
  );
}
