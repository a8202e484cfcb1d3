import { useFieldArray, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { RequiredFieldsNote } from "../../app/ui/required-fields-note.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { TextareaField } from "../../app/ui/textarea-field.tsx";
import { GoalFieldset, type PlanPickers } from "./goal-fieldset.tsx";
import { emptyGoal, type PlanFormInput, planFieldNames } from "./plan-form-schema.ts";

interface PlanEditorProps<Output> {
  mode: "create" | "edit";
  schema: z.ZodType<Output, PlanFormInput>;
  defaultValues: PlanFormInput;
  pickers: PlanPickers;
  onSubmit: (values: Output) => Promise<void>;
  /** On VERSION_CONFLICT: reload the plan (the edits are discarded). */
  onReload?: () => void;
  /** The version is approved or signed: saving makes a new version. */
  makesNewVersion?: boolean;
}

/** The plan's title, review date and goals per domain with their actions. */
export function PlanEditor<Output>(props: PlanEditorProps<Output>) {
  const { mode, schema, defaultValues, pickers, onSubmit, onReload, makesNewVersion } = props;
  const { t } = useTranslation();
  const form = useForm<PlanFormInput, unknown, Output>({ resolver: formResolver(schema), defaultValues });
  const goals = useFieldArray({ control: form.control, name: "goals" });
  const submit = useSubmitHandler(form.setError, planFieldNames, onSubmit);
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={form.handleSubmit(submit.onValid)} noValidate data-testid="plan-form">
      <ApiErrorAlert error={submit.error} onReload={onReload} />
      <RequiredFieldsNote />
      {mode === "create" && defaultValues.goals.length > 0 ? (
        <p className="small">{t("plans.goalsFromAssessment")}</p>
      ) : null}
      {makesNewVersion ? <p className="small">{t("plans.makesNewVersion")}</p> : null}
      <TextField
        id="plan-title"
        label={t("plans.planTitle")}
        required
        registration={form.register("title")}
        error={errors.title}
      />
      <TextField
        id="plan-review"
        type="date"
        label={t("plans.nextReviewOn")}
        hint={t("plans.nextReviewHint")}
        registration={form.register("nextReviewOn")}
        error={errors.nextReviewOn}
      />
      {goals.fields.length === 0 ? <p>{t("plans.noGoals")}</p> : null}
      {goals.fields.map((field, index) => (
        <GoalFieldset
          key={field.id}
          form={form}
          index={index}
          pickers={pickers}
          onRemove={() => goals.remove(index)}
        />
      ))}
      <button
        type="button"
        className="btn btn-outline-primary mb-4"
        onClick={() => goals.append(emptyGoal())}
        data-testid="plan-add-goal"
      >
        {t("plans.addGoal")}
      </button>
      {mode === "edit" ? (
        <TextareaField
          id="plan-change-note"
          label={t("plans.changeNote")}
          hint={t("plans.changeNoteHint")}
          rows={2}
          registration={form.register("changeNote")}
          error={errors.changeNote}
        />
      ) : null}
      <SubmitButton
        label={mode === "create" ? t("plans.create") : t("plans.save")}
        busyLabel={t("common.saving")}
        busy={isSubmitting}
        testId="plan-submit"
      />
    </form>
  );
}
