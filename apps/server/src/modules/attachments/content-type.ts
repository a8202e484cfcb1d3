import { Transform, type TransformCallback } from "node:stream";
import type { attachmentContentTypes } from "@approdo/contracts";
import { AppError } from "../../platform/errors/app-error.ts";

export type AttachmentContentType = (typeof attachmentContentTypes)[number];

/** Enough of the start of a file to recognise it (and to judge whether it reads as text). */
export const SNIFF_BYTES = 4096;

const startsWith = (head: Buffer, bytes: readonly number[], at = 0) =>
  head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b);
const ascii = (head: Buffer, from: number, to: number) => head.subarray(from, to).toString("latin1");

const heicBrands = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs"]);

/** ISO-BMFF `ftyp` box of an HEIC/HEIF image from a phone camera (not AVIF, not video). */
function isHeic(head: Buffer): boolean {
  if (head.length < 16 || ascii(head, 4, 8) !== "ftyp") return false;
  const major = ascii(head, 8, 12);
  if (heicBrands.has(major)) return true;
  if (major !== "mif1" && major !== "msf1") return false;
  const boxEnd = Math.min(head.readUInt32BE(0), head.length);
  for (let at = 16; at + 4 <= boxEnd; at += 4) if (heicBrands.has(ascii(head, at, at + 4))) return true;
  return false;
}

/** Drops a multi-byte UTF-8 sequence cut at the end of the sample. */
function withoutCutSequence(head: Buffer): Buffer {
  for (let back = 1; back <= Math.min(4, head.length); back++) {
    const byte = head[head.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? head.subarray(0, head.length - back) : head;
  }
  return head;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** UTF-8 without control characters other than tab, line feed, form feed and carriage return. */
function isPlainText(head: Buffer, complete: boolean): boolean {
  const sample = complete ? head : withoutCutSequence(head);
  let text: string;
  try {
    text = utf8.decode(sample);
  } catch {
    return false;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/**
 * The type of a file from its first bytes; null when it is none of the accepted ones. The
 * Content-Type and the file name sent by the client are never trusted.
 */
export function sniffContentType(head: Buffer, complete: boolean): AttachmentContentType | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf"; // %PDF-
  if (startsWith(head, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (head.length >= 12 && ascii(head, 0, 4) === "RIFF" && ascii(head, 8, 12) === "WEBP") return "image/webp";
  if (isHeic(head)) return "image/heic";
  if (head.length > 0 && isPlainText(head, complete)) return "text/plain";
  return null;
}

/**
 * Holds back the first SNIFF_BYTES of a stream, recognises the type, then lets everything through;
 * an empty file or an unaccepted type ends the stream with an AppError (400 / 415).
 */
export class ContentSniffer extends Transform {
  detected: AttachmentContentType | null = null;
  private head: Buffer[] = [];
  private headLength = 0;

  private decide(complete: boolean): void {
    const head = Buffer.concat(this.head);
    if (head.length === 0) {
      throw new AppError("VALIDATION_FAILED", "The file is empty", {
        issues: [{ path: "body.file", message: "The file is empty", code: "too_small" }],
      });
    }
    const type = sniffContentType(head, complete);
    if (!type) {
      throw new AppError(
        "UNSUPPORTED_MEDIA_TYPE",
        "Only PDF, JPEG, PNG, WebP, HEIC images and plain text (UTF-8) files are accepted",
      );
    }
    this.detected = type;
    this.head = [];
    this.push(head);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.detected) {
      callback(null, chunk);
      return;
    }
    this.head.push(chunk);
    this.headLength += chunk.length;
    try {
      if (this.headLength >= SNIFF_BYTES) this.decide(false);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      if (!this.detected) this.decide(true);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }
}
