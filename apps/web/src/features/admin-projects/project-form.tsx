import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { RequiredFieldsNote } from "../../app/ui/required-fields-note.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { TextareaField } from "../../app/ui/textarea-field.tsx";
import { OrganizationSelect } from "../admin-organizations/organization-select.tsx";
import { NetworkSelect } from "./network-select.tsx";
import { PartnersFieldset } from "./partners-fieldset.tsx";
import {
  type ProjectFormInput,
  type ProjectFormOutput,
  projectCustomMessages,
  projectFieldNames,
  projectFormSchema,
} from "./project-form-schema.ts";
import { TargetsFieldset } from "./targets-fieldset.tsx";

interface ProjectFormProps {
  defaultValues: ProjectFormInput;
  mode: "create" | "edit";
  onSubmit: (values: ProjectFormOutput) => Promise<void>;
  onReload?: () => void;
}

export function ProjectForm({ defaultValues, mode, onSubmit, onReload }: ProjectFormProps) {
  const { t } = useTranslation();
  const form = useForm<ProjectFormInput, unknown, ProjectFormOutput>({
    resolver: formResolver(projectFormSchema, { customMessages: projectCustomMessages }),
    defaultValues,
  });
  const submit = useSubmitHandler(form.setError, projectFieldNames, onSubmit);
  const { errors, isSubmitting } = form.formState;

  return (
    <form onSubmit={form.handleSubmit(submit.onValid)} noValidate data-testid="project-form">
      <ApiErrorAlert error={submit.error} onReload={onReload} />
      <RequiredFieldsNote />
      <div className="row">
        <div className="col-12 col-md-4">
          <TextField
            id="project-code"
            label={t("projects.code")}
            required
            registration={form.register("code")}
            error={errors.code}
          />
        </div>
        <div className="col-12 col-md-8">
          <TextField
            id="project-title"
            label={t("projects.title")}
            required
            registration={form.register("title")}
            error={errors.title}
          />
        </div>
      </div>
      <TextareaField
        id="project-description"
        label={t("projects.description")}
        registration={form.register("description")}
        error={errors.description}
      />
      <TextField
        id="project-fund-line"
        label={t("projects.fundLine")}
        hint={t("projects.fundLineHint")}
        required
        registration={form.register("fundLine")}
        error={errors.fundLine}
      />
      <div className="row">
        <div className="col-12 col-md-6">
          <TextField
            id="project-start-date"
            type="date"
            label={t("projects.startDate")}
            required
            registration={form.register("startDate")}
            error={errors.startDate}
          />
        </div>
        <div className="col-12 col-md-6">
          <TextField
            id="project-end-date"
            type="date"
            label={t("projects.endDate")}
            required
            registration={form.register("endDate")}
            error={errors.endDate}
          />
        </div>
      </div>
      <OrganizationSelect
        id="project-lead-organization"
        label={t("projects.leadOrganization")}
        required
        registration={form.register("leadOrganizationId")}
        error={errors.leadOrganizationId}
      />
      <NetworkSelect
        id="project-network"
        registration={form.register("networkId")}
        error={errors.networkId}
      />
      <PartnersFieldset form={form} />
      <TargetsFieldset form={form} />
      <SubmitButton
        label={mode === "create" ? t("common.create") : t("common.save")}
        busyLabel={mode === "create" ? t("common.creating") : t("common.saving")}
        busy={isSubmitting}
        testId="project-submit"
      />
    </form>
  );
}
