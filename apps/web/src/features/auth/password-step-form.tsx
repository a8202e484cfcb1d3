import { type LoginBody, loginBodySchema } from "@approdo/contracts";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { RequiredFieldsNote } from "../../app/ui/required-fields-note.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextField } from "../../app/ui/text-field.tsx";

const fieldNames = ["username", "password"] as const;

export function PasswordStepForm({ onSubmit }: { onSubmit: (values: LoginBody) => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm<LoginBody, unknown, LoginBody>({
    resolver: formResolver(loginBodySchema),
    defaultValues: { username: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = useSubmitHandler(form.setError, fieldNames, onSubmit);
  return (
    <form onSubmit={form.handleSubmit(submit.onValid)} noValidate data-testid="sign-in-form">
      <ApiErrorAlert error={submit.error} />
      <RequiredFieldsNote />
      <TextField
        id="sign-in-username"
        label={t("auth.username")}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        registration={form.register("username")}
        error={errors.username}
      />
      <TextField
        id="sign-in-password"
        type="password"
        label={t("auth.password")}
        autoComplete="current-password"
        required
        registration={form.register("password")}
        error={errors.password}
      />
      <SubmitButton label={t("auth.submit")} busyLabel={t("auth.submitting")} busy={isSubmitting} />
    </form>
  );
}
