import { partnerRoles } from "@approdo/contracts";
import { type UseFormReturn, useFieldArray } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FieldErrorText } from "../../app/ui/field-error-text.tsx";
import { SelectField } from "../../app/ui/select-field.tsx";
import { OrganizationSelect } from "../admin-organizations/organization-select.tsx";
import { emptyPartnerRow, type ProjectFormInput, type ProjectFormOutput } from "./project-form-schema.ts";

interface PartnersFieldsetProps {
  form: UseFormReturn<ProjectFormInput, unknown, ProjectFormOutput>;
}

/** Partners as editable rows: organisation and role, each row its own small fieldset. */
export function PartnersFieldset({ form }: PartnersFieldsetProps) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "partners" });
  const errors = form.formState.errors.partners;
  const roleOptions = partnerRoles.map((role) => ({ value: role, label: t(`partnerRoles.${role}`) }));
  return (
    <fieldset className="form-fieldset" data-testid="project-partners">
      <legend>{t("projects.partners")}</legend>
      {fields.length === 0 ? <p>{t("projects.noPartners")}</p> : null}
      {fields.map((field, index) => (
        <fieldset key={field.id} className="row-fieldset">
          <legend>{t("projects.partnerRow", { n: index + 1 })}</legend>
          <div className="row align-items-end">
            <div className="col-12 col-md-6">
              <OrganizationSelect
                id={`project-partner-${index}-organization`}
                label={t("projects.partnerOrganization")}
                required
                registration={form.register(`partners.${index}.organizationId`)}
                error={errors?.[index]?.organizationId}
              />
            </div>
            <div className="col-12 col-md-4">
              <SelectField
                id={`project-partner-${index}-role`}
                label={t("projects.partnerRole")}
                required
                noEmptyOption
                options={roleOptions}
                registration={form.register(`partners.${index}.role`)}
                error={errors?.[index]?.role}
              />
            </div>
            <div className="col-12 col-md-2 mb-4">
              <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => remove(index)}>
                {t("common.remove")}
                <span className="visually-hidden"> {t("projects.partnerRow", { n: index + 1 })}</span>
              </button>
            </div>
          </div>
        </fieldset>
      ))}
      <FieldErrorText id="project-partners-error" error={errors?.root ?? errors} />
      <button
        type="button"
        className="btn btn-outline-primary btn-sm mb-3"
        onClick={() => append(emptyPartnerRow)}
        data-testid="project-add-partner"
      >
        {t("projects.addPartner")}
      </button>
    </fieldset>
  );
}
