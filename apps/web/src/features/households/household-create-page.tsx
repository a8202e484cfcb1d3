import type { PersonSummary } from "@approdo/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { useSubmitHandler } from "../../app/forms/use-submit-handler.ts";
import { useNavigate, useRouter } from "../../app/router/use-router.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { BackLink } from "../../app/ui/back-link.tsx";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { RequiredFieldsNote } from "../../app/ui/required-fields-note.tsx";
import { TextField } from "../../app/ui/text-field.tsx";
import { fetchPerson, personKeys } from "../people/people-api.ts";
import { birthLabel, fullName } from "../people/person-format.ts";
import { PersonPicker } from "../people/person-picker.tsx";
import { useCountries } from "../reference/use-countries.ts";
import {
  emptyHouseholdForm,
  type HouseholdFormInput,
  type HouseholdFormOutput,
  householdFieldNames,
  householdFormSchema,
  householdResolverOptions,
} from "./household-form-schema.ts";
import { createHousehold, householdKeys } from "./households-api.ts";
import { InlinePersonRegistration } from "./inline-person-registration.tsx";
import { MemberRowsFieldset } from "./member-rows-fieldset.tsx";

/**
 * A new household: a label and its members, found among the people already registered or
 * registered here (with the duplicate search), one of them the reference person.
 */
export function HouseholdCreatePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { location } = useRouter();
  const queryClient = useQueryClient();
  const idempotencyKey = useIdempotencyKey();
  const { countryName } = useCountries();
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const form = useForm<HouseholdFormInput, unknown, HouseholdFormOutput>({
    resolver: formResolver(householdFormSchema, householdResolverOptions),
    defaultValues: emptyHouseholdForm,
  });
  const members = useFieldArray({ control: form.control, name: "members" });

  const addMember = (person: PersonSummary, announce: boolean) => {
    if (form.getValues("members").some((member) => member.personId === person.id)) {
      setNotice(t("households.alreadyListed", { name: fullName(person) }));
      return;
    }
    const first = form.getValues("members").length === 0;
    members.append({
      personId: person.id,
      display: `${fullName(person)} — ${birthLabel(person, i18n.language)}, ${countryName(person.citizenship)}`,
      relation: first ? "reference_person" : "",
      joinedOn: "",
    });
    if (first) form.setValue("reference", person.id);
    if (announce) {
      setNotice(t("households.memberAdded", { name: fullName(person) }));
      window.setTimeout(() => noticeRef.current?.focus(), 0);
    }
  };

  // "Create a household with this person", from a person's page
  const startWith = new URLSearchParams(location.search).get("person");
  const starting = useQuery({
    queryKey: personKeys.detail(startWith ?? ""),
    queryFn: ({ signal }) => fetchPerson(startWith ?? "", signal),
    enabled: Boolean(startWith),
  });
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !starting.data) return;
    started.current = true;
    addMember(starting.data, false);
    if (!form.getValues("label"))
      form.setValue("label", t("households.defaultLabel", { name: starting.data.familyName }));
  });

  const submit = useSubmitHandler(form.setError, householdFieldNames, async (values: HouseholdFormOutput) => {
    const created = await createHousehold(values, idempotencyKey.current());
    idempotencyKey.renew();
    queryClient.setQueryData(householdKeys.detail(created.id), created);
    await queryClient.invalidateQueries({ queryKey: householdKeys.list() });
    await queryClient.invalidateQueries({ queryKey: personKeys.all });
    navigate(`/households/${created.id}`, { flash: t("households.created") });
  });
  const { errors, isSubmitting } = form.formState;
  const listedIds = members.fields.map((field) => field.personId);

  return (
    <>
      <PageHeader title={t("households.createTitle")} />
      <BackLink to="/households" />
      <ApiErrorAlert error={starting.error} />
      <form
        id="household-form"
        onSubmit={form.handleSubmit(submit.onValid)}
        noValidate
        data-testid="household-form"
      >
        <ApiErrorAlert error={submit.error} />
        <RequiredFieldsNote />
        <TextField
          id="household-label"
          label={t("households.label")}
          hint={t("households.labelHint")}
          required
          registration={form.register("label")}
          error={errors.label}
        />
        <div className="mt-4">
          <MemberRowsFieldset form={form} members={members} />
        </div>
      </form>
      <section
        aria-labelledby="household-add-title"
        className="form-fieldset"
        data-testid="household-add-member"
      >
        <h2 id="household-add-title" className="h5">
          {t("households.addMember")}
        </h2>
        <p ref={noticeRef} tabIndex={-1} className="small" aria-live="polite">
          {notice}
        </p>
        <PersonPicker
          label={t("households.searchPerson")}
          excludeIds={listedIds}
          onChoose={(person) => addMember(person, true)}
          testId="household-person-picker"
        />
        <InlinePersonRegistration onPerson={(person) => addMember(person, true)} />
      </section>
      <div className="mt-4">
        <button
          type="submit"
          form="household-form"
          className="btn btn-primary"
          disabled={isSubmitting}
          data-testid="household-submit"
        >
          {isSubmitting ? t("common.creating") : t("households.create")}
        </button>
      </div>
    </>
  );
}
