import type { Attachment, AttachmentUploadFields } from "@approdo/contracts";
import { apiGet, apiUpload } from "../../app/api/api-client.ts";
import type { Page } from "../../app/api/page.ts";
import { personPath } from "./people-api.ts";

export const attachmentKeys = {
  list: (personId: string) => ["people", "attachments", personId] as const,
};

const attachmentsPath = (personId: string) => `${personPath(personId)}/attachments`;

/** The document itself: a plain link (the session cookie authorises it), served as a download. */
export function attachmentDownloadUrl(id: string): string {
  return `/api/v1/attachments/${encodeURIComponent(id)}/download`;
}

const maxPages = 20;

/** Every document of a person, newest first, following the cursor. */
export async function fetchAttachments(personId: string, signal?: AbortSignal): Promise<Attachment[]> {
  const all: Attachment[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page += 1) {
    const result: Page<Attachment> = await apiGet<Page<Attachment>>(
      attachmentsPath(personId),
      { limit: 200, cursor },
      signal,
    );
    all.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return all;
}

/** Fields first, then the file (the server accepts either order). */
export function uploadAttachment(
  personId: string,
  fields: AttachmentUploadFields,
  file: File,
  idempotencyKey: string,
): Promise<Attachment> {
  const body = new FormData();
  body.set("kind", fields.kind);
  body.set("retentionClass", fields.retentionClass);
  body.set("file", file, file.name);
  return apiUpload<Attachment>(attachmentsPath(personId), body, idempotencyKey);
}
