import { changePasswordBodySchema } from "@approdo/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { RequiredFieldsNote } from "../../app/ui/required-fields-note.tsx";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { changePassword } from "../auth/auth-api.ts";
import { meQueryKey } from "../auth/me-query.ts";

const changePasswordFormSchema = changePasswordBodySchema
  .extend({ confirmPassword: z.string() })
  .refine((values) => values.newPassword === values.confirmPassword, {
    path: ["confirmPassword"],
    message: "validation.passwordsDiffer",
  });
type ChangePasswordForm = z.input<typeof changePasswordFormSchema>;

const fieldNames = ["currentPassword", "newPassword", "confirmPassword"] as const;
const empty: ChangePasswordForm = { currentPassword: "", newPassword: "", confirmPassword: "" };

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [done, setDone] = useState(false);
  const form = useForm<ChangePasswordForm, unknown, z.output<typeof changePasswordFormSchema>>({
    resolver: formResolver(changePasswordFormSchema),
    defaultValues: empty,
  });
  const submit = useSubmitHandler(form.setError, fieldNames, async (values: ChangePasswordForm) => {
    setDone(false);
    await changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword });
    form.reset(empty);
    setDone(true);
    // the server may rotate the session and its CSRF token on a password change
    await queryClient.invalidateQueries({ queryKey: meQueryKey });
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={form.handleSubmit(submit.onValid)} noValidate data-testid="change-password-form">
      <StatusMessage>{done ? t("account.passwordChanged") : null}</StatusMessage>
      <ApiErrorAlert error={submit.error} />
      <RequiredFieldsNote />
      <TextField
        id="account-current-password"
        type="password"
        label={t("account.currentPassword")}
        autoComplete="current-password"
        required
        registration={form.register("currentPassword")}
        error={errors.currentPassword}
      />
      <TextField
        id="account-new-password"
        type="password"
        label={t("account.newPassword")}
        hint={t("account.newPasswordHint")}
        autoComplete="new-password"
        required
        registration={form.register("newPassword")}
        error={errors.newPassword}
      />
      <TextField
        id="account-confirm-password"
        type="password"
        label={t("account.confirmPassword")}
        autoComplete="new-password"
        required
        registration={form.register("confirmPassword")}
        error={errors.confirmPassword}
      />
      <SubmitButton
        label={t("account.passwordSubmit")}
        busyLabel={t("account.passwordSubmitting")}
        busy={isSubmitting}
      />
    </form>
  );
}
