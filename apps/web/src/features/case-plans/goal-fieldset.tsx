import { planActionStatuses } from "@approdo/contracts";
import { type UseFormReturn, useFieldArray } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { SelectOption } from "../../app/ui/select-field.tsx";
import { SelectField } from "../../app/ui/select-field.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { TextareaField } from "../../app/ui/textarea-field.tsx";
import { emptyAction, type PlanFormInput } from "./plan-form-schema.ts";

export interface PlanPickers {
  domains: readonly SelectOption[];
  people: readonly SelectOption[];
  organizations: readonly SelectOption[];
  operators: readonly SelectOption[];
}

interface GoalFieldsetProps<Output> {
  form: UseFormReturn<PlanFormInput, unknown, Output>;
  index: number;
  pickers: PlanPickers;
  onRemove: () => void;
}

/** One goal of the plan (domain, member, description) with its actions. */
export function GoalFieldset<Output>({ form, index, pickers, onRemove }: GoalFieldsetProps<Output>) {
  const { t } = useTranslation();
  const actions = useFieldArray({ control: form.control, name: `goals.${index}.actions` });
  const errors = form.formState.errors.goals?.[index];
  const goalLabel = t("plans.goalN", { n: index + 1 });
  const prefix = `plan-goal-${index}`;
  const statusOptions = planActionStatuses.map((status) => ({
    value: status,
    label: t(`plans.actionStatuses.${status}`),
  }));
  return (
    <fieldset className="form-fieldset border rounded p-3 mb-4" data-testid={prefix}>
      <legend className="h5 px-2 w-auto">{goalLabel}</legend>
      <div className="row">
        <div className="col-12 col-md-6">
          <SelectField
            id={`${prefix}-domain`}
            label={t("plans.domain")}
            required
            options={pickers.domains}
            registration={form.register(`goals.${index}.domain`)}
            error={errors?.domain}
          />
        </div>
        {pickers.people.length > 1 ? (
          <div className="col-12 col-md-6">
            <SelectField
              id={`${prefix}-person`}
              label={t("plans.goalPerson")}
              emptyLabel={t("plans.wholeHousehold")}
              options={pickers.people}
              registration={form.register(`goals.${index}.personId`)}
              error={errors?.personId}
            />
          </div>
        ) : null}
      </div>
      <TextareaField
        id={`${prefix}-description`}
        label={t("plans.goalDescription")}
        required
        rows={2}
        registration={form.register(`goals.${index}.description`)}
        error={errors?.description}
      />
      {actions.fields.map((field, actionIndex) => {
        const actionLabel = t("plans.actionN", { goal: index + 1, n: actionIndex + 1 });
        const actionPrefix = `${prefix}-action-${actionIndex}`;
        const actionErrors = errors?.actions?.[actionIndex];
        return (
          <fieldset key={field.id} className="border-start ps-3 mb-3" data-testid={actionPrefix}>
            <legend className="h6">{actionLabel}</legend>
            <TextareaField
              id={`${actionPrefix}-description`}
              label={t("plans.actionDescription")}
              required
              rows={2}
              registration={form.register(`goals.${index}.actions.${actionIndex}.description`)}
              error={actionErrors?.description}
            />
            <div className="row">
              <div className="col-12 col-md-6">
                <SelectField
                  id={`${actionPrefix}-organization`}
                  label={t("plans.responsibleOrganization")}
                  emptyLabel={t("common.noneOption")}
                  options={pickers.organizations}
                  registration={form.register(
                    `goals.${index}.actions.${actionIndex}.responsibleOrganizationId`,
                  )}
                  error={actionErrors?.responsibleOrganizationId}
                />
              </div>
              <div className="col-12 col-md-6">
                <SelectField
                  id={`${actionPrefix}-operator`}
                  label={t("plans.responsibleOperator")}
                  hint={t("plans.responsibleOperatorHint")}
                  emptyLabel={t("common.noneOption")}
                  options={pickers.operators}
                  registration={form.register(`goals.${index}.actions.${actionIndex}.responsibleUserId`)}
                  error={actionErrors?.responsibleUserId}
                />
              </div>
              <div className="col-12 col-md-6">
                <TextField
                  id={`${actionPrefix}-due`}
                  type="date"
                  className="mt-0"
                  label={t("plans.dueOn")}
                  registration={form.register(`goals.${index}.actions.${actionIndex}.dueOn`)}
                  error={actionErrors?.dueOn}
                />
              </div>
              <div className="col-12 col-md-6">
                <SelectField
                  id={`${actionPrefix}-status`}
                  label={t("plans.actionStatus")}
                  noEmptyOption
                  options={statusOptions}
                  registration={form.register(`goals.${index}.actions.${actionIndex}.status`)}
                  error={actionErrors?.status}
                />
              </div>
            </div>
            <button
              type="button"
              className="btn btn-outline-danger btn-sm"
              onClick={() => actions.remove(actionIndex)}
            >
              {t("plans.removeAction")}
              <span className="visually-hidden"> {actionLabel}</span>
            </button>
          </fieldset>
        );
      })}
      <div className="d-flex flex-wrap gap-2">
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={() => actions.append(emptyAction())}
          data-testid={`${prefix}-add-action`}
        >
          {t("plans.addAction")}
          <span className="visually-hidden"> ({goalLabel})</span>
        </button>
        <button type="button" className="btn btn-outline-danger btn-sm" onClick={onRemove}>
          {t("plans.removeGoal")}
          <span className="visually-hidden"> {goalLabel}</span>
        </button>
      </div>
    </fieldset>
  );
}
