import type { Attachment } from "@approdo/contracts";
import type { AttachmentRow } from "./attachments.repository.ts";

export function presentAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    personId: row.personId ?? "",
    kind: row.kind as Attachment["kind"],
    retentionClass: row.retentionClass as Attachment["retentionClass"],
    fileName: row.fileName,
    contentType: row.contentType as Attachment["contentType"],
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}
