import { createHash } from "node:crypto";
import { PassThrough, pipeline as pipelineCallback, type Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { DecryptStream, EncryptStream, newDataKey, unwrapDataKey, wrapDataKey } from "./envelope.ts";
import { type FileStore, newStorageKey } from "./file-store.ts";

export interface StoredFile {
  storageKey: string;
  /** The file's data key wrapped with the instance key: goes into the database row. */
  wrappedKey: string;
  /** Of the plaintext. */
  sizeBytes: number;
  /** Hex sha256 of the plaintext. */
  sha256: string;
}

/** Counts and hashes the plaintext on its way to the cipher. */
class Meter extends Transform {
  readonly hash = createHash("sha256");
  size = 0;

  override _transform(
    chunk: Buffer,
    _encoding: BufferEncoding,
    callback: (error?: Error | null, data?: Buffer) => void,
  ) {
    this.hash.update(chunk);
    this.size += chunk.length;
    callback(null, chunk);
  }
}

/**
 * Encrypts `plaintext` under a new data key and writes it to the store under a new key in
 * `namespace`. `stages` run on the plaintext first (content sniffing, size checks): an error in
 * any of them aborts the write, and nothing is left in the store.
 */
export async function storeEncrypted(
  store: FileStore,
  instanceKey: Buffer,
  namespace: string,
  plaintext: Readable,
  stages: Transform[] = [],
): Promise<StoredFile> {
  const storageKey = newStorageKey(namespace);
  const dataKey = newDataKey();
  const meter = new Meter();
  const sealed = new PassThrough();
  const writing = store.put(storageKey, sealed).catch((error: unknown) => {
    // A store that gave up must not leave the encryption pipeline waiting on a reader.
    sealed.destroy(error as Error);
    throw error;
  });
  const [encrypted, written] = await Promise.allSettled([
    pipeline([plaintext, ...stages, meter, new EncryptStream(dataKey), sealed]),
    writing,
  ]);
  if (encrypted.status === "rejected" || written.status === "rejected") {
    await store.delete(storageKey).catch(() => {});
    throw encrypted.status === "rejected" ? encrypted.reason : (written as PromiseRejectedResult).reason;
  }
  return {
    storageKey,
    wrappedKey: wrapDataKey(instanceKey, dataKey, storageKey),
    sizeBytes: meter.size,
    sha256: meter.hash.digest("hex"),
  };
}

/**
 * The plaintext of a stored file, as a stream. The data key is unwrapped before anything is read
 * (a wrong instance key fails here, with a DecryptionError); a file altered in the store fails
 * mid-stream, with a DecryptionError on the returned stream.
 */
export async function openDecrypted(
  store: FileStore,
  instanceKey: Buffer,
  storageKey: string,
  wrappedKey: string,
): Promise<Readable> {
  const dataKey = unwrapDataKey(instanceKey, wrappedKey, storageKey);
  const source = await store.get(storageKey);
  return pipelineCallback(source, new DecryptStream(dataKey), () => {
    // Errors reach the consumer through the returned stream.
  });
}
