import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat, unlink } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  assertNamespace,
  FileNotFoundError,
  type FileStore,
  parseStorageKey,
  type StoredObject,
} from "./file-store.ts";

const TEMP_DIR = ".tmp";

function isErrno(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === code;
}

/**
 * Files in a local directory (`STORAGE_DIR`, default `DATA_DIR/files`), sharded as
 * `namespace/ab/cd/abcd…` so no folder grows past a few thousand entries at a million files.
 * A write goes to `.tmp/` on the same file system, is fsynced, then renamed into place: a
 * crash leaves a stray temporary file (swept by housekeeping), never a half-written object.
 */
export class LocalFileStore implements FileStore {
  readonly kind = "local";
  readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  /** Creates the directories and checks they are writable (called at start-up). */
  async init(): Promise<void> {
    await mkdir(join(this.root, TEMP_DIR), { recursive: true, mode: 0o700 });
    const probe = join(this.root, TEMP_DIR, `probe-${randomUUID()}`);
    const handle = await open(probe, "wx", 0o600);
    await handle.close();
    await unlink(probe);
  }

  private pathOf(key: string): string {
    const { namespace, id } = parseStorageKey(key);
    return join(this.root, namespace, id.slice(0, 2), id.slice(2, 4), id);
  }

  async put(key: string, body: Readable | Buffer): Promise<void> {
    const target = this.pathOf(key);
    const tempDir = join(this.root, TEMP_DIR);
    await mkdir(tempDir, { recursive: true, mode: 0o700 });
    const temp = join(tempDir, randomUUID());
    try {
      const source = Buffer.isBuffer(body) ? Readable.from([body]) : body;
      // flush: fsync before close, so the rename never publishes a file whose data is not on disk.
      await pipeline(source, createWriteStream(temp, { flags: "wx", mode: 0o600, flush: true }));
      await mkdir(join(target, ".."), { recursive: true, mode: 0o700 });
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    try {
      const handle = await open(path, "r");
      return handle.createReadStream();
    } catch (error) {
      if (isErrno(error, "ENOENT")) throw new FileNotFoundError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await unlink(this.pathOf(key));
    } catch (error) {
      if (!isErrno(error, "ENOENT")) throw error;
    }
  }

  async *list(namespace: string): AsyncIterable<StoredObject> {
    assertNamespace(namespace);
    const base = join(this.root, namespace);
    for (const first of await readdirOrEmpty(base)) {
      for (const second of await readdirOrEmpty(join(base, first))) {
        const dir = join(base, first, second);
        for (const name of await readdirOrEmpty(dir)) {
          const key = `${namespace}/${name}`;
          const info = await this.statIfOurs(key, join(dir, name));
          if (info) yield { key, lastModified: info.mtime, size: info.size };
        }
      }
    }
  }

  /** The file's metadata if it sits where its key says (not a stray file), and still exists. */
  private async statIfOurs(key: string, path: string) {
    try {
      return this.pathOf(key) === path ? await stat(path) : null;
    } catch {
      return null;
    }
  }

  /** Removes temporary files left by writes interrupted before `olderThan` (a crash, a kill). */
  async purgeTemporary(olderThan: Date): Promise<number> {
    let removed = 0;
    const dir = join(this.root, TEMP_DIR);
    for (const name of await readdirOrEmpty(dir)) {
      try {
        const info = await stat(join(dir, name));
        if (info.mtime < olderThan) {
          await rm(join(dir, name), { force: true });
          removed += 1;
        }
      } catch {
        // Renamed into place meanwhile.
      }
    }
    return removed;
  }
}

async function readdirOrEmpty(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if (isErrno(error, "ENOENT") || isErrno(error, "ENOTDIR")) return [];
    throw error;
  }
}
