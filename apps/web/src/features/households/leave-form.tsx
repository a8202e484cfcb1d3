import {
  type HouseholdDetail,
  type HouseholdMember,
  householdLeaveReasonInputSchema,
} from "@approdo/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { SelectField } from "../../app/ui/select-field.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { todayIso } from "../people/person-records-schema.ts";
import {
  type LeaveFormInput,
  type LeaveFormOutput,
  leaveFieldNames,
  leaveFormSchema,
} from "./household-form-schema.ts";
import { householdKeys, leaveHousehold } from "./households-api.ts";
import { memberText } from "./member-name.tsx";

interface LeaveFormProps {
  household: HouseholdDetail;
  member: HouseholdMember;
  onDone: (household: HouseholdDetail) => void;
  onReload: () => void;
}

/** A member leaves on a day, with a reason; if the reference person leaves, another one takes over. */
export function LeaveForm({ household, member, onDone, onReload }: LeaveFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const hidden = t("households.personNotVisible");
  const others = household.members.filter((other) => other.id !== member.id);
  const needsNewReference = member.isReference && others.length > 0;
  const form = useForm<LeaveFormInput, unknown, LeaveFormOutput>({
    resolver: formResolver(leaveFormSchema(household.version, needsNewReference)),
    defaultValues: { leftOn: todayIso(), reason: "", newReferencePersonId: "" },
  });
  const submit = useSubmitHandler(form.setError, leaveFieldNames, async (values: LeaveFormOutput) => {
    const updated = await leaveHousehold(household.id, member.id, values);
    queryClient.setQueryData(householdKeys.detail(household.id), updated);
    await queryClient.invalidateQueries({ queryKey: householdKeys.list() });
    await queryClient.invalidateQueries({ queryKey: ["people"] });
    onDone(updated);
  });
  const { errors, isSubmitting } = form.formState;
  const prefix = `leave-${member.id}`;
  const name = memberText(member, hidden);
  return (
    <form
      onSubmit={form.handleSubmit(submit.onValid)}
      noValidate
      aria-label={`${t("households.leave")}: ${name}`}
      data-testid="leave-form"
    >
      <ApiErrorAlert error={submit.error} onReload={onReload} />
      <TextField
        id={`${prefix}-on`}
        type="date"
        className="mt-0"
        label={t("households.leftOn")}
        required
        registration={form.register("leftOn")}
        error={errors.leftOn}
      />
      <div className="mt-4">
        <SelectField
          id={`${prefix}-reason`}
          label={t("households.leftReason")}
          options={householdLeaveReasonInputSchema.options.map((reason) => ({
            value: reason,
            label: t(`householdLeaveReasons.${reason}`),
          }))}
          registration={form.register("reason")}
          error={errors.reason}
        />
      </div>
      {needsNewReference ? (
        <SelectField
          id={`${prefix}-new-reference`}
          label={t("households.newReference")}
          hint={t("households.newReferenceHint")}
          required
          options={others.map((other) => ({ value: other.personId, label: memberText(other, hidden) }))}
          registration={form.register("newReferencePersonId")}
          error={errors.newReferencePersonId}
        />
      ) : null}
      <SubmitButton label={t("households.leave")} busyLabel={t("common.saving")} busy={isSubmitting} />
    </form>
  );
}
