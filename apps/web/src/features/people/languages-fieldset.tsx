import { cefrLevels } from "@approdo/contracts";
import { type UseFormReturn, useFieldArray, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { SelectField } from "../../app/ui/select-field.tsx";
import { LanguageSearch } from "../reference/language-search.tsx";
import { LanguageSelect } from "../reference/language-select.tsx";
import { emptyLanguageRow, type PersonFormInput } from "./person-form-schema.ts";

interface LanguagesFieldsetProps<Output> {
  form: UseFormReturn<PersonFormInput, unknown, Output>;
}

/** Languages spoken (ISO 639-3), each with a "primary language" flag, and the level of Italian. */
export function LanguagesFieldset<Output>({ form }: LanguagesFieldsetProps<Output>) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "languages" });
  const values = useWatch({ control: form.control, name: "languages" });
  const errors = form.formState.errors;
  const cefrOptions = cefrLevels.map((level) => ({ value: level, label: t(`cefr.${level}`) }));
  return (
    <fieldset className="form-fieldset" data-testid="person-languages">
      <legend>{t("people.groupLanguages")}</legend>
      {fields.length === 0 ? <p className="small">{t("people.noLanguages")}</p> : null}
      {fields.map((field, index) => {
        const row = t("people.languageRow", { n: index + 1 });
        return (
          <fieldset key={field.id} className="row-fieldset">
            <legend>{row}</legend>
            <div className="row align-items-end">
              <div className="col-12 col-md-6">
                <LanguageSelect
                  id={`person-language-${index}`}
                  label={t("people.language")}
                  required
                  value={values?.[index]?.language}
                  registration={form.register(`languages.${index}.language`)}
                  error={errors.languages?.[index]?.language}
                />
              </div>
              <div className="col-12 col-md-3 mb-4">
                <div className="form-check">
                  <input
                    id={`person-language-${index}-primary`}
                    type="checkbox"
                    {...form.register(`languages.${index}.isPrimary`)}
                  />
                  <label htmlFor={`person-language-${index}-primary`}>{t("people.primaryLanguage")}</label>
                </div>
              </div>
              <div className="col-12 col-md-3 mb-4">
                <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => remove(index)}>
                  {t("common.remove")}
                  <span className="visually-hidden"> {row}</span>
                </button>
              </div>
            </div>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="btn btn-outline-primary btn-sm mb-3"
        onClick={() => append({ ...emptyLanguageRow, isPrimary: fields.length === 0 })}
        data-testid="person-add-language"
      >
        {t("people.addLanguage")}
      </button>
      <LanguageSearch
        onChoose={(language) => {
          if (values?.some((row) => row?.language === language.code)) return;
          append({ language: language.code, isPrimary: fields.length === 0 });
        }}
      />
      <SelectField
        id="person-italian-level"
        label={t("people.italianLevel")}
        hint={t("people.italianLevelHint")}
        emptyLabel={t("people.italianLevelUnknown")}
        options={cefrOptions}
        registration={form.register("italianLevel")}
        error={errors.italianLevel}
      />
    </fieldset>
  );
}
