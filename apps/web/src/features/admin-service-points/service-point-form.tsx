import { servicePointTypes } from "@approdo/contracts";
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
import { TextareaField } from "../../app/ui/textarea-field.tsx";
import { OrganizationSelect } from "../admin-organizations/organization-select.tsx";
import { TerritoryPicker } from "../territories/territory-picker.tsx";
import {
  type ServicePointFormInput,
  type ServicePointFormOutput,
  servicePointFieldNames,
  servicePointFormSchema,
  servicePointResolverOptions,
} from "./service-point-form-schema.ts";

interface ServicePointFormProps {
  defaultValues: ServicePointFormInput;
  mode: "create" | "edit";
  onSubmit: (values: ServicePointFormOutput) => Promise<void>;
  onReload?: () => void;
}

export function ServicePointForm({ defaultValues, mode, onSubmit, onReload }: ServicePointFormProps) {
  const { t } = useTranslation();
  const form = useForm<ServicePointFormInput, unknown, ServicePointFormOutput>({
    resolver: formResolver(servicePointFormSchema, servicePointResolverOptions),
    defaultValues,
  });
  const submit = useSubmitHandler(form.setError, servicePointFieldNames, onSubmit);
  const { errors, isSubmitting } = form.formState;
  const typeOptions = servicePointTypes.map((type) => ({
    value: type,
    label: t(`servicePointTypes.${type}`),
  }));

  return (
    <form onSubmit={form.handleSubmit(submit.onValid)} noValidate data-testid="service-point-form">
      <ApiErrorAlert error={submit.error} onReload={onReload} />
      <RequiredFieldsNote />
      <TextField
        id="service-point-name"
        label={t("servicePoints.name")}
        required
        registration={form.register("name")}
        error={errors.name}
      />
      <SelectField
        id="service-point-type"
        label={t("servicePoints.type")}
        required
        options={typeOptions}
        registration={form.register("type")}
        error={errors.type}
      />
      <OrganizationSelect
        id="service-point-organization"
        label={t("servicePoints.organization")}
        required
        registration={form.register("organizationId")}
        error={errors.organizationId}
      />
      <TextField
        id="service-point-istat"
        label={t("servicePoints.istatCode")}
        inputMode="numeric"
        maxLength={6}
        required
        registration={form.register("istatCode")}
        error={errors.istatCode}
      />
      <TerritoryPicker
        onChoose={(territory) => form.setValue("istatCode", territory.istatCode, { shouldValidate: true })}
      />
      <TextField
        id="service-point-address"
        label={t("servicePoints.address")}
        autoComplete="off"
        registration={form.register("address")}
        error={errors.address}
      />
      <TextareaField
        id="service-point-opening-hours"
        label={t("servicePoints.openingHours")}
        hint={t("servicePoints.openingHoursHint")}
        registration={form.register("openingHours")}
        error={errors.openingHours}
      />
      <TextField
        id="service-point-languages"
        label={t("servicePoints.languages")}
        hint={t("servicePoints.languagesHint")}
        autoCapitalize="none"
        spellCheck={false}
        registration={form.register("languages")}
        error={errors.languages}
      />
      <CheckboxField
        id="service-point-active"
        label={t("servicePoints.active")}
        registration={form.register("active")}
        error={errors.active}
      />
      <div className="mt-4">
        <SubmitButton
          label={mode === "create" ? t("common.create") : t("common.save")}
          busyLabel={mode === "create" ? t("common.creating") : t("common.saving")}
          busy={isSubmitting}
          testId="service-point-submit"
        />
      </div>
    </form>
  );
}
