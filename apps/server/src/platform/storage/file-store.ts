import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";

/** One stored object, as listed by `FileStore.list` (for housekeeping). */
export interface StoredObject {
  key: string;
  lastModified: Date;
  size: number;
}

/**
 * Where file contents live, outside the database: a local directory or an S3-compatible bucket.
 * Stores only ever see ciphertext (platform/storage/envelope.ts encrypts before `put`).
 */
export interface FileStore {
  readonly kind: "local" | "s3";
  /** Writes the whole object; a reader never sees a half-written one. */
  put(key: string, body: Readable | Buffer): Promise<void>;
  /** Rejects with `FileNotFoundError` when there is no such object. */
  get(key: string): Promise<Readable>;
  /** Idempotent: deleting a missing object is not an error. */
  delete(key: string): Promise<void>;
  /** Every object whose key starts with `namespace/`, in no particular order. */
  list(namespace: string): AsyncIterable<StoredObject>;
}

export class FileNotFoundError extends Error {
  constructor(key: string) {
    super(`No stored file for key ${key}`);
    this.name = "FileNotFoundError";
  }
}

/** The store could not be reached or refused the request (network, credentials, bucket). */
export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StorageError";
  }
}

const namespacePattern = /^[a-z][a-z0-9-]{0,31}$/;
const keyPattern =
  /^([a-z][a-z0-9-]{0,31})\/([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$/;

/**
 * Keys are `namespace/uuid-v4`, always generated here: never a file name or anything a user typed,
 * so a key can't escape the store's directory or bucket prefix. The UUID is random (v4, not v7)
 * so that its first characters spread files evenly over the shard folders.
 */
export function newStorageKey(namespace: string): string {
  assertNamespace(namespace);
  return `${namespace}/${randomUUID()}`;
}

export function assertNamespace(namespace: string): void {
  if (!namespacePattern.test(namespace)) throw new Error(`Invalid storage namespace "${namespace}"`);
}

/** Splits a key into its namespace and UUID; throws on anything that was not made by `newStorageKey`. */
export function parseStorageKey(key: string): { namespace: string; id: string } {
  const match = keyPattern.exec(key);
  if (!match?.[1] || !match[2]) throw new Error("Invalid storage key");
  return { namespace: match[1], id: match[2] };
}

export function isStorageKey(key: string): boolean {
  return keyPattern.test(key);
}
