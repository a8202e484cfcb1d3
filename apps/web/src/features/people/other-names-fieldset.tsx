import { nameKinds, nameScripts } from "@approdo/contracts";
import { type UseFormReturn, useFieldArray } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { SelectField } from "../../app/ui/select-field.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { emptyOtherNameRow, type PersonFormInput } from "./person-form-schema.ts";

interface OtherNamesFieldsetProps<Output> {
  form: UseFormReturn<PersonFormInput, unknown, Output>;
}

/**
 * Other spellings and scripts of the names, as repeatable rows. The name boxes take their direction
 * from what is typed (dir="auto"), so Arabic or Tigrinya are written right-to-left or left-to-right
 * as they should.
 */
export function OtherNamesFieldset<Output>({ form }: OtherNamesFieldsetProps<Output>) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "otherNames" });
  const errors = form.formState.errors.otherNames;
  const kindOptions = nameKinds.map((kind) => ({ value: kind, label: t(`nameKinds.${kind}`) }));
  const scriptOptions = nameScripts.map((script) => ({ value: script, label: t(`nameScripts.${script}`) }));
  return (
    <fieldset className="form-fieldset" data-testid="person-other-names">
      <legend>{t("people.otherNames")}</legend>
      <p className="small">{t("people.otherNamesHint")}</p>
      {fields.map((field, index) => {
        const row = t("people.otherNameRow", { n: index + 1 });
        return (
          <fieldset key={field.id} className="row-fieldset">
            <legend>{row}</legend>
            <div className="row align-items-end">
              <div className="col-12 col-md-6">
                <TextField
                  id={`person-other-${index}-given`}
                  label={t("people.givenName")}
                  dir="auto"
                  autoComplete="off"
                  required
                  registration={form.register(`otherNames.${index}.givenName`)}
                  error={errors?.[index]?.givenName}
                />
              </div>
              <div className="col-12 col-md-6">
                <TextField
                  id={`person-other-${index}-family`}
                  label={t("people.familyName")}
                  dir="auto"
                  autoComplete="off"
                  required
                  registration={form.register(`otherNames.${index}.familyName`)}
                  error={errors?.[index]?.familyName}
                />
              </div>
              <div className="col-12 col-md-4 mt-3">
                <SelectField
                  id={`person-other-${index}-kind`}
                  label={t("people.nameKind")}
                  noEmptyOption
                  options={kindOptions}
                  registration={form.register(`otherNames.${index}.kind`)}
                  error={errors?.[index]?.kind}
                />
              </div>
              <div className="col-12 col-md-4 mt-3">
                <SelectField
                  id={`person-other-${index}-script`}
                  label={t("people.nameScript")}
                  emptyLabel={t("people.scriptAuto")}
                  options={scriptOptions}
                  registration={form.register(`otherNames.${index}.script`)}
                  error={errors?.[index]?.script}
                />
              </div>
              <div className="col-12 col-md-4 mb-4">
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
        onClick={() => append(emptyOtherNameRow)}
        data-testid="person-add-other-name"
      >
        {t("people.addOtherName")}
      </button>
    </fieldset>
  );
}
