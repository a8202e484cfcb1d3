import type { ServiceRecord } from "@approdo/contracts";
import { useId, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { FieldErrorText } from "../../app/ui/field-error-text.tsx";
import { SelectField, type SelectOption } from "../../app/ui/select-field.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { TextareaField } from "../../app/ui/textarea-field.tsx";
import { LanguageSelect } from "../reference/language-select.tsx";
import {
  durationAfterTypeChange,
  matchServiceTypes,
  type ServiceFormInput,
  type ServiceFormOutput,
  serviceFieldNames,
  serviceFormSchema,
} from "./service-form-schema.ts";
import { recordService } from "./services-api.ts";

export interface ServiceTypeOption {
  code: string;
  label: string;
  cisisCode: string | null;
  defaultDurationMinutes: number | null;
}

interface ServiceFormProps {
  caseId: string;
  types: readonly ServiceTypeOption[];
  people: readonly SelectOption[];
  mediators: readonly SelectOption[];
  planActions: readonly SelectOption[];
  defaultValues: ServiceFormInput;
  /** A correction of this record (it is voided when the correction is recorded). */
  corrects?: ServiceRecord;
  onDone: (record: ServiceRecord) => Promise<void> | void;
}

/** How many types the list shows before the operator narrows it with the search box. */
const shownTypes = 8;

/**
 * "Registra intervento": built to take under a minute on a phone — the type found by typing a few
 * letters, today's date, the type's usual duration and every person of the case already filled in;
 * mediator, language, plan action and notes only if needed. One Idempotency-Key per intent, so a
 * double tap or a retry after a lost answer records the service once.
 */
export function ServiceForm(props: ServiceFormProps) {
  const { caseId, types, people, mediators, planActions, defaultValues, corrects, onDone } = props;
  const { t } = useTranslation();
  const id = useId();
  const idempotency = useIdempotencyKey();
  const [query, setQuery] = useState("");
  const [moreOpen, setMoreOpen] = useState(
    Boolean(
      defaultValues.mediatorId || defaultValues.language || defaultValues.planActionId || defaultValues.notes,
    ),
  );
  const durationTyped = useRef(false);
  const form = useForm<ServiceFormInput, unknown, ServiceFormOutput>({
    resolver: formResolver(serviceFormSchema(corrects?.id)),
    defaultValues,
  });
  const submit = useSubmitHandler(form.setError, serviceFieldNames, async (values: ServiceFormOutput) => {
    const record = await recordService(caseId, values, idempotency.current());
    idempotency.renew();
    durationTyped.current = false;
    setQuery("");
    form.reset({ ...defaultValues, deliveredOn: values.deliveredOn });
    await onDone(record);
  });
  const chosen = useWatch({ control: form.control, name: "serviceType" });
  const language = useWatch({ control: form.control, name: "language" });
  const { errors, isSubmitting } = form.formState;
  const matches = matchServiceTypes(types, query);
  const visible = matches.slice(0, query ? matches.length : shownTypes);
  const chosenType = types.find((type) => type.code === chosen);
  if (chosenType && !visible.includes(chosenType)) visible.unshift(chosenType);
  const typeRegistration = form.register("serviceType", {
    onChange: (event: { target: { value: string } }) => {
      const type = types.find((candidate) => candidate.code === event.target.value);
      form.setValue(
        "durationMinutes",
        durationAfterTypeChange(
          form.getValues("durationMinutes"),
          durationTyped.current,
          type?.defaultDurationMinutes,
        ),
      );
    },
  });
  const durationRegistration = form.register("durationMinutes", {
    onChange: () => {
      durationTyped.current = true;
    },
  });
  const prefix = corrects ? `service-correct-${corrects.id}` : "service";
  return (
    <form
      onSubmit={form.handleSubmit(submit.onValid)}
      noValidate
      className="service-quick-form"
      data-testid={corrects ? "service-correction-form" : "service-form"}
    >
      <ApiErrorAlert error={submit.error} />
      <fieldset className="mb-4" aria-describedby={errors.serviceType ? `${prefix}-type-error` : undefined}>
        <legend className="h6 is-required">{t("services.type")}</legend>
        <div className="form-group mb-2">
          <label htmlFor={`${id}-type-search`} className="active">
            {t("services.typeSearch")}
          </label>
          <input
            id={`${id}-type-search`}
            type="search"
            className="form-control"
            value={query}
            autoComplete="off"
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") event.preventDefault();
            }}
            aria-describedby={`${id}-type-count`}
          />
          <small id={`${id}-type-count`} className="form-text" aria-live="polite">
            {t("services.typesShown", { shown: visible.length, total: types.length })}
          </small>
        </div>
        <div className="service-type-options">
          {visible.map((type) => (
            <div key={type.code} className="form-check py-2 border-bottom">
              <input
                id={`${prefix}-type-${type.code}`}
                type="radio"
                value={type.code}
                {...typeRegistration}
              />
              <label htmlFor={`${prefix}-type-${type.code}`} className="w-100">
                {type.label}
                {type.cisisCode ? <small className="ms-2 text-muted">CISIS {type.cisisCode}</small> : null}
              </label>
            </div>
          ))}
          {visible.length === 0 ? <p className="small mb-0">{t("services.noTypeMatches")}</p> : null}
        </div>
        <FieldErrorText id={`${prefix}-type-error`} error={errors.serviceType} />
      </fieldset>
      <div className="row">
        <div className="col-6">
          <TextField
            id={`${prefix}-date`}
            type="date"
            className="mt-0"
            label={t("services.deliveredOn")}
            required
            registration={form.register("deliveredOn")}
            error={errors.deliveredOn}
          />
        </div>
        <div className="col-6">
          <TextField
            id={`${prefix}-duration`}
            type="number"
            inputMode="numeric"
            min={1}
            max={1440}
            className="mt-0"
            label={t("services.duration")}
            registration={durationRegistration}
            error={errors.durationMinutes}
          />
        </div>
      </div>
      {people.length > 1 ? (
        <fieldset className="mb-4" aria-describedby={errors.personIds ? `${prefix}-people-error` : undefined}>
          <legend className="h6">{t("services.people")}</legend>
          {people.map((person) => (
            <div key={person.value} className="form-check py-1">
              <input
                id={`${prefix}-person-${person.value}`}
                type="checkbox"
                value={person.value}
                {...form.register("personIds")}
              />
              <label htmlFor={`${prefix}-person-${person.value}`} dir="auto">
                {person.label}
              </label>
            </div>
          ))}
          <FieldErrorText id={`${prefix}-people-error`} error={errors.personIds} />
        </fieldset>
      ) : people[0] ? (
        <p className="small">{t("services.forPerson", { name: people[0].label })}</p>
      ) : null}
      <button
        type="button"
        className="btn btn-link px-0 mb-3"
        aria-expanded={moreOpen}
        aria-controls={`${id}-more`}
        onClick={() => setMoreOpen((open) => !open)}
      >
        {t("services.moreDetails")}
      </button>
      <div id={`${id}-more`} hidden={!moreOpen}>
        <SelectField
          id={`${prefix}-mediator`}
          label={t("services.mediator")}
          emptyLabel={t("common.noneOption")}
          options={mediators}
          registration={form.register("mediatorId")}
          error={errors.mediatorId}
        />
        <LanguageSelect
          id={`${prefix}-language`}
          label={t("services.language")}
          value={language}
          registration={form.register("language")}
          error={errors.language}
        />
        {planActions.length > 0 ? (
          <SelectField
            id={`${prefix}-plan-action`}
            label={t("services.planAction")}
            emptyLabel={t("common.noneOption")}
            options={planActions}
            registration={form.register("planActionId")}
            error={errors.planActionId}
          />
        ) : null}
        <TextareaField
          id={`${prefix}-notes`}
          label={t("services.notes")}
          rows={2}
          registration={form.register("notes")}
          error={errors.notes}
        />
      </div>
      {corrects ? (
        <TextField
          id={`${prefix}-reason`}
          label={t("services.correctionReason")}
          hint={t("services.correctionReasonHint")}
          registration={form.register("correctionReason")}
          error={errors.correctionReason}
        />
      ) : null}
      <button
        type="submit"
        className="btn btn-primary btn-lg w-100"
        disabled={isSubmitting}
        data-testid={corrects ? "service-correction-submit" : "service-submit"}
      >
        {isSubmitting ? t("common.saving") : corrects ? t("services.recordCorrection") : t("services.record")}
      </button>
    </form>
  );
}
