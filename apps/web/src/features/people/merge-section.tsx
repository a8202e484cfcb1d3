import type { Person, PersonMerge } from "@approdo/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "../../app/router/link.tsx";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { formatDateTime } from "../../app/ui/format-date.ts";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { StatusMessage } from "../../app/ui/status-message.tsx";
import { MergeFlow } from "./merge-flow.tsx";
import { fetchMerges, personKeys, undoMerge } from "./people-api.ts";
import { fullName } from "./person-format.ts";
import { focusSection, PersonSection } from "./person-section.tsx";
import { TogglePanel } from "./toggle-panel.tsx";

interface MergeSectionProps {
  person: Person;
  readOnly: boolean;
  canMerge: boolean;
  canUndo: boolean;
}

/** Merging a duplicate into this record, and the merges made so far (undoable by a coordinator). */
export function MergeSection({ person, readOnly, canMerge, canUndo }: MergeSectionProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const [undoError, setUndoError] = useState<unknown>(null);
  const [undoing, setUndoing] = useState<string | null>(null);
  const merges = useQuery({
    queryKey: personKeys.merges(person.id),
    queryFn: ({ signal }) => fetchMerges(person.id, signal),
  });
  const undo = async (merge: PersonMerge) => {
    setUndoing(merge.id);
    setUndoError(null);
    try {
      await undoMerge(merge.id);
      await queryClient.invalidateQueries({ queryKey: personKeys.all });
      setStatus(t("people.merge.undone"));
      focusSection("person-merges");
    } catch (caught) {
      setUndoError(caught);
    } finally {
      setUndoing(null);
    }
  };
  const items = merges.data ?? [];
  return (
    <PersonSection id="person-merges" title={t("people.merge.title")}>
      <StatusMessage>{status}</StatusMessage>
      <ApiErrorAlert error={undoError} />
      {merges.isPending ? <LoadingIndicator /> : null}
      {merges.isError ? <ApiErrorAlert error={merges.error} /> : null}
      {merges.data && items.length === 0 ? <p>{t("people.merge.none")}</p> : null}
      {items.length > 0 ? (
        <div className="table-responsive">
          <table className="table table-sm caption-top" data-testid="merges-table">
            <caption>{t("people.merge.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("people.merge.mergedAt")}</th>
                <th scope="col">{t("people.merge.what")}</th>
                <th scope="col">{t("common.status")}</th>
                {canUndo ? <th scope="col">{t("common.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {items.map((merge) => {
                const intoThis = merge.survivorId === person.id;
                const duplicateName = merge.duplicate
                  ? fullName(merge.duplicate)
                  : t("people.merge.hiddenRecord");
                return (
                  <tr key={merge.id}>
                    <th scope="row">{formatDateTime(merge.mergedAt, i18n.language)}</th>
                    <td>
                      {intoThis ? (
                        <>
                          {t("people.merge.mergedIntoThis")}{" "}
                          <Link to={`/people/${merge.duplicateId}`} dir="auto">
                            {duplicateName}
                          </Link>
                        </>
                      ) : (
                        <>
                          {t("people.merge.thisMergedInto")}{" "}
                          <Link to={`/people/${merge.survivorId}`}>{t("people.merge.survivingRecord")}</Link>
                        </>
                      )}
                    </td>
                    <td>
                      {merge.undoneAt
                        ? t("people.merge.undoneAt", { date: formatDateTime(merge.undoneAt, i18n.language) })
                        : t("people.merge.inEffect")}
                    </td>
                    {canUndo ? (
                      <td>
                        {merge.undoneAt ? null : (
                          <button
                            type="button"
                            className="btn btn-outline-danger btn-sm"
                            disabled={undoing !== null}
                            onClick={() => void undo(merge)}
                            data-testid="merge-undo"
                          >
                            {undoing === merge.id ? t("people.merge.undoing") : t("people.merge.undo")}
                            <span className="visually-hidden"> {duplicateName}</span>
                          </button>
                        )}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {canMerge && !readOnly ? (
        <TogglePanel label={t("people.merge.start")} testId="merge-start">
          {(close) => (
            <MergeFlow
              survivor={person}
              onDone={(duplicate) => {
                setStatus(t("people.merge.done", { name: fullName(duplicate) }));
                close();
              }}
            />
          )}
        </TogglePanel>
      ) : null}
    </PersonSection>
  );
}
