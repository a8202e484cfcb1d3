import type { CaseState } from "@approdo/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { RequiredFieldsNote } from "../../app/ui/required-fields-note.tsx";
import { SelectField } from "../../app/ui/select-field.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextareaField } from "../../app/ui/textarea-field.tsx";
import {
  type TransitionFormInput,
  type TransitionFormOutput,
  transitionFieldNames,
  transitionFormSchema,
} from "./case-form-schemas.ts";
import type { CaseDetail } from "./case-types.ts";
import { caseKeys, transitionCase } from "./cases-api.ts";
import { useClosureOutcomes } from "./closure-outcomes.ts";
import { isReopen, isStepBack, offeredTransitions, transitionNeedsOutcome } from "./transitions.ts";
import { useCaseOrganization } from "./use-case-context.ts";

interface TransitionControlProps {
  caseRecord: CaseDetail;
  /** Told what happened, for the page's status message. */
  onDone: (message: string) => void;
  onReload: () => void;
}

/**
 * Moves the case to one of the states the state machine allows from here (and only those), with a
 * reason; closing asks for an outcome. Where the organisation requires approval, the server answers
 * 202 and the case waits for a coordinator.
 */
export function TransitionControl({ caseRecord, onDone, onReload }: TransitionControlProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = useIdempotencyKey();
  const outcomes = useClosureOutcomes();
  const requiresApproval =
    useCaseOrganization(caseRecord.organizationId).data?.requiresClosureApproval ?? false;
  const offered = offeredTransitions({
    state: caseRecord.state,
    hasPendingApproval: caseRecord.pendingApproval !== null || caseRecord.pendingApprovalId !== null,
    canTransition: caseRecord.access.canTransition,
  });
  const form = useForm<TransitionFormInput, unknown, TransitionFormOutput>({
    resolver: formResolver(transitionFormSchema),
    defaultValues: { to: offered.length === 1 ? (offered[0] ?? "") : "", reason: "", outcome: "" },
  });
  const to = useWatch({ control: form.control, name: "to" }) as CaseState | "";
  const submit = useSubmitHandler(
    form.setError,
    transitionFieldNames,
    async (values: TransitionFormOutput) => {
      const result = await transitionCase(
        caseRecord.id,
        { ...values, version: caseRecord.version },
        key.current(),
      );
      key.renew();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseRecord.id) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.timeline(caseRecord.id) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.list() }),
        queryClient.invalidateQueries({ queryKey: caseKeys.worklist() }),
      ]);
      form.reset({ to: "", reason: "", outcome: "" });
      onDone(
        result.pendingApproval
          ? t("cases.transition.pending")
          : t("cases.transition.done", { state: t(`caseStates.${values.to}`) }),
      );
    },
  );
  if (offered.length === 0) return null;
  const { errors, isSubmitting } = form.formState;
  const optionLabel = (state: CaseState) => {
    if (isReopen(caseRecord.state, state))
      return t("cases.transition.reopenTo", { state: t(`caseStates.${state}`) });
    if (isStepBack(caseRecord.state, state))
      return t("cases.transition.backTo", { state: t(`caseStates.${state}`) });
    if (state === "closed") return t("cases.transition.close");
    return t(`caseStates.${state}`);
  };
  const closing = to !== "" && transitionNeedsOutcome(to);
  const reopening = to !== "" && isReopen(caseRecord.state, to);
  return (
    <form
      onSubmit={form.handleSubmit(submit.onValid)}
      noValidate
      aria-labelledby="case-transition-title"
      className="mb-5 p-3 border rounded"
      data-testid="transition-form"
    >
      <h3 id="case-transition-title" className="h5">
        {caseRecord.state === "closed" ? t("cases.transition.reopenTitle") : t("cases.transition.title")}
      </h3>
      <RequiredFieldsNote />
      <ApiErrorAlert error={submit.error} onReload={onReload} />
      <div className="row mt-3">
        <div className="col-12 col-md-6">
          <SelectField
            id="case-transition-to"
            label={t("cases.transition.to")}
            required
            options={offered.map((state) => ({ value: state, label: optionLabel(state) }))}
            registration={form.register("to")}
            error={errors.to}
          />
        </div>
        {closing ? (
          <div className="col-12 col-md-6">
            <SelectField
              id="case-transition-outcome"
              label={t("cases.transition.outcome")}
              hint={requiresApproval ? t("cases.transition.approvalHint") : undefined}
              required
              options={outcomes.options}
              registration={form.register("outcome")}
              error={errors.outcome}
            />
          </div>
        ) : null}
      </div>
      <TextareaField
        id="case-transition-reason"
        label={reopening ? t("cases.transition.reopenReason") : t("cases.transition.reason")}
        required
        rows={2}
        registration={form.register("reason")}
        error={errors.reason}
      />
      <SubmitButton
        label={
          closing
            ? requiresApproval
              ? t("cases.transition.requestClosure")
              : t("cases.transition.close")
            : reopening
              ? t("cases.transition.reopen")
              : t("cases.transition.submit")
        }
        busyLabel={t("common.saving")}
        busy={isSubmitting}
        testId="transition-submit"
      />
    </form>
  );
}
