import { sexes } from "@approdo/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { RequiredFieldsNote } from "../../app/ui/required-fields-note.tsx";
import { SelectField } from "../../app/ui/select-field.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { CountrySelect } from "../reference/country-select.tsx";
import { TerritoryPicker } from "../territories/territory-picker.tsx";
import { LanguagesFieldset } from "./languages-fieldset.tsx";
import { MatchPanel } from "./match-panel.tsx";
import { OtherNamesFieldset } from "./other-names-fieldset.tsx";
import { findMatches, type MatchCandidate, personKeys } from "./people-api.ts";
import { personFormResolver } from "./person-form-resolver.ts";
import {
  matchQueryOf,
  type PersonFormInput,
  personFieldNames,
  strongMatchScore,
} from "./person-form-schema.ts";
import { usePersonMatches } from "./use-person-matches.ts";

interface PersonFormProps<Output> {
  /** The form values → the API body (create or update), piped into the shared contract schema. */
  schema: z.ZodType<Output, PersonFormInput>;
  defaultValues: PersonFormInput;
  mode: "create" | "edit";
  onSubmit: (values: Output) => Promise<void>;
  /** Offered after a VERSION_CONFLICT. */
  onReload?: () => void;
  /** Create mode: "use this person" from the duplicate search instead of registering. */
  onUseExisting?: (candidate: MatchCandidate) => void;
  /** A secondary action beside the submit button (e.g. "Cancel" when embedded in another page). */
  onCancel?: () => void;
  submitLabel?: string;
}

/**
 * Every field of a person, in groups. In create mode the form searches for people already
 * registered while the names are typed, and asks for an explicit confirmation before creating
 * someone who very likely exists already.
 */
export function PersonForm<Output>(props: PersonFormProps<Output>) {
  const { schema, defaultValues, mode, onSubmit, onReload, onUseExisting, onCancel, submitLabel } = props;
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<PersonFormInput, unknown, Output>({
    resolver: personFormResolver(schema),
    defaultValues,
  });
  const { errors, isSubmitting } = form.formState;
  const creating = mode === "create";

  const watched = useWatch({ control: form.control }) as PersonFormInput;
  const matchQuery = creating ? matchQueryOf({ ...defaultValues, ...watched }) : null;
  const matches = usePersonMatches(matchQuery);
  const [confirmedDifferent, setConfirmedDifferent] = useState(false);
  const [confirmMissing, setConfirmMissing] = useState(false);
  const [strongAtSubmit, setStrongAtSubmit] = useState(false);
  const confirmRef = useRef<HTMLInputElement>(null);
  const strongShown = matches.candidates.some((candidate) => candidate.score >= strongMatchScore);
  const needsConfirm = creating && (strongShown || strongAtSubmit);

  /** Searches once more with exactly what is submitted: typing fast must not skip the check. */
  const strongMatchAtSubmit = async (): Promise<boolean> => {
    const query = matchQueryOf(form.getValues());
    if (!query) return false;
    try {
      const candidates = await queryClient.fetchQuery({
        queryKey: personKeys.matches(query),
        queryFn: ({ signal }) => findMatches(query, signal),
        staleTime: 30_000,
      });
      return candidates.some((candidate) => candidate.score >= strongMatchScore);
    } catch {
      // the search is advice: if it fails, the server still validates the registration
      return false;
    }
  };

  const submit = useSubmitHandler(form.setError, personFieldNames, async (values: Output) => {
    if (creating && !confirmedDifferent && (await strongMatchAtSubmit())) {
      setStrongAtSubmit(true);
      setConfirmMissing(true);
      // after the checkbox has rendered
      window.setTimeout(() => confirmRef.current?.focus(), 0);
      return;
    }
    await onSubmit(values);
  });

  const sexOptions = sexes.map((sex) => ({ value: sex, label: t(`sexes.${sex}`) }));

  return (
    <form onSubmit={form.handleSubmit(submit.onValid)} noValidate data-testid="person-form">
      <ApiErrorAlert error={submit.error} onReload={onReload} />
      <RequiredFieldsNote />

      <fieldset className="form-fieldset mt-3" data-testid="person-identity">
        <legend>{t("people.groupIdentity")}</legend>
        <div className="row">
          <div className="col-12 col-md-6">
            <TextField
              id="person-given-name"
              label={t("people.givenName")}
              hint={t("people.givenNameHint")}
              dir="auto"
              autoComplete="off"
              spellCheck={false}
              required
              registration={form.register("givenName")}
              error={errors.givenName}
            />
          </div>
          <div className="col-12 col-md-6">
            <TextField
              id="person-family-name"
              label={t("people.familyName")}
              dir="auto"
              autoComplete="off"
              spellCheck={false}
              required
              registration={form.register("familyName")}
              error={errors.familyName}
            />
          </div>
        </div>
        <div className="row mt-4">
          <div className="col-12 col-md-4">
            <SelectField
              id="person-sex"
              label={t("people.sex")}
              required
              options={sexOptions}
              registration={form.register("sex")}
              error={errors.sex}
            />
          </div>
          <div className="col-12 col-md-4">
            <TextField
              id="person-birth-date"
              type="date"
              className="mt-0"
              label={t("people.birthDate")}
              registration={form.register("birthDate")}
              error={errors.birthDate}
            />
          </div>
          <div className="col-12 col-md-4">
            <TextField
              id="person-birth-year"
              className="mt-0"
              label={t("people.birthYear")}
              hint={t("people.birthYearHint")}
              inputMode="numeric"
              maxLength={4}
              registration={form.register("birthYear")}
              error={errors.birthYear}
            />
          </div>
        </div>
        <div className="row mt-2">
          <div className="col-12 col-md-6">
            <CountrySelect
              id="person-citizenship"
              label={t("people.citizenship")}
              emptyLabel={t("people.countryUnknown")}
              value={watched.citizenship}
              registration={form.register("citizenship")}
              error={errors.citizenship}
            />
          </div>
          <div className="col-12 col-md-6">
            <CountrySelect
              id="person-country-of-birth"
              label={t("people.countryOfBirth")}
              emptyLabel={t("people.countryUnknown")}
              value={watched.countryOfBirth}
              registration={form.register("countryOfBirth")}
              error={errors.countryOfBirth}
            />
          </div>
        </div>
        <TextField
          id="person-arrival-date"
          type="date"
          className="mb-3"
          label={t("people.arrivalDate")}
          hint={t("people.arrivalDateHint")}
          registration={form.register("arrivalDate")}
          error={errors.arrivalDate}
        />
      </fieldset>

      {creating && onUseExisting ? (
        <MatchPanel
          candidates={matches.candidates}
          searched={matches.searched}
          isFetching={matches.isFetching}
          error={matches.error}
          onUse={onUseExisting}
        />
      ) : null}

      {creating ? <OtherNamesFieldset form={form} /> : null}

      <fieldset className="form-fieldset" data-testid="person-documents">
        <legend>{t("people.groupDocuments")}</legend>
        <TextField
          id="person-tax-code"
          className="mt-0"
          label={t("people.taxCode")}
          hint={t("people.taxCodeHint")}
          autoComplete="off"
          spellCheck={false}
          maxLength={16}
          registration={form.register("taxCode")}
          error={errors.taxCode}
        />
        <div className="row">
          <div className="col-12 col-md-6">
            <TextField
              id="person-stp-code"
              label={t("people.stpCode")}
              hint={t("people.stpCodeHint")}
              autoComplete="off"
              spellCheck={false}
              maxLength={16}
              registration={form.register("stpCode")}
              error={errors.stpCode}
            />
          </div>
          <div className="col-12 col-md-6">
            <TextField
              id="person-eni-code"
              label={t("people.eniCode")}
              hint={t("people.eniCodeHint")}
              autoComplete="off"
              spellCheck={false}
              maxLength={16}
              registration={form.register("eniCode")}
              error={errors.eniCode}
            />
          </div>
        </div>
      </fieldset>

      <LanguagesFieldset form={form} />

      <fieldset className="form-fieldset" data-testid="person-contacts">
        <legend>{t("people.groupContacts")}</legend>
        <div className="row">
          <div className="col-12 col-md-6">
            <TextField
              id="person-phone"
              type="tel"
              className="mt-0"
              label={t("people.phone")}
              autoComplete="off"
              registration={form.register("phone")}
              error={errors.phone}
            />
          </div>
          <div className="col-12 col-md-6">
            <TextField
              id="person-email"
              type="email"
              className="mt-0"
              label={t("people.email")}
              autoComplete="off"
              registration={form.register("email")}
              error={errors.email}
            />
          </div>
        </div>
        <TextField
          id="person-domicile-istat"
          label={t("people.domicileIstat")}
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
        <TextField
          id="person-domicile-address"
          className="mt-0 mb-3"
          label={t("people.domicileAddress")}
          registration={form.register("domicileAddress")}
          error={errors.domicileAddress}
        />
      </fieldset>

      {needsConfirm ? (
        <div className="form-check mb-3" data-testid="confirm-different">
          <input
            ref={confirmRef}
            id="person-confirm-different"
            type="checkbox"
            checked={confirmedDifferent}
            onChange={(event) => {
              setConfirmedDifferent(event.target.checked);
              if (event.target.checked) setConfirmMissing(false);
            }}
            aria-invalid={confirmMissing ? true : undefined}
            aria-describedby={
              confirmMissing ? "person-confirm-different-error" : "person-confirm-different-hint"
            }
          />
          <label htmlFor="person-confirm-different">{t("people.match.confirmDifferent")}</label>
          <small id="person-confirm-different-hint" className="form-text d-block">
            {t("people.match.confirmHint")}
          </small>
          {confirmMissing ? (
            <div id="person-confirm-different-error" className="invalid-feedback d-block" role="alert">
              {t("people.match.confirmRequired")}
            </div>
          ) : null}
        </div>
      ) : null}

      <div className="mt-4 d-flex flex-wrap gap-3">
        <SubmitButton
          label={submitLabel ?? (creating ? t("people.register") : t("common.save"))}
          busyLabel={creating ? t("common.creating") : t("common.saving")}
          busy={isSubmitting}
          testId="person-submit"
        />
        {onCancel ? (
          <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
            {t("common.cancel")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
