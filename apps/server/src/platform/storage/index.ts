import type { StorageConfig } from "../../config.ts";
import type { FileStore } from "./file-store.ts";
import { LocalFileStore } from "./local-file-store.ts";
import { S3FileStore } from "./s3-file-store.ts";

export { openDecrypted, type StoredFile, storeEncrypted } from "./encrypted-files.ts";
export { DecryptionError } from "./envelope.ts";
export {
  FileNotFoundError,
  type FileStore,
  isStorageKey,
  newStorageKey,
  StorageError,
  type StoredObject,
} from "./file-store.ts";
export { LocalFileStore } from "./local-file-store.ts";
export { S3FileStore } from "./s3-file-store.ts";

/** The largest file one upload may carry (the multipart limit in app.ts). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The configured store, checked: a local directory is created and probed for writing. */
export async function openFileStore(config: StorageConfig): Promise<FileStore> {
  if (config.backend === "s3") return new S3FileStore(config.s3);
  const store = new LocalFileStore(config.dir);
  await store.init();
  return store;
}
