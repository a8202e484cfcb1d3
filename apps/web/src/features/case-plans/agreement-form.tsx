import type { PlanVersion } from "@approdo/contracts";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { CheckboxField } from "../../app/ui/checkbox-field.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { todayIso } from "../people/person-records-schema.ts";
import { LanguageSelect } from "../reference/language-select.tsx";
import {
  type AgreementFormInput,
  type AgreementFormOutput,
  agreementFieldNames,
  agreementFormSchema,
} from "./plan-form-schema.ts";
import { recordAgreement } from "./plans-api.ts";

interface AgreementFormProps {
  caseId: string;
  planId: string;
  number: number;
  onDone: (version: PlanVersion) => Promise<void> | void;
}

/** The beneficiary's agreement to a version: signed, on a date, in the language it was explained in. */
export function AgreementForm({ caseId, planId, number, onDone }: AgreementFormProps) {
  const { t } = useTranslation();
  const idempotency = useIdempotencyKey();
  const form = useForm<AgreementFormInput, unknown, AgreementFormOutput>({
    resolver: formResolver(agreementFormSchema),
    defaultValues: { signed: true, agreedOn: todayIso(), language: "" },
  });
  const language = useWatch({ control: form.control, name: "language" });
  const submit = useSubmitHandler(form.setError, agreementFieldNames, async (values: AgreementFormOutput) => {
    const version = await recordAgreement(caseId, planId, number, values, idempotency.current());
    idempotency.renew();
    await onDone(version);
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={form.handleSubmit(submit.onValid)} noValidate data-testid="plan-agreement-form">
      <ApiErrorAlert error={submit.error} />
      <CheckboxField
        id="plan-agreement-signed"
        label={t("plans.agreementSignedLabel")}
        registration={form.register("signed")}
        error={errors.signed}
      />
      <TextField
        id="plan-agreement-date"
        type="date"
        label={t("plans.agreedOn")}
        required
        registration={form.register("agreedOn")}
        error={errors.agreedOn}
      />
      <LanguageSelect
        id="plan-agreement-language"
        label={t("plans.agreementLanguage")}
        required
        value={language}
        registration={form.register("language")}
        error={errors.language}
      />
      <SubmitButton
        label={t("plans.recordAgreement")}
        busyLabel={t("common.saving")}
        busy={isSubmitting}
        testId="plan-agreement-submit"
      />
    </form>
  );
}
