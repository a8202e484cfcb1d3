import type { Assessment } from "@approdo/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { FieldErrorText } from "../../app/ui/field-error-text.tsx";
import { RequiredFieldsNote } from "../../app/ui/required-fields-note.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { TextareaField } from "../../app/ui/textarea-field.tsx";
import { translated } from "../admin-catalogues/catalogue-text.ts";
import { todayIso } from "../people/person-records-schema.ts";
import {
  type AssessmentFormInput,
  type AssessmentFormOutput,
  assessmentFieldNames,
  assessmentFormDefaults,
  assessmentFormSchema,
  rowIndex,
} from "./assessment-form-schema.ts";
import { assessmentKeys, createAssessment } from "./assessments-api.ts";
import type { DomainInfo, SubjectPerson } from "./domain-info.ts";
import { LevelRadios } from "./level-radios.tsx";

interface AssessmentFormProps {
  caseId: string;
  domains: readonly DomainInfo[];
  /** The case's subject people; per-member assessment is offered when there are several. */
  people: readonly SubjectPerson[];
  last: Assessment | null;
  onDone: (assessment: Assessment) => void;
}

/** A (re-)assessment: a need level per domain, with notes and evidence; prefilled from the last one. */
export function AssessmentForm({ caseId, domains, people, last, onDone }: AssessmentFormProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const members = people.length > 1 ? people : [];
  const form = useForm<AssessmentFormInput, unknown, AssessmentFormOutput>({
    resolver: formResolver(assessmentFormSchema),
    defaultValues: assessmentFormDefaults(
      domains,
      members.map((person) => person.personId),
      todayIso(),
      last,
    ),
  });
  const submit = useSubmitHandler(
    form.setError,
    assessmentFieldNames,
    async (values: AssessmentFormOutput) => {
      const created = await createAssessment(caseId, values, idempotency.current());
      idempotency.renew();
      await queryClient.invalidateQueries({ queryKey: assessmentKeys.case(caseId) });
      await queryClient.invalidateQueries({ queryKey: ["cases"] });
      onDone(created);
    },
  );
  const perMember = useWatch({ control: form.control, name: "perMember" }) ?? [];
  const rows = form.getValues("rows");
  const { errors, isSubmitting } = form.formState;
  const itemsError = (errors as { items?: { message?: string } }).items;

  const togglePerMember = (code: string, on: boolean) => {
    const current = form.getValues("perMember");
    form.setValue("perMember", on ? [...current, code] : current.filter((value) => value !== code));
  };

  const rowFields = (domain: DomainInfo, personId: string, legend: string) => {
    const index = rowIndex({ rows }, domain.code, personId);
    if (index < 0) return null;
    const prefix = `assessment-${domain.code}-${personId || "all"}`;
    const rowErrors = errors.rows?.[index];
    return (
      <>
        <LevelRadios
          id={`${prefix}-level`}
          legend={legend}
          definitions={domain.levels}
          registration={form.register(`rows.${index}.level`)}
          error={rowErrors?.level}
        />
        <div className="row">
          <div className="col-12 col-lg-6">
            <TextareaField
              id={`${prefix}-notes`}
              label={t("assessments.notes")}
              rows={2}
              registration={form.register(`rows.${index}.notes`)}
              error={rowErrors?.notes}
            />
          </div>
          <div className="col-12 col-lg-6">
            <TextareaField
              id={`${prefix}-evidence`}
              label={t("assessments.evidence")}
              hint={t("assessments.evidenceHint")}
              rows={2}
              registration={form.register(`rows.${index}.evidence`)}
              error={rowErrors?.evidence}
            />
          </div>
        </div>
      </>
    );
  };

  return (
    <form onSubmit={form.handleSubmit(submit.onValid)} noValidate data-testid="assessment-form">
      <ApiErrorAlert error={submit.error} />
      <RequiredFieldsNote />
      {last ? <p className="small">{t("assessments.prefilledFromLast")}</p> : null}
      <TextField
        id="assessment-date"
        type="date"
        label={t("assessments.assessedOn")}
        required
        registration={form.register("assessedOn")}
        error={errors.assessedOn}
      />
      {domains.map((domain) => {
        const label = translated(domain.labels, i18n.language, domain.code);
        const split = perMember.includes(domain.code);
        return (
          <fieldset
            key={domain.code}
            className="form-fieldset border rounded p-3 mb-4"
            data-testid={`assessment-domain-${domain.code}`}
          >
            <legend className="h5 px-2 w-auto">
              {label}
              {domain.specialCategory ? (
                <>
                  {" "}
                  <span className="badge bg-warning text-dark ms-2">{t("assessments.specialBadge")}</span>
                </>
              ) : null}
            </legend>
            {members.length > 0 ? (
              <div className="form-check mb-3">
                <input
                  id={`assessment-${domain.code}-per-member`}
                  type="checkbox"
                  checked={split}
                  onChange={(event) => togglePerMember(domain.code, event.target.checked)}
                />
                <label htmlFor={`assessment-${domain.code}-per-member`}>{t("assessments.perMember")}</label>
              </div>
            ) : null}
            {split
              ? members.map((person) => {
                  const name = `${person.givenName} ${person.familyName}`.trim();
                  return (
                    <fieldset key={person.personId} className="border-start ps-3 mb-3">
                      <legend className="h6" dir="auto">
                        {name}
                      </legend>
                      {rowFields(domain, person.personId, t("assessments.levelFor", { name }))}
                    </fieldset>
                  );
                })
              : rowFields(domain, "", t("assessments.needLevel"))}
          </fieldset>
        );
      })}
      <TextareaField
        id="assessment-summary"
        label={t("assessments.summary")}
        rows={3}
        registration={form.register("summary")}
        error={errors.summary}
      />
      <FieldErrorText id="assessment-items-error" error={itemsError} />
      <SubmitButton
        label={t("assessments.save")}
        busyLabel={t("common.saving")}
        busy={isSubmitting}
        testId="assessment-submit"
      />
    </form>
  );
}
