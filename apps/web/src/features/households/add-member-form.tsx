import type { HouseholdDetail, PersonSummary } from "@approdo/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { Link } from "../../app/router/link.tsx";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { CheckboxField } from "../../app/ui/checkbox-field.tsx";
import { RequiredFieldsNote } from "../../app/ui/required-fields-note.tsx";
import { SelectField } from "../../app/ui/select-field.tsx";
import { SubmitButton } from "../../app/ui/submit-button.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { fullName } from "../people/person-format.ts";
import {
  type AddMemberFormInput,
  type AddMemberFormOutput,
  addMemberFieldNames,
  addMemberFormSchema,
  emptyAddMemberForm,
} from "./household-form-schema.ts";
import { addHouseholdMember, householdKeys, otherHouseholdOf } from "./households-api.ts";
import { relationOptions } from "./relation-options.ts";

interface AddMemberFormProps {
  household: HouseholdDetail;
  person: PersonSummary;
  onDone: (household: HouseholdDetail) => void;
  onCancel: () => void;
  onReload: () => void;
}

/**
 * The chosen person joins the household. If they live in another household now, the server says so
 * (409 PERSON_IN_OTHER_HOUSEHOLD) and the user may move them from there in the same step.
 */
export function AddMemberForm({ household, person, onDone, onCancel, onReload }: AddMemberFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const idempotencyKey = useIdempotencyKey();
  const [pending, setPending] = useState<AddMemberFormOutput | null>(null);
  const [moveError, setMoveError] = useState<unknown>(null);
  const [moving, setMoving] = useState(false);
  const form = useForm<AddMemberFormInput, unknown, AddMemberFormOutput>({
    resolver: formResolver(addMemberFormSchema(person.id, household.version)),
    defaultValues: emptyAddMemberForm,
  });
  const save = async (values: AddMemberFormOutput) => {
    const updated = await addHouseholdMember(household.id, values, idempotencyKey.current());
    idempotencyKey.renew();
    queryClient.setQueryData(householdKeys.detail(household.id), updated);
    await queryClient.invalidateQueries({ queryKey: householdKeys.all });
    await queryClient.invalidateQueries({ queryKey: ["people"] });
    onDone(updated);
  };
  const submit = useSubmitHandler(form.setError, addMemberFieldNames, async (values: AddMemberFormOutput) => {
    setPending(null);
    try {
      await save(values);
    } catch (error) {
      if (otherHouseholdOf(error)) {
        // a different request from now on (moveFromCurrent): a new key
        idempotencyKey.renew();
        setPending(values);
        return;
      }
      throw error;
    }
  });
  const move = async () => {
    if (!pending) return;
    setMoving(true);
    setMoveError(null);
    try {
      await save({ ...pending, moveFromCurrent: true });
    } catch (error) {
      setMoveError(error);
    } finally {
      setMoving(false);
    }
  };
  const { errors, isSubmitting } = form.formState;
  const name = fullName(person);
  if (pending) {
    return (
      <div className="alert alert-warning" role="alert" data-testid="move-member">
        <p>{t("households.inOtherHousehold", { name })}</p>
        <ApiErrorAlert error={moveError} onReload={onReload} />
        <div className="d-flex flex-wrap gap-3 align-items-center">
          <button
            type="button"
            className="btn btn-primary btn-sm"
            onClick={() => void move()}
            disabled={moving}
            data-testid="move-member-confirm"
          >
            {moving ? t("common.saving") : t("households.moveFromCurrent")}
          </button>
          <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onCancel}>
            {t("common.cancel")}
          </button>
          <Link to={`/people/${person.id}`}>{t("households.openPerson", { name })}</Link>
        </div>
      </div>
    );
  }
  return (
    <form onSubmit={form.handleSubmit(submit.onValid)} noValidate data-testid="add-member-form">
      <h3 className="h5" dir="auto">
        {t("households.addingMember", { name })}
      </h3>
      <ApiErrorAlert error={submit.error} onReload={onReload} />
      <RequiredFieldsNote />
      <div className="row mt-3">
        <div className="col-12 col-md-6">
          <SelectField
            id="add-member-relation"
            label={t("households.relation")}
            hint={t("households.relationHint")}
            required
            options={relationOptions(t)}
            registration={form.register("relation")}
            error={errors.relation}
          />
        </div>
        <div className="col-12 col-md-6">
          <TextField
            id="add-member-joined"
            type="date"
            className="mt-0"
            label={t("households.joinedOn")}
            hint={t("households.joinedOnHint")}
            registration={form.register("joinedOn")}
            error={errors.joinedOn}
          />
        </div>
      </div>
      <CheckboxField
        id="add-member-reference"
        label={t("households.makeReference")}
        registration={form.register("isReference")}
        error={errors.isReference}
      />
      <div className="d-flex flex-wrap gap-3 mt-3">
        <SubmitButton
          label={t("households.addMember")}
          busyLabel={t("common.saving")}
          busy={isSubmitting}
          testId="add-member-submit"
        />
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
