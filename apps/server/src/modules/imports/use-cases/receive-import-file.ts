import { Transform, type TransformCallback } from "node:stream";
import { importMaxBytes } from "@approdo/contracts";
import type { Multipart } from "@fastify/multipart";
import { AppError } from "../../../platform/errors/app-error.ts";
import {
  type FileStore,
  StorageError,
  type StoredFile,
  storeEncrypted,
} from "../../../platform/storage/index.ts";
import { detectFormat, type SheetFormat } from "../spreadsheet/sheet-reader.ts";

export const IMPORTS_NAMESPACE = "imports";

export interface ReceivedImportFile extends StoredFile {
  fileName: string;
  format: SheetFormat;
}

export interface ReceivedImport {
  file: ReceivedImportFile;
  /** The multipart field `mapping`, as sent (JSON text), if any. */
  mappingText: string | null;
}

function tooLarge(): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", "The file is larger than 20 MB", { maxBytes: importMaxBytes });
}

function invalid(path: string, message: string, code: string): AppError {
  return new AppError("VALIDATION_FAILED", message, { issues: [{ path, message, code }] });
}

/**
 * Recognises the format from the first bytes (an XLSX is a zip archive; an old .xls is refused;
 * anything else is read as CSV text and checked as UTF-8 later) and enforces the size limit
 * (busboy truncates silently at its own limit).
 */
class ImportFileGuard extends Transform {
  format: SheetFormat | null = null;
  private size = 0;
  private head = Buffer.alloc(0);
  private readonly source: { truncated?: boolean };

  constructor(source: { truncated?: boolean }) {
    super();
    this.source = source;
  }

  private decide(): void {
    const format = detectFormat(this.head);
    if (format === null) {
      throw invalid("body.file", "The file is empty", "too_small");
    }
    if (format === "xls") {
      throw new AppError(
        "UNSUPPORTED_MEDIA_TYPE",
        "Old Excel files (.xls) are not supported: save the sheet as .xlsx or as CSV UTF-8",
      );
    }
    this.format = format;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > importMaxBytes) {
      callback(tooLarge());
      return;
    }
    try {
      if (this.format === null) {
        this.head = Buffer.concat([this.head, chunk]);
        if (this.head.length >= 8) this.decide();
      }
      callback(null, chunk);
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    if (this.source.truncated) {
      callback(tooLarge());
      return;
    }
    try {
      if (this.format === null) this.decide();
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }
}

function hasStatus(error: unknown): boolean {
  return typeof (error as { statusCode?: unknown } | null)?.statusCode === "number";
}

function unreadable(error: unknown): unknown {
  if (error instanceof AppError || error instanceof StorageError || hasStatus(error)) return error;
  return new AppError(
    "BAD_REQUEST",
    "The upload could not be read: it was cut short or is not valid multipart data",
  );
}

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

/** The file's name as shown back to the user: no folders, no control characters, at most 200 characters. */
export function importFileName(raw: string | undefined, format: SheetFormat): string {
  const cleaned = (raw ?? "")
    .normalize("NFC")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "");
  const base = cleaned.split(/[/\\]/).pop()?.trim() ?? "";
  return [...(base || `import.${format}`)].slice(0, 200).join("");
}

/**
 * Reads the multipart upload of an import: the field `mapping` (optional) and one file part named
 * `file`, encrypted into the store as it arrives. On any failure after the file was written it is
 * deleted again; on success the caller owns the stored file.
 */
export async function receiveImportFile(
  parts: AsyncIterable<Multipart>,
  store: FileStore,
  instanceKey: Buffer,
): Promise<ReceivedImport> {
  let mappingText: string | null = null;
  let file: ReceivedImportFile | null = null;
  try {
    for await (const part of readParts(parts)) {
      if (part.type === "field") {
        if (part.fieldname === "mapping") mappingText = String(part.value);
        continue;
      }
      if (part.fieldname !== "file" || file) {
        part.file.resume();
        throw invalid(
          `body.${part.fieldname}`,
          "Send one file, in the field named file",
          "unrecognized_keys",
        );
      }
      const guard = new ImportFileGuard(part.file);
      let bodyError: unknown = null;
      part.file.once("error", (error) => {
        bodyError = error;
      });
      const stored = await storeEncrypted(store, instanceKey, IMPORTS_NAMESPACE, part.file, [guard]).catch(
        (error: unknown) => {
          throw error === bodyError ? unreadable(error) : error;
        },
      );
      const format = guard.format ?? "csv";
      file = { ...stored, format, fileName: importFileName(part.filename, format) };
    }
    if (!file) throw invalid("body.file", "A file is required", "invalid_type");
    return { file, mappingText };
  } catch (error) {
    if (file) await store.delete(file.storageKey).catch(() => {});
    if (error instanceof StorageError) {
      throw new AppError("UNAVAILABLE", "The file store cannot be reached; try again later");
    }
    throw error;
  }
}
