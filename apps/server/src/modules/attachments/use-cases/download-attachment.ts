import type { TxContext } from "../../../platform/db/transaction.ts";
import type { AttachmentRow } from "../attachments.repository.ts";
import type { PersonRef } from "./upload-attachment.ts";

/**
 * Records that the caller is about to receive the file's content. It runs in the transaction that
 * checked the caller may see the attachment, before a byte is sent: a download that is not in
 * the audit trail cannot happen.
 */
export function recordDownload(ctx: TxContext, person: PersonRef, row: AttachmentRow): void {
  ctx.audit({
    action: "attachment.downloaded",
    entityType: "attachment",
    entityId: row.id,
    organizationId: person.organizationId,
    details: { personId: person.id, kind: row.kind, sizeBytes: row.sizeBytes },
  });
}
