import type { CatalogKind } from "@approdo/contracts";
import { type FieldError, type FieldErrors, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { CheckboxField } from "../../app/ui/checkbox-field.tsx";
import { RequiredFieldsNote } from "../../app/ui/required-fields-note.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { TextareaField } from "../../app/ui/textarea-field.tsx";
import {
  type CatalogueEntryFormInput,
  catalogueEntryFieldNames,
  catalogueLanguages,
  kindFields,
  levelFormKey,
  needLevelKeys,
} from "./catalogue-form-schema.ts";

/** The error at a dotted path of the form's errors (the shared schema's paths, e.g. "levels.0.it"). */
function errorAt(errors: FieldErrors, path: string): FieldError | undefined {
  let node: unknown = errors;
  for (const part of path.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node && typeof node === "object" && "message" in node ? (node as FieldError) : undefined;
}

interface CatalogueEntryFormProps<Output> {
  kind: CatalogKind;
  mode: "create" | "edit";
  schema: z.ZodType<Output, CatalogueEntryFormInput>;
  defaultValues: CatalogueEntryFormInput;
  onSubmit: (values: Output) => Promise<void>;
  onReload?: () => void;
  testId: string;
}

/**
 * A catalogue entry: its code (new entries only: codes never change), labels in Italian (required),
 * English, French and Arabic, and what its kind has — need-level definitions for assessment domains,
 * CISIS code and default duration for service types, the special-category flag — its order and
 * whether it is in use (entries are deactivated, never deleted).
 */
export function CatalogueEntryForm<Output>(props: CatalogueEntryFormProps<Output>) {
  const { kind, mode, schema, defaultValues, onSubmit, onReload, testId } = props;
  const { t } = useTranslation();
  const form = useForm<CatalogueEntryFormInput, unknown, Output>({
    resolver: formResolver(schema),
    defaultValues,
  });
  const submit = useSubmitHandler(form.setError, catalogueEntryFieldNames, onSubmit);
  const { errors, isSubmitting } = form.formState;
  const fields = kindFields(kind);
  const prefix = `${testId}-${kind}`;
  const languageLabel = (language: string) => t(`catalogues.languages.${language as "it"}`);
  return (
    <form onSubmit={form.handleSubmit(submit.onValid)} noValidate data-testid={testId}>
      <ApiErrorAlert error={submit.error} onReload={onReload} />
      <RequiredFieldsNote />
      {mode === "create" ? (
        <TextField
          id={`${prefix}-code`}
          label={t("catalogues.code")}
          hint={t("catalogues.codeHint")}
          required
          autoComplete="off"
          registration={form.register("code")}
          error={errors.code}
        />
      ) : null}
      <fieldset className="form-fieldset">
        <legend>{t("catalogues.labels")}</legend>
        <div className="row">
          {catalogueLanguages.map((language) => (
            <div key={language} className="col-12 col-md-6">
              <TextField
                id={`${prefix}-label-${language}`}
                label={languageLabel(language)}
                required={language === "it"}
                lang={language}
                dir={language === "ar" ? "rtl" : "auto"}
                registration={form.register(`labels.${language}`)}
                error={errorAt(errors, `labels.${language}`)}
              />
            </div>
          ))}
        </div>
      </fieldset>
      {fields.levels
        ? needLevelKeys.map((level) => (
            <fieldset key={level} className="form-fieldset" data-testid={`${prefix}-level-${level}`}>
              <legend>{t("catalogues.levelDefinition", { level })}</legend>
              <div className="row">
                {catalogueLanguages.map((language) => (
                  <div key={language} className="col-12 col-md-6">
                    <TextareaField
                      id={`${prefix}-level-${level}-${language}`}
                      label={languageLabel(language)}
                      required={language === "it"}
                      rows={2}
                      registration={form.register(`levels.${levelFormKey(level)}.${language}`)}
                      error={errorAt(errors, `levels.${level}.${language}`)}
                    />
                  </div>
                ))}
              </div>
            </fieldset>
          ))
        : null}
      {fields.serviceType ? (
        <div className="row">
          <div className="col-12 col-md-6">
            <TextField
              id={`${prefix}-cisis`}
              label={t("catalogues.cisisCode")}
              hint={t("catalogues.cisisHint")}
              autoComplete="off"
              registration={form.register("cisisCode")}
              error={errors.cisisCode}
            />
          </div>
          <div className="col-12 col-md-6">
            <TextField
              id={`${prefix}-duration`}
              type="number"
              inputMode="numeric"
              min={1}
              max={1440}
              label={t("catalogues.defaultDuration")}
              registration={form.register("defaultDurationMinutes")}
              error={errors.defaultDurationMinutes}
            />
          </div>
        </div>
      ) : null}
      <TextField
        id={`${prefix}-sort`}
        type="number"
        inputMode="numeric"
        min={0}
        label={t("catalogues.sortOrder")}
        hint={t("catalogues.sortOrderHint")}
        registration={form.register("sortOrder")}
        error={errors.sortOrder}
      />
      {fields.specialCategory ? (
        <CheckboxField
          id={`${prefix}-special`}
          label={t("catalogues.specialCategory")}
          registration={form.register("specialCategory")}
          error={errors.specialCategory}
        />
      ) : null}
      <CheckboxField
        id={`${prefix}-active`}
        label={t("catalogues.activeEntry")}
        registration={form.register("active")}
        error={errors.active}
      />
      <p className="small">{t("catalogues.neverDeleted")}</p>
      <SubmitButton
        label={mode === "create" ? t("catalogues.add") : t("common.save")}
        busyLabel={t("common.saving")}
        busy={isSubmitting}
        testId={`${testId}-submit`}
      />
    </form>
  );
}
