import { Transform, type TransformCallback } from "node:stream";
import {
  type AttachmentUploadFields,
  attachmentMaxBytes,
  attachmentUploadFieldsSchema,
} from "@approdo/contracts";
import type { Multipart } from "@fastify/multipart";
import { AppError } from "../../../platform/errors/app-error.ts";
import {
  type FileStore,
  StorageError,
  type StoredFile,
  storeEncrypted,
} from "../../../platform/storage/index.ts";
import { type AttachmentContentType, ContentSniffer } from "../content-type.ts";
import { cleanFileName } from "../file-name.ts";

export const ATTACHMENTS_NAMESPACE = "attachments";

export interface ReceivedFile extends StoredFile {
  fileName: string;
  contentType: AttachmentContentType;
}

export interface ReceivedUpload {
  fields: AttachmentUploadFields;
  file: ReceivedFile;
}

function tooLarge(): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", "The file is larger than 20 MB", { maxBytes: attachmentMaxBytes });
}

/**
 * Fails the stream when the upload was cut at the size limit (busboy truncates silently) or
 * carries more than the limit by any other way.
 */
class SizeGuard extends Transform {
  private size = 0;
  private readonly source: { truncated?: boolean };

  constructor(source: { truncated?: boolean }) {
    super();
    this.source = source;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    callback(this.size > attachmentMaxBytes ? tooLarge() : null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    callback(this.source.truncated ? tooLarge() : null);
  }
}

function hasStatus(error: unknown): boolean {
  return typeof (error as { statusCode?: unknown } | null)?.statusCode === "number";
}

/** What the multipart parser reports about the request body itself (cut short, malformed). */
function unreadable(error: unknown): unknown {
  if (error instanceof AppError || error instanceof StorageError || hasStatus(error)) return error;
  return new AppError(
    "BAD_REQUEST",
    "The upload could not be read: it was cut short or is not valid multipart data",
  );
}

/** The parts, with the parser's own failures turned into 400s. */
async function* readParts(parts: AsyncIterable<Multipart>): AsyncGenerator<Multipart> {
  const iterator = parts[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Multipart>;
    try {
      next = await iterator.next();
    } catch (error) {
      throw unreadable(error);
    }
    if (next.done) return;
    yield next.value;
  }
}

function invalid(path: string, message: string, code: string): AppError {
  return new AppError("VALIDATION_FAILED", "Some fields are not valid", {
    issues: [{ path, message, code }],
  });
}

/**
 * Reads a multipart upload: the form fields (in any order, before or after the file) and one file
 * part named `file`, which is sniffed, encrypted and written to the store as it arrives. Any
 * failure after the file was written deletes it again; on success the caller owns the stored file
 * (and must delete it if it cannot record it).
 */
export async function receiveUpload(
  parts: AsyncIterable<Multipart>,
  store: FileStore,
  instanceKey: Buffer,
): Promise<ReceivedUpload> {
  const fields: Record<string, string> = {};
  let file: ReceivedFile | null = null;
  try {
    for await (const part of readParts(parts)) {
      if (part.type === "field") {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      if (part.fieldname !== "file") {
        part.file.resume();
        throw invalid(`body.${part.fieldname}`, "The file goes in the field named file", "unrecognized_keys");
      }
      const sniffer = new ContentSniffer();
      let bodyError: unknown = null;
      part.file.once("error", (error) => {
        bodyError = error;
      });
      const stored = await storeEncrypted(store, instanceKey, ATTACHMENTS_NAMESPACE, part.file, [
        new SizeGuard(part.file),
        sniffer,
      ]).catch((error: unknown) => {
        throw error === bodyError ? unreadable(error) : error;
      });
      const contentType = sniffer.detected ?? "text/plain";
      file = { ...stored, contentType, fileName: cleanFileName(part.filename, contentType) };
    }
    if (!file) throw invalid("body.file", "A file is required", "invalid_type");
    const parsed = attachmentUploadFieldsSchema.safeParse(fields);
    if (!parsed.success) {
      throw new AppError("VALIDATION_FAILED", "Some fields are not valid", {
        issues: parsed.error.issues.map((i) => ({
          path: ["body", ...i.path.map(String)].join("."),
          message: i.message,
          code: i.code,
        })),
      });
    }
    return { fields: parsed.data, file };
  } catch (error) {
    if (file) await store.delete(file.storageKey).catch(() => {});
    if (error instanceof StorageError) {
      throw new AppError("UNAVAILABLE", "The file store cannot be reached; try again later");
    }
    throw error;
  }
}
