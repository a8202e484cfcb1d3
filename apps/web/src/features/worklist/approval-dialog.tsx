import { useQueryClient } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { FieldErrorText } from "../../app/ui/field-error-text.tsx";
import { looseT } from "../../app/ui/loose-t.ts";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextareaField } from "../../app/ui/textarea-field.tsx";
import {
  type DecisionFormInput,
  type DecisionFormOutput,
  decisionFieldNames,
  decisionFormSchema,
} from "../cases/case-form-schemas.ts";
import type { Approval } from "../cases/case-types.ts";
import { caseKeys, decideApproval } from "../cases/cases-api.ts";
import { ModalDialog } from "../cases/modal-dialog.tsx";

interface ApprovalDialogProps {
  approval: Approval | null;
  initialDecision: "approved" | "rejected";
  onClose: () => void;
  onDone: (message: string) => void;
}

/** A coordinator approves or rejects a closure (or a plan version); a rejection needs a note. */
export function ApprovalDialog({ approval, initialDecision, onClose, onDone }: ApprovalDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      open={approval !== null}
      title={t("worklist.decisionTitle", { reference: approval?.caseReference ?? "" })}
      onClose={onClose}
      testId="approval-dialog"
    >
      {approval ? (
        <DecisionForm
          approval={approval}
          initialDecision={initialDecision}
          onClose={onClose}
          onDone={onDone}
        />
      ) : null}
    </ModalDialog>
  );
}

function DecisionForm({
  approval,
  initialDecision,
  onClose,
  onDone,
}: Omit<ApprovalDialogProps, "approval"> & { approval: Approval }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<DecisionFormInput, unknown, DecisionFormOutput>({
    resolver: formResolver(decisionFormSchema),
    defaultValues: { decision: initialDecision, note: "" },
  });
  const decision = useWatch({ control: form.control, name: "decision" });
  const submit = useSubmitHandler(form.setError, decisionFieldNames, async (values: DecisionFormOutput) => {
    await decideApproval(approval.id, values);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: caseKeys.worklist() }),
      queryClient.invalidateQueries({ queryKey: caseKeys.detail(approval.caseId) }),
      queryClient.invalidateQueries({ queryKey: caseKeys.timeline(approval.caseId) }),
      queryClient.invalidateQueries({ queryKey: caseKeys.list() }),
    ]);
    onDone(
      values.decision === "approved"
        ? t("worklist.approved", { reference: approval.caseReference ?? "" })
        : t("worklist.rejected", { reference: approval.caseReference ?? "" }),
    );
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={form.handleSubmit(submit.onValid)} noValidate data-testid="approval-form">
      <ApiErrorAlert error={submit.error} />
      <p>{approvalDescription(approval, t)}</p>
      <fieldset className="mb-3" aria-describedby={errors.decision ? "approval-decision-error" : undefined}>
        <legend className="h6">{t("worklist.decision")}</legend>
        {(["approved", "rejected"] as const).map((value) => (
          <div className="form-check" key={value}>
            <input
              id={`approval-decision-${value}`}
              type="radio"
              value={value}
              {...form.register("decision")}
            />
            <label htmlFor={`approval-decision-${value}`}>{t(`worklist.decisions.${value}`)}</label>
          </div>
        ))}
        <FieldErrorText id="approval-decision-error" error={errors.decision} />
      </fieldset>
      <TextareaField
        id="approval-note"
        label={t("worklist.note")}
        hint={decision === "rejected" ? t("worklist.noteRequiredHint") : t("worklist.noteOptionalHint")}
        required={decision === "rejected"}
        rows={3}
        registration={form.register("note")}
        error={errors.note}
      />
      <div className="d-flex flex-wrap gap-2">
        <SubmitButton
          label={decision === "rejected" ? t("worklist.confirmReject") : t("worklist.confirmApprove")}
          busyLabel={t("common.saving")}
          busy={isSubmitting}
          testId="approval-submit"
        />
        <button type="button" className="btn btn-outline-secondary" onClick={onClose}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

/** "Chiusura richiesta: esito Autonomia raggiunta" — what is to be approved. */
export function approvalDescription(approval: Approval, t: TFunction): string {
  const payload = (
    typeof approval.payload === "object" && approval.payload !== null ? approval.payload : {}
  ) as Record<string, unknown>;
  if (approval.kind === "closure") {
    const outcome = typeof payload.outcome === "string" ? payload.outcome : null;
    const reason = typeof payload.reason === "string" ? payload.reason : "";
    const outcomeLabel = outcome ? looseT(t)(`closureOutcomes.${outcome}`, { defaultValue: outcome }) : "—";
    return looseT(t)("worklist.closureRequest", { outcome: outcomeLabel, reason: reason || "—" });
  }
  return looseT(t)("worklist.planVersionRequest");
}
