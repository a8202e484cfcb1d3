import type { Person, PersonSummary } from "@approdo/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { MergeCompare } from "./merge-compare.tsx";
import { fetchPerson, mergePerson, personKeys } from "./people-api.ts";
import { fullName } from "./person-format.ts";
import { PersonPicker } from "./person-picker.tsx";

interface MergeFlowProps {
  survivor: Person;
  onDone: (duplicate: PersonSummary) => void;
}

/** Pick the duplicate, compare both records, confirm: the duplicate is merged into this record. */
export function MergeFlow({ survivor, onDone }: MergeFlowProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const idempotencyKey = useIdempotencyKey();
  const [chosen, setChosen] = useState<PersonSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const duplicate = useQuery({
    queryKey: chosen ? personKeys.detail(chosen.id) : [...personKeys.all, "detail", "none"],
    queryFn: ({ signal }) => fetchPerson(chosen?.id ?? "", signal),
    enabled: chosen !== null,
  });

  const confirm = async () => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      await mergePerson(survivor.id, chosen.id, idempotencyKey.current());
      idempotencyKey.renew();
      await queryClient.invalidateQueries({ queryKey: personKeys.all });
      onDone(chosen);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  if (!chosen) {
    return (
      <>
        <p>{t("people.merge.pickIntro")}</p>
        <PersonPicker
          label={t("people.merge.search")}
          excludeIds={[survivor.id]}
          onChoose={(person) => {
            idempotencyKey.renew();
            setChosen(person);
          }}
          testId="merge-picker"
        />
      </>
    );
  }
  return (
    <div data-testid="merge-confirm">
      <h3 className="h5" dir="auto">
        {t("people.merge.confirmTitle", { duplicate: fullName(chosen), survivor: fullName(survivor) })}
      </h3>
      <p>{t("people.merge.explain")}</p>
      {duplicate.isPending ? <LoadingIndicator /> : null}
      <ApiErrorAlert error={duplicate.error} />
      {duplicate.data ? <MergeCompare survivor={survivor} duplicate={duplicate.data} /> : null}
      <ApiErrorAlert error={error} />
      <div className="d-flex flex-wrap gap-3">
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => void confirm()}
          disabled={busy || !duplicate.data}
          data-testid="merge-submit"
        >
          {busy ? t("people.merge.merging") : t("people.merge.confirm")}
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={() => setChosen(null)}>
          {t("people.merge.chooseAnother")}
        </button>
      </div>
    </div>
  );
}
