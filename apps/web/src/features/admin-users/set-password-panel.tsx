import { userPasswordSetSchema } from "@approdo/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { setUserPassword, userKeys } from "./users-api.ts";

const fieldNames = ["newPassword"] as const;

/** An administrator sets a temporary password for a user who forgot theirs. */
export function SetPasswordPanel({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [done, setDone] = useState(false);
  const form = useForm<{ newPassword: string }, unknown, { newPassword: string }>({
    resolver: formResolver(userPasswordSetSchema),
    defaultValues: { newPassword: "" },
  });
  const submit = useSubmitHandler(form.setError, fieldNames, async (values: { newPassword: string }) => {
    setDone(false);
    const updated = await setUserPassword(userId, values.newPassword);
    form.reset({ newPassword: "" });
    setDone(true);
    // the version may have moved on: the profile form above must not send a stale one
    queryClient.setQueryData(userKeys.detail(userId), updated);
  });
  return (
    <section aria-labelledby="user-password-heading" className="mt-5">
      <h2 id="user-password-heading" className="h4">
        {t("users.setPasswordTitle")}
      </h2>
      <p>{t("users.setPasswordExplain")}</p>
      <form onSubmit={form.handleSubmit(submit.onValid)} noValidate data-testid="user-set-password-form">
        <StatusMessage>{done ? t("users.setPasswordDone") : null}</StatusMessage>
        <ApiErrorAlert error={submit.error} />
        <TextField
          id="user-new-password"
          type="password"
          label={t("users.newPassword")}
          hint={t("users.passwordHint")}
          autoComplete="new-password"
          required
          registration={form.register("newPassword")}
          error={form.formState.errors.newPassword}
        />
        <SubmitButton
          label={t("users.setPasswordSubmit")}
          busyLabel={t("common.saving")}
          busy={form.formState.isSubmitting}
        />
      </form>
    </section>
  );
}
