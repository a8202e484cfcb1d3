import type { CaseNoteCreate } from "@approdo/contracts";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { type CaseAccess, touchCaseActivity } from "../../cases/index.ts";
import { canCorrectNote, confidentialityRefusal } from "../case-notes.policy.ts";
import {
  findAttachmentFor,
  findNote,
  insertNote,
  linkAttachmentToCase,
  type NoteRow,
} from "../case-notes.repository.ts";

const refusalMessages = {
  case_manager: "Only the case manager writes notes reserved to the case manager",
  special_category_role_on_team:
    "Special-category notes are written by a special-category role (case manager, psychologist, legal advisor) on the case's team, in the case's organisation",
} as const;

/**
 * Adds a note to a case (the caller has checked canWriteNotes). Append-only: a correction is a new
 * note pointing at the one it corrects, with the same confidentiality, by its author or the case
 * manager. An attachment must be one the caller may see, of one of the case's subject people (or
 * already filed on the case); it is then filed on the case too.
 */
export async function addNote(ctx: TxContext, access: CaseAccess, input: CaseNoteCreate): Promise<NoteRow> {
  const caseId = access.case.id;
  const refusal = confidentialityRefusal(access, input.confidentiality);
  if (refusal) {
    throw new AppError("NOTE_CONFIDENTIALITY_NOT_ALLOWED", refusalMessages[refusal], {
      field: "body.confidentiality",
      required: refusal,
    });
  }
  if (input.correctsId) {
    const corrected = await findNote(ctx.tx, caseId, input.correctsId);
    if (!corrected || !canCorrectNote(ctx.actor, access, corrected)) {
      throw new AppError(
        "UNPROCESSABLE",
        "The note to correct is not one of this case's notes you may correct",
        {
          field: "body.correctsId",
        },
      );
    }
    if (corrected.confidentiality !== input.confidentiality) {
      throw new AppError("UNPROCESSABLE", "A correction keeps the confidentiality of the note it corrects", {
        field: "body.confidentiality",
        expected: corrected.confidentiality,
      });
    }
  }
  if (input.attachmentId) {
    const attachment = await findAttachmentFor(ctx.tx, input.attachmentId, caseId);
    const usable =
      attachment &&
      !attachment.deleted &&
      (attachment.caseId === caseId || (attachment.caseId === null && attachment.ofSubject));
    if (!usable) {
      throw new AppError(
        "ATTACHMENT_NOT_USABLE",
        "The attachment is not a document of this case's people that you may see",
        { field: "body.attachmentId" },
      );
    }
    if (attachment.caseId === null) await linkAttachmentToCase(ctx.tx, input.attachmentId, caseId);
  }
  const row: NoteRow = {
    id: input.id ?? newId(),
    caseId,
    confidentiality: input.confidentiality,
    body: input.body,
    correctsId: input.correctsId ?? null,
    attachmentId: input.attachmentId ?? null,
    authorId: ctx.actor.userId,
    authorOrganizationId: ctx.actor.organizationId,
    // Millisecond precision, as the keyset cursor carries it.
    createdAt: new Date(),
  };
  await insertNote(ctx.tx, row);
  await touchCaseActivity(ctx.tx, caseId);
  ctx.audit({
    action: "case_note.created",
    entityType: "case",
    entityId: caseId,
    organizationId: access.case.organizationId,
    details: {
      noteId: row.id,
      confidentiality: row.confidentiality,
      correctsId: row.correctsId,
      attachmentId: row.attachmentId,
    },
  });
  return row;
}
