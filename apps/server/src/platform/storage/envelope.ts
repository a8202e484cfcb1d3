import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";

/**
 * Envelope encryption of stored files.
 *
 * Every file has its own random 32-byte data key. The content is encrypted with AES-256-GCM in
 * chunks (the STREAM construction of Hoang, Reyhanitabar, Rogaway and Vizár, as in Tink's and
 * age's streaming AEAD), so a file never sits whole in memory:
 *
 *   header  = "APDF" ‖ version 0x01 ‖ chunk size (u32 BE) ‖ nonce prefix (7 random bytes)  — 16 bytes
 *   chunk i = AES-256-GCM(data key, nonce = prefix ‖ i (u32 BE) ‖ last (0x00|0x01),
 *                         aad = header, plaintext chunk) ‖ 16-byte tag
 *
 * Every chunk but the last holds exactly `chunk size` bytes of plaintext; the last holds 0 to
 * `chunk size` bytes and is the only one sealed with last = 0x01. Changing a byte fails that
 * chunk's tag; swapping or dropping chunks changes the counter; cutting the file (even on a chunk
 * boundary) leaves a last chunk not sealed as last; a changed header changes every chunk's AAD.
 *
 * The data key is wrapped (AES-256-GCM) with the instance key `APPRODO_SECRET_KEY` and kept in the
 * database row (`attachments.wrapped_key`), bound to the object's storage key: the database alone
 * or the store alone reveals nothing, and a wrapped key copied to another row does not open.
 */

const MAGIC = Buffer.from("APDF", "ascii");
const VERSION = 1;
export const HEADER_LENGTH = 16;
const NONCE_PREFIX_LENGTH = 7;
const TAG_LENGTH = 16;
export const DEFAULT_CHUNK_SIZE = 64 * 1024;
const MAX_CHUNK_SIZE = 4 * 1024 * 1024;
const WRAP_VERSION = "k1";

export class DecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DecryptionError";
  }
}

export function newDataKey(): Buffer {
  return randomBytes(32);
}

function nonceFor(prefix: Buffer, index: number, last: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  prefix.copy(nonce, 0);
  nonce.writeUInt32BE(index, NONCE_PREFIX_LENGTH);
  nonce[11] = last ? 1 : 0;
  return nonce;
}

function checkKey(key: Buffer): void {
  if (key.length !== 32) throw new Error("AES-256 needs a 32-byte key");
}

/** Plaintext in, the chunked format out. */
export class EncryptStream extends Transform {
  private readonly key: Buffer;
  private readonly header: Buffer;
  private readonly prefix: Buffer;
  private readonly chunkSize: number;
  private pending: Buffer = Buffer.alloc(0);
  private index = 0;
  private headerSent = false;

  constructor(dataKey: Buffer, chunkSize = DEFAULT_CHUNK_SIZE) {
    super();
    checkKey(dataKey);
    if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
      throw new Error("Invalid chunk size");
    }
    this.key = dataKey;
    this.chunkSize = chunkSize;
    this.prefix = randomBytes(NONCE_PREFIX_LENGTH);
    this.header = Buffer.alloc(HEADER_LENGTH);
    MAGIC.copy(this.header, 0);
    this.header[4] = VERSION;
    this.header.writeUInt32BE(chunkSize, 5);
    this.prefix.copy(this.header, 9);
  }

  private seal(plain: Buffer, last: boolean): Buffer {
    if (!this.headerSent) {
      this.push(this.header);
      this.headerSent = true;
    }
    if (this.index > 0xffff_ffff) throw new Error("File too large for this format");
    const cipher = createCipheriv("aes-256-gcm", this.key, nonceFor(this.prefix, this.index, last));
    cipher.setAAD(this.header);
    this.index += 1;
    return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
      // A full chunk is sealed only once more data follows: only then is it known not to be the last.
      while (this.pending.length > this.chunkSize) {
        this.push(this.seal(this.pending.subarray(0, this.chunkSize), false));
        this.pending = this.pending.subarray(this.chunkSize);
      }
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.push(this.seal(this.pending, true));
      this.pending = Buffer.alloc(0);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }
}

/** The chunked format in, plaintext out; any tampering or truncation ends the stream with a DecryptionError. */
export class DecryptStream extends Transform {
  private readonly key: Buffer;
  private header: Buffer | null = null;
  private prefix: Buffer = Buffer.alloc(0);
  private sealedSize = 0;
  private pending: Buffer = Buffer.alloc(0);
  private index = 0;

  constructor(dataKey: Buffer) {
    super();
    checkKey(dataKey);
    this.key = dataKey;
  }

  private readHeader(): boolean {
    if (this.header) return true;
    if (this.pending.length < HEADER_LENGTH) return false;
    const header = Buffer.from(this.pending.subarray(0, HEADER_LENGTH));
    if (!header.subarray(0, 4).equals(MAGIC)) throw new DecryptionError("Not an encrypted Approdo file");
    if (header[4] !== VERSION) throw new DecryptionError(`Unknown format version ${header[4]}`);
    const chunkSize = header.readUInt32BE(5);
    if (chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) throw new DecryptionError("Invalid chunk size");
    this.header = header;
    this.prefix = header.subarray(9, 9 + NONCE_PREFIX_LENGTH);
    this.sealedSize = chunkSize + TAG_LENGTH;
    this.pending = this.pending.subarray(HEADER_LENGTH);
    return true;
  }

  private open(sealed: Buffer, last: boolean): Buffer {
    if (!this.header) throw new DecryptionError("Missing header");
    if (sealed.length < TAG_LENGTH) throw new DecryptionError("The file is truncated");
    const decipher = createDecipheriv("aes-256-gcm", this.key, nonceFor(this.prefix, this.index, last));
    decipher.setAAD(this.header);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_LENGTH));
    this.index += 1;
    try {
      return Buffer.concat([
        decipher.update(sealed.subarray(0, sealed.length - TAG_LENGTH)),
        decipher.final(),
      ]);
    } catch {
      throw new DecryptionError(
        `Chunk ${this.index - 1} failed authentication (altered, reordered or truncated)`,
      );
    }
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
      if (!this.readHeader()) {
        callback();
        return;
      }
      // More than one sealed chunk's worth buffered: the first one cannot be the last.
      while (this.pending.length > this.sealedSize) {
        this.push(this.open(this.pending.subarray(0, this.sealedSize), false));
        this.pending = this.pending.subarray(this.sealedSize);
      }
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      if (!this.readHeader()) throw new DecryptionError("The file is truncated (no header)");
      this.push(this.open(this.pending, true));
      this.pending = Buffer.alloc(0);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }
}

/** The size of the encrypted object for a plaintext of `size` bytes. */
export function encryptedSize(size: number, chunkSize = DEFAULT_CHUNK_SIZE): number {
  const chunks = Math.max(1, Math.ceil(size / chunkSize));
  return HEADER_LENGTH + size + chunks * TAG_LENGTH;
}

function wrapAad(storageKey: string): Buffer {
  return Buffer.from(`approdo:file-key:${WRAP_VERSION}:${storageKey}`, "utf8");
}

/** `k1.` ‖ base64url(iv ‖ tag ‖ encrypted data key), bound to the storage key. */
export function wrapDataKey(instanceKey: Buffer, dataKey: Buffer, storageKey: string): string {
  checkKey(instanceKey);
  checkKey(dataKey);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", instanceKey, iv);
  cipher.setAAD(wrapAad(storageKey));
  const body = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return `${WRAP_VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

export function unwrapDataKey(instanceKey: Buffer, wrapped: string, storageKey: string): Buffer {
  checkKey(instanceKey);
  const [version, payload] = wrapped.split(".");
  if (version !== WRAP_VERSION || !payload) throw new DecryptionError("Unknown wrapped-key format");
  const raw = Buffer.from(payload, "base64url");
  if (raw.length !== 12 + TAG_LENGTH + 32) throw new DecryptionError("Malformed wrapped key");
  const decipher = createDecipheriv("aes-256-gcm", instanceKey, raw.subarray(0, 12));
  decipher.setAAD(wrapAad(storageKey));
  decipher.setAuthTag(raw.subarray(12, 12 + TAG_LENGTH));
  try {
    return Buffer.concat([decipher.update(raw.subarray(12 + TAG_LENGTH)), decipher.final()]);
  } catch {
    throw new DecryptionError("The data key does not open with this instance key");
  }
}
