import { nameKinds, nameScripts } from "@approdo/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { SelectField } from "../../app/ui/select-field.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { addName, personKeys } from "./people-api.ts";
import {
  emptyNameForm,
  type NameFormInput,
  type NameFormOutput,
  nameFieldNames,
  nameFormSchema,
} from "./person-records-schema.ts";

/** Another spelling or script of the person's names. */
export function NameForm({ personId, onDone }: { personId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const idempotencyKey = useIdempotencyKey();
  const form = useForm<NameFormInput, unknown, NameFormOutput>({
    resolver: formResolver(nameFormSchema),
    defaultValues: emptyNameForm,
  });
  const submit = useSubmitHandler(form.setError, nameFieldNames, async (values: NameFormOutput) => {
    await addName(personId, values, idempotencyKey.current());
    idempotencyKey.renew();
    await queryClient.invalidateQueries({ queryKey: personKeys.detail(personId) });
    onDone();
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={form.handleSubmit(submit.onValid)} noValidate data-testid="name-form">
      <ApiErrorAlert error={submit.error} />
      <div className="row">
        <div className="col-12 col-md-6">
          <TextField
            id="name-given"
            label={t("people.givenName")}
            dir="auto"
            autoComplete="off"
            required
            registration={form.register("givenName")}
            error={errors.givenName}
          />
        </div>
        <div className="col-12 col-md-6">
          <TextField
            id="name-family"
            label={t("people.familyName")}
            dir="auto"
            autoComplete="off"
            required
            registration={form.register("familyName")}
            error={errors.familyName}
          />
        </div>
        <div className="col-12 col-md-6 mt-4">
          <SelectField
            id="name-kind"
            label={t("people.nameKind")}
            noEmptyOption
            options={nameKinds.map((kind) => ({ value: kind, label: t(`nameKinds.${kind}`) }))}
            registration={form.register("kind")}
            error={errors.kind}
          />
        </div>
        <div className="col-12 col-md-6 mt-4">
          <SelectField
            id="name-script"
            label={t("people.nameScript")}
            emptyLabel={t("people.scriptAuto")}
            options={nameScripts.map((script) => ({ value: script, label: t(`nameScripts.${script}`) }))}
            registration={form.register("script")}
            error={errors.script}
          />
        </div>
      </div>
      <SubmitButton
        label={t("people.addName")}
        busyLabel={t("common.saving")}
        busy={isSubmitting}
        testId="name-submit"
      />
    </form>
  );
}
