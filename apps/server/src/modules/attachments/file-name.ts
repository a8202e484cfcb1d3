import type { AttachmentContentType } from "./content-type.ts";

const MAX_NAME_LENGTH = 200;

/** The extensions that may stay on a file of each type; anything else gets the first one added. */
const extensions: Record<AttachmentContentType, readonly string[]> = {
  "application/pdf": ["pdf"],
  "image/jpeg": ["jpg", "jpeg", "jpe", "jfif"],
  "image/png": ["png"],
  "image/webp": ["webp"],
  "image/heic": ["heic", "heif"],
  "text/plain": ["txt", "text", "log"],
};

// Control characters and the invisible bidirectional marks that can disguise an extension
// (a U+202E before "fdp.exe" makes "invoice…fdp.exe" read as "invoiceexe.pdf").
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name to keep for an uploaded file: without any folder part, control or bidirectional
 * characters, at most 200 characters, and with an extension that matches its real type — so a
 * text file uploaded as "page.html" is saved back as "page.html.txt", never opened as a web page.
 */
export function cleanFileName(raw: string | undefined, type: AttachmentContentType): string {
  const base = (raw ?? "").normalize("NFC").replace(unsafe, "").split(/[/\\]/).pop() ?? "";
  let name = base.trim().replace(/^\.+/, "");
  const allowed = extensions[type];
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  if (!allowed.includes(extension)) name = `${name || "file"}.${allowed[0]}`;
  const chars = [...name];
  if (chars.length > MAX_NAME_LENGTH) {
    const ext = name.slice(name.lastIndexOf("."));
    name = chars.slice(0, MAX_NAME_LENGTH - [...ext].length).join("") + ext;
  }
  return name;
}

/** RFC 5987 `value-chars`: percent-encoded UTF-8, with the few characters encodeURIComponent keeps. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** A plain ASCII stand-in for old clients: accents dropped, anything else an underscore. */
function asciiFallback(name: string): string {
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  const plain = (s: string) =>
    s
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/[^A-Za-z0-9 ._()-]/g, "_")
      .replace(/_+/g, "_");
  const asciiStem = plain(stem);
  return `${/[A-Za-z0-9]/.test(asciiStem) ? asciiStem : "file"}${plain(ext)}`;
}

/** `Content-Disposition: attachment` with an ASCII `filename` and the exact UTF-8 `filename*` (RFC 6266/5987). */
export function contentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${rfc5987(fileName)}`;
}
