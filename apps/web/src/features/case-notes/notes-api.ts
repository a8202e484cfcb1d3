import type { CaseNote, CaseNoteCreate } from "@approdo/contracts";
import { apiCreate } from "../../app/api/api-client.ts";

export const notesPath = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}/notes`;

export const noteKeys = {
  all: ["case-notes"] as const,
  case: (caseId: string) => [...noteKeys.all, caseId] as const,
};

/** Notes are append-only: a correction is a new note with `correctsId`. */
export function createNote(caseId: string, body: CaseNoteCreate, idempotencyKey: string): Promise<CaseNote> {
  return apiCreate<CaseNote>(notesPath(caseId), body, idempotencyKey);
}
