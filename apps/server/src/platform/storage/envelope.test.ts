import { randomBytes } from "node:crypto";
import { Readable, type Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import {
  DecryptionError,
  DecryptStream,
  EncryptStream,
  encryptedSize,
  HEADER_LENGTH,
  newDataKey,
  unwrapDataKey,
  wrapDataKey,
} from "./envelope.ts";

const CHUNK = 1024;
const SEALED = CHUNK + 16;

/** Feeds `data` in pieces of `piece` bytes (to exercise the buffering) and collects the output. */
async function run(stream: Transform, data: Buffer, piece = 333): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for (let i = 0; i < data.length; i += piece) pieces.push(data.subarray(i, i + piece));
  const out: Buffer[] = [];
  await pipeline(Readable.from(pieces), stream, async (source: AsyncIterable<Buffer | string>) => {
    for await (const chunk of source) out.push(Buffer.from(chunk));
  });
  return Buffer.concat(out);
}

const encrypt = (key: Buffer, plain: Buffer) => run(new EncryptStream(key, CHUNK), plain);
const decrypt = (key: Buffer, sealed: Buffer, piece?: number) => run(new DecryptStream(key), sealed, piece);

describe("chunked AES-256-GCM file format", () => {
  it.each([0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 5 * CHUNK + 17])(
    "round-trips %i bytes, with the predicted size",
    async (size) => {
      const key = newDataKey();
      const plain = randomBytes(size);
      const sealed = await encrypt(key, plain);
      expect(sealed.length).toBe(encryptedSize(size, CHUNK));
      expect(await decrypt(key, sealed)).toEqual(plain);
      expect(await decrypt(key, sealed, 7)).toEqual(plain);
      expect(await decrypt(key, sealed, sealed.length + 1)).toEqual(plain);
    },
  );

  it("hides the content and never repeats a ciphertext for the same content", async () => {
    const key = newDataKey();
    const plain = Buffer.from("Mohammed Abd al-Rahman, permesso di soggiorno n. 123".repeat(50));
    const a = await encrypt(key, plain);
    const b = await encrypt(key, plain);
    expect(a.includes(Buffer.from("Mohammed"))).toBe(false);
    expect(a.equals(b)).toBe(false);
  });

  it("detects a flipped byte anywhere: header, body or tag", async () => {
    const key = newDataKey();
    const sealed = await encrypt(key, randomBytes(3 * CHUNK + 100));
    for (const at of [
      0,
      4,
      6,
      10,
      HEADER_LENGTH,
      HEADER_LENGTH + SEALED - 1,
      HEADER_LENGTH + SEALED + 5,
      sealed.length - 1,
    ]) {
      const altered = Buffer.from(sealed);
      altered[at] = (altered[at] ?? 0) ^ 0x01;
      await expect(decrypt(key, altered), `byte ${at}`).rejects.toBeInstanceOf(DecryptionError);
    }
  });

  it("detects truncation, also exactly on a chunk boundary, and appended data", async () => {
    const key = newDataKey();
    const sealed = await encrypt(key, randomBytes(3 * CHUNK + 100));
    for (const length of [
      0,
      5,
      HEADER_LENGTH,
      HEADER_LENGTH + 10,
      HEADER_LENGTH + SEALED,
      HEADER_LENGTH + 3 * SEALED,
      sealed.length - 1,
    ]) {
      await expect(decrypt(key, sealed.subarray(0, length)), `length ${length}`).rejects.toBeInstanceOf(
        DecryptionError,
      );
    }
    await expect(decrypt(key, Buffer.concat([sealed, Buffer.alloc(1)]))).rejects.toBeInstanceOf(
      DecryptionError,
    );
    // A file whose last chunk is full: dropping that whole last chunk must not go unnoticed.
    const exact = await encrypt(key, randomBytes(2 * CHUNK));
    expect(exact.length).toBe(HEADER_LENGTH + 2 * SEALED);
    await expect(decrypt(key, exact.subarray(0, HEADER_LENGTH + SEALED))).rejects.toBeInstanceOf(
      DecryptionError,
    );
  });

  it("detects swapped, duplicated and dropped chunks", async () => {
    const key = newDataKey();
    const sealed = await encrypt(key, randomBytes(3 * CHUNK + 100));
    const header = sealed.subarray(0, HEADER_LENGTH);
    const chunk = (i: number) =>
      sealed.subarray(HEADER_LENGTH + i * SEALED, HEADER_LENGTH + (i + 1) * SEALED);
    const last = sealed.subarray(HEADER_LENGTH + 3 * SEALED);
    const variants = {
      swapped: [header, chunk(1), chunk(0), chunk(2), last],
      duplicated: [header, chunk(0), chunk(0), chunk(1), chunk(2), last],
      dropped: [header, chunk(0), chunk(2), last],
    };
    for (const [name, parts] of Object.entries(variants)) {
      await expect(decrypt(key, Buffer.concat(parts)), name).rejects.toBeInstanceOf(DecryptionError);
    }
  });

  it("refuses to splice chunks from another file under the same key", async () => {
    const key = newDataKey();
    const a = await encrypt(key, randomBytes(2 * CHUNK + 10));
    const b = await encrypt(key, randomBytes(2 * CHUNK + 10));
    const spliced = Buffer.concat([
      a.subarray(0, HEADER_LENGTH + SEALED),
      b.subarray(HEADER_LENGTH + SEALED),
    ]);
    await expect(decrypt(key, spliced)).rejects.toBeInstanceOf(DecryptionError);
  });

  it("does not open with another data key", async () => {
    const sealed = await encrypt(newDataKey(), Buffer.from("hello"));
    await expect(decrypt(newDataKey(), sealed)).rejects.toBeInstanceOf(DecryptionError);
  });

  it("refuses what is not an encrypted file", async () => {
    await expect(decrypt(newDataKey(), Buffer.from("%PDF-1.7 plain file, never encrypted"))).rejects.toThrow(
      /Not an encrypted Approdo file/,
    );
  });
});

describe("data-key wrapping", () => {
  const instanceKey = randomBytes(32);
  const storageKey = "attachments/6f1c1a3e-8c4b-4d1e-9a7f-2b3c4d5e6f70";

  it("unwraps with the same instance key and storage key", () => {
    const dataKey = newDataKey();
    const wrapped = wrapDataKey(instanceKey, dataKey, storageKey);
    expect(wrapped).toMatch(/^k1\.[A-Za-z0-9_-]+$/);
    expect(wrapped.includes(dataKey.toString("base64url"))).toBe(false);
    expect(unwrapDataKey(instanceKey, wrapped, storageKey)).toEqual(dataKey);
  });

  it("does not unwrap with another instance key, for another object, or altered", () => {
    const wrapped = wrapDataKey(instanceKey, newDataKey(), storageKey);
    expect(() => unwrapDataKey(randomBytes(32), wrapped, storageKey)).toThrow(DecryptionError);
    expect(() =>
      unwrapDataKey(instanceKey, wrapped, "attachments/00000000-0000-4000-8000-000000000000"),
    ).toThrow(DecryptionError);
    const altered = `${wrapped.slice(0, -2)}${wrapped.endsWith("A") ? "B" : "A"}${wrapped.slice(-1)}`;
    expect(() => unwrapDataKey(instanceKey, altered, storageKey)).toThrow(DecryptionError);
    expect(() => unwrapDataKey(instanceKey, "k0.abc", storageKey)).toThrow(DecryptionError);
  });
});
