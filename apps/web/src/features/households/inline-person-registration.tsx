import type { PersonCreate, PersonSummary } from "@approdo/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { createPerson, personKeys } from "../people/people-api.ts";
import { PersonForm } from "../people/person-form.tsx";
import { emptyPersonForm, personCreateFormSchema } from "../people/person-form-schema.ts";

interface InlinePersonRegistrationProps {
  /** A person just registered, or one already registered that the duplicate search suggested. */
  onPerson: (person: PersonSummary, registered: boolean) => void;
}

/**
 * "Register a new person" without leaving the page: the full registration form (with the search for
 * people already registered) in a panel; the result comes back to the caller.
 */
export function InlinePersonRegistration({ onPerson }: InlinePersonRegistrationProps) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const idempotencyKey = useIdempotencyKey();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const submit = async (values: PersonCreate) => {
    const created = await createPerson(values, idempotencyKey.current());
    idempotencyKey.renew();
    queryClient.setQueryData(personKeys.detail(created.id), created);
    await queryClient.invalidateQueries({ queryKey: personKeys.list() });
    await queryClient.invalidateQueries({ queryKey: [...personKeys.all, "matches"] });
    setOpen(false);
    onPerson(created, true);
  };
  return (
    <div className="mb-3">
      <button
        ref={button}
        type="button"
        className="btn btn-outline-primary btn-sm"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
        data-testid="inline-person-toggle"
      >
        {t("households.registerPerson")}
      </button>
      <div id={id} hidden={!open} className="mt-3 p-3 border rounded" data-testid="inline-person">
        {open ? (
          <>
            <h3 className="h5">{t("households.registerPersonTitle")}</h3>
            <PersonForm
              mode="create"
              schema={personCreateFormSchema}
              defaultValues={emptyPersonForm}
              onSubmit={submit}
              onUseExisting={(candidate) => {
                setOpen(false);
                onPerson(candidate.person, false);
              }}
              onCancel={close}
              submitLabel={t("households.registerAndAdd")}
            />
          </>
        ) : null}
      </div>
    </div>
  );
}
