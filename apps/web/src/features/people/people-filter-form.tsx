import { vulnerabilityCodes } from "@approdo/contracts";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { SelectField } from "../../app/ui/select-field.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { CountrySelect } from "../reference/country-select.tsx";
import { TerritoryPicker } from "../territories/territory-picker.tsx";
import {
  emptyPeopleFilterForm,
  type PeopleFilter,
  type PeopleFilterInput,
  peopleFilterSchema,
} from "./people-filter-schema.ts";

interface PeopleFilterFormProps {
  defaultValues: PeopleFilterInput;
  onApply: (filter: PeopleFilter) => void;
}

/** The search box (a name in any spelling or script, or a codice fiscale) and the filters. */
export function PeopleFilterForm({ defaultValues, onApply }: PeopleFilterFormProps) {
  const { t } = useTranslation();
  const form = useForm<PeopleFilterInput, unknown, PeopleFilter>({
    resolver: formResolver(peopleFilterSchema),
    defaultValues,
  });
  const { errors } = form.formState;
  const citizenship = useWatch({ control: form.control, name: "citizenship" });
  const vulnerabilityOptions = vulnerabilityCodes.map((code) => ({
    value: code,
    label: t(`vulnerabilities.${code}`),
  }));
  const expiryOptions = ["30", "60", "90", "180"].map((days) => ({
    value: days,
    label: t("people.filters.withinDays", { n: Number(days) }),
  }));
  const clear = () => {
    form.reset(emptyPeopleFilterForm);
    onApply({});
  };
  return (
    <search className="mb-4">
      <form
        onSubmit={form.handleSubmit(onApply)}
        noValidate
        aria-labelledby="people-filters-heading"
        data-testid="people-filter-form"
      >
        <fieldset className="form-fieldset">
          <legend id="people-filters-heading">{t("people.filters.title")}</legend>
          <TextField
            id="people-q"
            type="search"
            className="mt-0"
            label={t("people.filters.q")}
            hint={t("people.filters.qHint")}
            dir="auto"
            autoComplete="off"
            spellCheck={false}
            registration={form.register("q")}
            error={errors.q}
          />
          <div className="row mt-4">
            <div className="col-12 col-md-4">
              <CountrySelect
                id="people-citizenship"
                label={t("people.citizenship")}
                emptyLabel={t("people.filters.any")}
                value={citizenship}
                registration={form.register("citizenship")}
                error={errors.citizenship}
              />
            </div>
            <div className="col-12 col-md-4">
              <SelectField
                id="people-vulnerability"
                label={t("people.filters.vulnerability")}
                emptyLabel={t("people.filters.any")}
                options={vulnerabilityOptions}
                registration={form.register("vulnerability")}
                error={errors.vulnerability}
              />
            </div>
            <div className="col-12 col-md-4">
              <SelectField
                id="people-permit-expiring"
                label={t("people.filters.permitExpiring")}
                emptyLabel={t("people.filters.any")}
                options={expiryOptions}
                registration={form.register("permitExpiringWithinDays")}
                error={errors.permitExpiringWithinDays}
              />
            </div>
          </div>
          <TextField
            id="people-domicile"
            className="mt-0"
            label={t("people.filters.domicile")}
            hint={t("people.domicileIstatHint")}
            inputMode="numeric"
            maxLength={6}
            registration={form.register("domicileIstat")}
            error={errors.domicileIstat}
          />
          <TerritoryPicker
            onChoose={(territory) =>
              form.setValue("domicileIstat", territory.istatCode, { shouldValidate: true })
            }
          />
          <div className="d-flex flex-wrap gap-3 mb-3">
            <button type="submit" className="btn btn-primary" data-testid="people-search">
              {t("common.search")}
            </button>
            <button type="button" className="btn btn-outline-secondary" onClick={clear}>
              {t("people.filters.reset")}
            </button>
          </div>
        </fieldset>
      </form>
    </search>
  );
}
