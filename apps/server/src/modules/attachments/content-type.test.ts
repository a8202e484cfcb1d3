import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { ContentSniffer, SNIFF_BYTES, sniffContentType } from "./content-type.ts";

const bytes = (...b: number[]) => Buffer.from(b);
const ftyp = (major: string, ...compatible: string[]) => {
  const box = Buffer.alloc(16 + 4 * compatible.length);
  box.writeUInt32BE(box.length, 0);
  box.write("ftyp", 4, "latin1");
  box.write(major, 8, "latin1");
  for (const [i, brand] of compatible.entries()) box.write(brand, 16 + 4 * i, "latin1");
  return Buffer.concat([box, Buffer.alloc(64)]);
};

describe("content sniffing", () => {
  it.each([
    ["a PDF", Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "application/pdf"],
    ["a JPEG", bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46), "image/jpeg"],
    ["a PNG", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), "image/png"],
    [
      "a WebP",
      Buffer.concat([Buffer.from("RIFF"), bytes(1, 2, 3, 4), Buffer.from("WEBPVP8 ")]),
      "image/webp",
    ],
    ["an iPhone HEIC", ftyp("heic", "mif1", "heic"), "image/heic"],
    ["a HEIF declaring HEIC among its brands", ftyp("mif1", "mif1", "heic"), "image/heic"],
    [
      "Italian text",
      Buffer.from("Permesso di soggiorno: rinnovo richiesto. Città: Palermo\r\n\tNote"),
      "text/plain",
    ],
    ["Arabic text with a BOM", Buffer.from("\ufeffمحمد عبد الرحمن\n", "utf8"), "text/plain"],
  ])("recognises %s", (_label, head, type) => {
    expect(sniffContentType(head, true)).toBe(type);
  });

  it.each([
    ["an AVIF image", ftyp("avif", "mif1", "avif")],
    ["a ZIP (or DOCX)", bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0)],
    ["a Windows executable", Buffer.concat([Buffer.from("MZ"), Buffer.alloc(60)])],
    ["a GIF", Buffer.concat([Buffer.from("GIF89a"), bytes(1, 0, 1, 0, 0x80, 0, 0)])],
    ["Latin-1 text (not UTF-8)", Buffer.from("citt\xe0", "latin1")],
    ["UTF-16 text", Buffer.from("\ufeffhello", "utf16le")],
    ["text with NUL bytes", Buffer.from("abc\0def")],
    [
      "a binary PDF whose signature is not at the start",
      Buffer.concat([Buffer.from("  %PDF-1.7\n"), bytes(0xe2, 0xe3, 0xcf, 0xd3, 0)]),
    ],
  ])("refuses %s", (_label, head) => {
    expect(sniffContentType(head, true)).toBeNull();
  });

  it("accepts text whose sample ends in the middle of a multi-byte character, unless it is complete", () => {
    const text = Buffer.from("à".repeat(10), "utf8");
    const cut = text.subarray(0, text.length - 1);
    expect(sniffContentType(cut, false)).toBe("text/plain");
    expect(sniffContentType(cut, true)).toBeNull();
  });

  it("lets the whole stream through unchanged once recognised, however it is chunked", async () => {
    const content = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(3 * SNIFF_BYTES, 7)]);
    for (const size of [1, 5, 1000, SNIFF_BYTES, content.length]) {
      const pieces = [];
      for (let i = 0; i < content.length; i += size) pieces.push(content.subarray(i, i + size));
      const sniffer = new ContentSniffer();
      const out: Buffer[] = [];
      await pipeline(Readable.from(pieces), sniffer, async (source: AsyncIterable<Buffer>) => {
        for await (const c of source) out.push(c);
      });
      expect(sniffer.detected).toBe("application/pdf");
      expect(Buffer.concat(out).equals(content)).toBe(true);
    }
  });

  it("ends the stream with 415 for an unaccepted type and 400 for an empty file", async () => {
    const drain = async (source: AsyncIterable<Buffer>) => {
      for await (const _ of source);
    };
    await expect(
      pipeline(Readable.from([Buffer.from("MZ\0\0")]), new ContentSniffer(), drain),
    ).rejects.toMatchObject({
      code: "UNSUPPORTED_MEDIA_TYPE",
    });
    await expect(pipeline(Readable.from([]), new ContentSniffer(), drain)).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
  });
});
