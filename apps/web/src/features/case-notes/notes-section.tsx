import type { CaseNote, NoteConfidentiality } from "@approdo/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePagedList } from "../../app/api/use-paged-list.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { formatDateTime } from "../../app/ui/format-date.ts";
import { LoadMore } from "../../app/ui/load-more.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { useSession } from "../auth/use-session.ts";
import { caseFacts } from "../case-assessments/case-record.ts";
import type { CaseSectionProps } from "../cases/case-section.tsx";
import { TogglePanel } from "../people/toggle-panel.tsx";
import { NoteForm } from "./note-form.tsx";
import { allowedConfidentialities } from "./note-form-schema.ts";
import { noteKeys, notesPath } from "./notes-api.ts";

const badgeClass: Record<NoteConfidentiality, string> = {
  team: "bg-secondary",
  case_manager: "bg-primary",
  special_category: "bg-danger",
};

/**
 * Case notes, append-only and newest first, each with its confidentiality; a mistake is put right
 * with a correction note ("correggi"), and the corrected note stays, marked as corrected.
 */
export function NotesSection({ caseRecord, onStatus }: CaseSectionProps) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const queryClient = useQueryClient();
  const facts = caseFacts(caseRecord, me.user.id);
  const caseId = facts.id;
  const levels = allowedConfidentialities(facts);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const list = usePagedList<CaseNote>(noteKeys.case(caseId), notesPath(caseId));
  const canWrite = facts.canWrite;
  const byId = new Map(list.items.map((note) => [note.id, note]));
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: noteKeys.case(caseId) });
    await queryClient.invalidateQueries({ queryKey: ["cases"] });
  };
  return (
    <>
      {canWrite ? (
        <TogglePanel label={t("caseNotes.new")} testId="note-new">
          {(close) => (
            <NoteForm
              caseId={caseId}
              levels={levels}
              onDone={async () => {
                await refresh();
                onStatus(t("caseNotes.added"));
                close();
              }}
            />
          )}
        </TogglePanel>
      ) : null}
      <ApiErrorAlert error={list.error} />
      {list.isPending ? <LoadingIndicator /> : null}
      {!list.isPending && list.items.length === 0 ? <p>{t("caseNotes.none")}</p> : null}
      <ol className="list-unstyled" data-testid="notes-list" aria-label={t("caseNotes.listLabel")}>
        {list.items.map((note) => {
          const corrected = note.correctedById !== null;
          const original = note.correctsId ? byId.get(note.correctsId) : undefined;
          return (
            <li key={note.id} id={`note-${note.id}`} className="mb-3">
              <article
                className={`border rounded p-3${corrected ? " border-warning text-muted" : ""}`}
                aria-labelledby={`note-${note.id}-meta`}
                data-testid="note-item"
              >
                <p id={`note-${note.id}-meta`} className="small mb-2">
                  <span className={`badge ${badgeClass[note.confidentiality]} me-2`}>
                    {t(`caseNotes.levels.${note.confidentiality}`)}
                  </span>{" "}
                  {formatDateTime(note.createdAt, i18n.language)}
                  {" · "}
                  {note.authorName ?? t("caseNotes.authorHidden")}
                  {corrected ? (
                    <>
                      {" "}
                      <span className="badge bg-warning text-dark ms-2">{t("caseNotes.corrected")}</span>
                    </>
                  ) : null}
                  {note.correctsId ? (
                    <>
                      {" "}
                      <span className="badge bg-info text-dark ms-2">{t("caseNotes.correction")}</span>
                    </>
                  ) : null}
                </p>
                <p className="mb-2" dir="auto" style={{ whiteSpace: "pre-wrap" }}>
                  {corrected ? <s>{note.body}</s> : note.body}
                </p>
                {corrected && note.correctedById ? (
                  <p className="small mb-2">
                    <a href={`#note-${note.correctedById}`}>{t("caseNotes.seeCorrection")}</a>
                  </p>
                ) : null}
                {note.correctsId ? (
                  <p className="small mb-2">
                    {original ? (
                      <a href={`#note-${note.correctsId}`}>
                        {t("caseNotes.correctsNoteOf", {
                          date: formatDateTime(original.createdAt, i18n.language),
                        })}
                      </a>
                    ) : (
                      t("caseNotes.correctsNote")
                    )}
                  </p>
                ) : null}
                {canWrite && !corrected ? (
                  <button
                    type="button"
                    className="btn btn-outline-primary btn-sm"
                    aria-expanded={correcting === note.id}
                    onClick={() => setCorrecting(correcting === note.id ? null : note.id)}
                    data-testid="note-correct"
                  >
                    {t("caseNotes.correct")}
                    <span className="visually-hidden">
                      {" "}
                      {t("caseNotes.noteOf", { date: formatDateTime(note.createdAt, i18n.language) })}
                    </span>
                  </button>
                ) : null}
                {correcting === note.id ? (
                  <div className="mt-3">
                    <NoteForm
                      caseId={caseId}
                      levels={levels}
                      corrects={note}
                      onDone={async () => {
                        setCorrecting(null);
                        await refresh();
                        onStatus(t("caseNotes.correctedStatus"));
                      }}
                    />
                  </div>
                ) : null}
              </article>
            </li>
          );
        })}
      </ol>
      <LoadMore
        shown={list.items.length}
        hasMore={list.hasMore}
        isLoading={list.isLoadingMore}
        onLoadMore={list.loadMore}
      />
    </>
  );
}
