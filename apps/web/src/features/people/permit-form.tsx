import { permitTypes } from "@approdo/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { RequiredFieldsNote } from "../../app/ui/required-fields-note.tsx";
import { SelectField } from "../../app/ui/select-field.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { addPermit, personKeys } from "./people-api.ts";
import {
  emptyPermitForm,
  type PermitFormInput,
  type PermitFormOutput,
  permitFieldNames,
  permitFormSchema,
  permitResolverOptions,
} from "./person-records-schema.ts";

/** A new residence permit; the history keeps the earlier ones. */
export function PermitForm({ personId, onDone }: { personId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const idempotencyKey = useIdempotencyKey();
  const form = useForm<PermitFormInput, unknown, PermitFormOutput>({
    resolver: formResolver(permitFormSchema, permitResolverOptions),
    defaultValues: emptyPermitForm,
  });
  const submit = useSubmitHandler(form.setError, permitFieldNames, async (values: PermitFormOutput) => {
    await addPermit(personId, values, idempotencyKey.current());
    idempotencyKey.renew();
    await queryClient.invalidateQueries({ queryKey: personKeys.detail(personId) });
    await queryClient.invalidateQueries({ queryKey: personKeys.list() });
    onDone();
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={form.handleSubmit(submit.onValid)} noValidate data-testid="permit-form">
      <ApiErrorAlert error={submit.error} />
      <RequiredFieldsNote />
      <div className="row mt-3">
        <div className="col-12 col-md-6">
          <SelectField
            id="permit-type"
            label={t("people.permitType")}
            required
            options={permitTypes.map((type) => ({ value: type, label: t(`permitTypes.${type}`) }))}
            registration={form.register("type")}
            error={errors.type}
          />
        </div>
        <div className="col-12 col-md-6">
          <TextField
            id="permit-number"
            className="mt-0"
            label={t("people.permitNumber")}
            autoComplete="off"
            spellCheck={false}
            registration={form.register("number")}
            error={errors.number}
          />
        </div>
        <div className="col-12 col-md-6">
          <TextField
            id="permit-issued-on"
            type="date"
            className="mt-0"
            label={t("people.permitIssuedOn")}
            registration={form.register("issuedOn")}
            error={errors.issuedOn}
          />
        </div>
        <div className="col-12 col-md-6">
          <TextField
            id="permit-expires-on"
            type="date"
            className="mt-0"
            label={t("people.permitExpiresOn")}
            registration={form.register("expiresOn")}
            error={errors.expiresOn}
          />
        </div>
      </div>
      <TextField
        id="permit-issued-by"
        className="mb-3"
        label={t("people.permitIssuedBy")}
        hint={t("people.permitIssuedByHint")}
        registration={form.register("issuedBy")}
        error={errors.issuedBy}
      />
      <SubmitButton
        label={t("people.addPermit")}
        busyLabel={t("common.saving")}
        busy={isSubmitting}
        testId="permit-submit"
      />
    </form>
  );
}
