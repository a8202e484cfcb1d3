import { type HouseholdDetail, householdUpdateSchema } from "@approdo/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { householdKeys, updateHousehold } from "./households-api.ts";

const labelFields = z.object({ label: z.string() });
type LabelFormInput = z.input<typeof labelFields>;
const labelFormSchema = (version: number) =>
  labelFields.transform((form): unknown => ({ version, label: form.label })).pipe(householdUpdateSchema);
type LabelFormOutput = z.output<ReturnType<typeof labelFormSchema>>;

interface HouseholdLabelFormProps {
  household: HouseholdDetail;
  onDone: () => void;
  onReload: () => void;
}

/** Renames the household (with the loaded version: a concurrent change answers 409). */
export function HouseholdLabelForm({ household, onDone, onReload }: HouseholdLabelFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<LabelFormInput, unknown, LabelFormOutput>({
    resolver: formResolver(labelFormSchema(household.version)),
    defaultValues: { label: household.label },
  });
  const submit = useSubmitHandler(form.setError, ["label"], async (values: LabelFormOutput) => {
    const updated = await updateHousehold(household.id, values);
    queryClient.setQueryData(householdKeys.detail(household.id), updated);
    await queryClient.invalidateQueries({ queryKey: householdKeys.list() });
    onDone();
  });
  return (
    <form onSubmit={form.handleSubmit(submit.onValid)} noValidate data-testid="household-label-form">
      <ApiErrorAlert error={submit.error} onReload={onReload} />
      <TextField
        id="household-rename"
        className="mt-0 mb-3"
        label={t("households.label")}
        required
        registration={form.register("label")}
        error={form.formState.errors.label}
      />
      <SubmitButton
        label={t("common.save")}
        busyLabel={t("common.saving")}
        busy={form.formState.isSubmitting}
      />
    </form>
  );
}
