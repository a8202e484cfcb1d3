import type { CaseNote, NoteConfidentiality } from "@approdo/contracts";
import type { NoteRow } from "./case-notes.repository.ts";

export function presentNote(row: NoteRow, authorName: string | null, correctedById: string | null): CaseNote {
  return {
    id: row.id,
    caseId: row.caseId,
    // Written only through the contract's enum (and the table's policy rejects anything else).
    confidentiality: row.confidentiality as NoteConfidentiality,
    body: row.body,
    correctsId: row.correctsId,
    correctedById,
    attachmentId: row.attachmentId,
    authorId: row.authorId,
    authorName,
    authorOrganizationId: row.authorOrganizationId,
    createdAt: row.createdAt.toISOString(),
  };
}
