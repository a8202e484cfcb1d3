import type { TxContext } from "../../../platform/db/transaction.ts";
import { notFound } from "../../../platform/errors/app-error.ts";
import { type AttachmentRow, markDeleted } from "../attachments.repository.ts";
import type { PersonRef } from "./upload-attachment.ts";

/**
 * Soft delete: the attachment leaves the person's list and can no longer be downloaded, but the
 * row and the encrypted file stay until retention housekeeping removes them by retention class
 * (EU-fund evidence must survive a careless deletion for 5 years after the last payment).
 */
export async function deleteAttachment(ctx: TxContext, person: PersonRef, row: AttachmentRow): Promise<void> {
  if (!(await markDeleted(ctx.tx, row.id))) throw notFound("attachment");
  ctx.audit({
    action: "attachment.deleted",
    entityType: "attachment",
    entityId: row.id,
    organizationId: person.organizationId,
    details: { personId: person.id, kind: row.kind, retentionClass: row.retentionClass },
  });
}
