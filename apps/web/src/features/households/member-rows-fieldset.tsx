import type { UseFieldArrayReturn, UseFormReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FieldErrorText } from "../../app/ui/field-error-text.tsx";
import { SelectField } from "../../app/ui/select-field.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import type { HouseholdFormInput, HouseholdFormOutput } from "./household-form-schema.ts";
import { relationOptions } from "./relation-options.ts";

interface MemberRowsFieldsetProps {
  form: UseFormReturn<HouseholdFormInput, unknown, HouseholdFormOutput>;
  /** The page's one field array of members (it also appends to it). */
  members: UseFieldArrayReturn<HouseholdFormInput, "members">;
}

/** The members being registered: relation, joining date and which one is the reference person. */
export function MemberRowsFieldset({ form, members }: MemberRowsFieldsetProps) {
  const { t } = useTranslation();
  const { fields, remove } = members;
  const errors = form.formState.errors.members;
  const reference = form.register("reference");
  return (
    <fieldset
      className="form-fieldset"
      aria-describedby={errors?.root?.message || errors?.message ? "household-members-error" : undefined}
      data-testid="household-members"
    >
      <legend>{t("households.members")}</legend>
      {fields.length === 0 ? (
        <p>{t("households.noMembersYet")}</p>
      ) : (
        <p className="small">{t("households.membersHint")}</p>
      )}
      {fields.map((field, index) => (
        <fieldset key={field.id} className="row-fieldset" data-testid="household-member-row">
          <legend dir="auto">{field.display}</legend>
          <div className="row align-items-end">
            <div className="col-12 col-md-4">
              <SelectField
                id={`household-member-${index}-relation`}
                label={t("households.relationShort")}
                required
                options={relationOptions(t)}
                registration={form.register(`members.${index}.relation`)}
                error={errors?.[index]?.relation}
              />
            </div>
            <div className="col-12 col-md-3">
              <TextField
                id={`household-member-${index}-joined`}
                type="date"
                className="mt-0 mb-4"
                label={t("households.joinedOn")}
                registration={form.register(`members.${index}.joinedOn`)}
                error={errors?.[index]?.joinedOn}
              />
            </div>
            <div className="col-12 col-md-3 mb-4">
              <div className="form-check">
                <input
                  id={`household-member-${index}-reference`}
                  type="radio"
                  value={field.personId}
                  {...reference}
                  onChange={(event) => {
                    void reference.onChange(event);
                    // the reference person's relation is "reference person"
                    form.setValue(`members.${index}.relation`, "reference_person", { shouldValidate: true });
                  }}
                />
                <label htmlFor={`household-member-${index}-reference`}>
                  {t("households.referencePerson")}
                </label>
              </div>
            </div>
            <div className="col-12 col-md-2 mb-4">
              <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => remove(index)}>
                {t("common.remove")}
                <span className="visually-hidden"> {field.display}</span>
              </button>
            </div>
          </div>
          <FieldErrorText id={`household-member-${index}-person-error`} error={errors?.[index]?.personId} />
        </fieldset>
      ))}
      <FieldErrorText id="household-members-error" error={errors?.root ?? errors} />
    </fieldset>
  );
}
