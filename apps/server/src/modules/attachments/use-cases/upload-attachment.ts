import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { type AttachmentRow, insertAttachment } from "../attachments.repository.ts";
import type { ReceivedUpload } from "./receive-upload.ts";

/** A person the caller may see, with their data controller. */
export interface PersonRef {
  id: string;
  organizationId: string;
}

/**
 * Records an uploaded file (already encrypted in the store) as the person's attachment, owned by
 * the uploader's organisation, with its audit event in the same transaction.
 */
export async function recordAttachment(
  ctx: TxContext,
  person: PersonRef,
  upload: ReceivedUpload,
): Promise<AttachmentRow> {
  const { file, fields } = upload;
  const organizationId = ctx.actor.organizationId;
  if (!organizationId) throw new Error("an attachment needs the uploader's organisation");
  const row = await insertAttachment(ctx.tx, {
    id: newId(),
    organizationId,
    personId: person.id,
    kind: fields.kind,
    retentionClass: fields.retentionClass,
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    storageKey: file.storageKey,
    wrappedKey: file.wrappedKey,
    createdBy: ctx.actor.userId,
    // Millisecond precision, like the list's cursor (JavaScript dates): no row is skipped or repeated.
    createdAt: new Date(),
  });
  ctx.audit({
    action: "attachment.uploaded",
    entityType: "attachment",
    entityId: row.id,
    organizationId: person.organizationId,
    details: {
      personId: person.id,
      kind: row.kind,
      retentionClass: row.retentionClass,
      contentType: row.contentType,
      sizeBytes: row.sizeBytes,
    },
  });
  return row;
}
