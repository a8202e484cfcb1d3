import { targetIndicators } from "@approdo/contracts";
import { type UseFormReturn, useFieldArray } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FieldErrorText } from "../../app/ui/field-error-text.tsx";
import { SelectField } from "../../app/ui/select-field.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { emptyTargetRow, type ProjectFormInput, type ProjectFormOutput } from "./project-form-schema.ts";

interface TargetsFieldsetProps {
  form: UseFormReturn<ProjectFormInput, unknown, ProjectFormOutput>;
}

/** Targets as editable rows: indicator, optional territory, value and note. */
export function TargetsFieldset({ form }: TargetsFieldsetProps) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "targets" });
  const errors = form.formState.errors.targets;
  const indicatorOptions = targetIndicators.map((indicator) => ({
    value: indicator,
    label: t(`targetIndicators.${indicator}`),
  }));
  return (
    <fieldset className="form-fieldset" data-testid="project-targets">
      <legend>{t("projects.targets")}</legend>
      {fields.length === 0 ? <p>{t("projects.noTargets")}</p> : null}
      {fields.map((field, index) => (
        <fieldset key={field.id} className="row-fieldset">
          <legend>{t("projects.targetRow", { n: index + 1 })}</legend>
          <div className="row">
            <div className="col-12 col-md-6">
              <SelectField
                id={`project-target-${index}-indicator`}
                label={t("projects.indicator")}
                required
                noEmptyOption
                options={indicatorOptions}
                registration={form.register(`targets.${index}.indicator`)}
                error={errors?.[index]?.indicator}
              />
            </div>
            <div className="col-12 col-md-3">
              <TextField
                id={`project-target-${index}-value`}
                type="number"
                min={0}
                step={1}
                label={t("projects.value")}
                required
                registration={form.register(`targets.${index}.value`, { valueAsNumber: true })}
                error={errors?.[index]?.value}
              />
            </div>
            <div className="col-12 col-md-3">
              <TextField
                id={`project-target-${index}-istat`}
                label={t("projects.targetIstatCode")}
                hint={t("projects.targetIstatHint")}
                inputMode="numeric"
                maxLength={6}
                registration={form.register(`targets.${index}.istatCode`)}
                error={errors?.[index]?.istatCode}
              />
            </div>
            <div className="col-12 col-md-9">
              <TextField
                id={`project-target-${index}-note`}
                label={t("projects.note")}
                registration={form.register(`targets.${index}.note`)}
                error={errors?.[index]?.note}
              />
            </div>
            <div className="col-12 col-md-3 d-flex align-items-end mb-4">
              <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => remove(index)}>
                {t("common.remove")}
                <span className="visually-hidden"> {t("projects.targetRow", { n: index + 1 })}</span>
              </button>
            </div>
          </div>
        </fieldset>
      ))}
      <FieldErrorText id="project-targets-error" error={errors?.root ?? errors} />
      <button
        type="button"
        className="btn btn-outline-primary btn-sm mb-3"
        onClick={() => append(emptyTargetRow)}
        data-testid="project-add-target"
      >
        {t("projects.addTarget")}
      </button>
    </fieldset>
  );
}
