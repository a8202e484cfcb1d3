import { organizationTypes } from "@approdo/contracts";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { CheckboxField } from "../../app/ui/checkbox-field.tsx";
import { RequiredFieldsNote } from "../../app/ui/required-fields-note.tsx";
import { SelectField } from "../../app/ui/select-field.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { TerritoryPicker } from "../territories/territory-picker.tsx";
import {
  type OrganizationFormInput,
  type OrganizationFormOutput,
  organizationFieldNames,
  organizationFormSchema,
} from "./organization-form-schema.ts";
import { OrganizationSelect } from "./organization-select.tsx";

interface OrganizationFormProps {
  defaultValues: OrganizationFormInput;
  mode: "create" | "edit";
  onSubmit: (values: OrganizationFormOutput) => Promise<void>;
  /** Offered after a VERSION_CONFLICT. */
  onReload?: () => void;
  /** The organisation being edited, never offered as its own parent. */
  selfId?: string;
}

export function OrganizationForm({ defaultValues, mode, onSubmit, onReload, selfId }: OrganizationFormProps) {
  const { t } = useTranslation();
  const form = useForm<OrganizationFormInput, unknown, OrganizationFormOutput>({
    resolver: formResolver(organizationFormSchema),
    defaultValues,
  });
  const submit = useSubmitHandler(form.setError, organizationFieldNames, onSubmit);
  const { errors, isSubmitting } = form.formState;
  const typeOptions = organizationTypes.map((type) => ({
    value: type,
    label: t(`organizationTypes.${type}`),
  }));

  return (
    <form onSubmit={form.handleSubmit(submit.onValid)} noValidate data-testid="organization-form">
      <ApiErrorAlert error={submit.error} onReload={onReload} />
      <RequiredFieldsNote />
      <TextField
        id="organization-name"
        label={t("organizations.name")}
        required
        registration={form.register("name")}
        error={errors.name}
      />
      <SelectField
        id="organization-type"
        label={t("organizations.type")}
        required
        options={typeOptions}
        registration={form.register("type")}
        error={errors.type}
      />
      <TextField
        id="organization-istat"
        label={t("organizations.istatCode")}
        hint={t("organizations.istatHint")}
        inputMode="numeric"
        maxLength={6}
        required
        registration={form.register("istatCode")}
        error={errors.istatCode}
      />
      <TerritoryPicker
        onChoose={(territory) => form.setValue("istatCode", territory.istatCode, { shouldValidate: true })}
      />
      <OrganizationSelect
        id="organization-parent"
        label={t("organizations.parent")}
        emptyLabel={t("common.noneOption")}
        excludeId={selfId}
        registration={form.register("parentId")}
        error={errors.parentId}
      />
      <CheckboxField
        id="organization-closure-approval"
        label={t("organizations.requiresClosureApproval")}
        registration={form.register("requiresClosureApproval")}
        error={errors.requiresClosureApproval}
      />
      <CheckboxField
        id="organization-active"
        label={t("organizations.active")}
        registration={form.register("active")}
        error={errors.active}
      />
      <div className="mt-4">
        <SubmitButton
          label={mode === "create" ? t("common.create") : t("common.save")}
          busyLabel={mode === "create" ? t("common.creating") : t("common.saving")}
          busy={isSubmitting}
          testId="organization-submit"
        />
      </div>
    </form>
  );
}
