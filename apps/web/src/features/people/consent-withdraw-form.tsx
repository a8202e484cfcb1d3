import type { Consent } from "@approdo/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { TextareaField } from "../../app/ui/textarea-field.tsx";
import { consentKeys, withdrawConsent } from "./consents-api.ts";
import {
  todayIso,
  type WithdrawFormInput,
  type WithdrawFormOutput,
  withdrawFieldNames,
  withdrawFormSchema,
} from "./person-records-schema.ts";

interface ConsentWithdrawFormProps {
  personId: string;
  consent: Consent;
  /** Names the consent for screen readers. */
  label: string;
  onDone: () => void;
}

/** Withdrawal from a given day (today by default), with an optional note. */
export function ConsentWithdrawForm({ personId, consent, label, onDone }: ConsentWithdrawFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<WithdrawFormInput, unknown, WithdrawFormOutput>({
    resolver: formResolver(withdrawFormSchema(consent.givenOn)),
    defaultValues: { withdrawnOn: todayIso(), note: "" },
  });
  const submit = useSubmitHandler(form.setError, withdrawFieldNames, async (values: WithdrawFormOutput) => {
    await withdrawConsent(personId, consent.id, values);
    await queryClient.invalidateQueries({ queryKey: consentKeys.all(personId) });
    onDone();
  });
  const { errors, isSubmitting } = form.formState;
  const prefix = `consent-${consent.id}`;
  return (
    <form
      onSubmit={form.handleSubmit(submit.onValid)}
      noValidate
      aria-label={`${t("people.consent.withdraw")}: ${label}`}
      data-testid="consent-withdraw-form"
    >
      <ApiErrorAlert error={submit.error} />
      <TextField
        id={`${prefix}-withdrawn-on`}
        type="date"
        className="mt-0"
        label={t("people.consent.withdrawnOn")}
        required
        registration={form.register("withdrawnOn")}
        error={errors.withdrawnOn}
      />
      <TextareaField
        id={`${prefix}-note`}
        label={t("people.note")}
        rows={2}
        registration={form.register("note")}
        error={errors.note}
      />
      <SubmitButton label={t("people.consent.withdraw")} busyLabel={t("common.saving")} busy={isSubmitting} />
    </form>
  );
}
