import { Readable } from "node:stream";
import type { FastifyBaseLogger } from "fastify";
import { AppError } from "../../../platform/errors/app-error.ts";
import { type FileStore, openDecrypted, StorageError } from "../../../platform/storage/index.ts";
import type { AttachmentRow } from "../attachments.repository.ts";

/**
 * The decrypted content of an attachment, with its first chunk already read and authenticated:
 * a missing file, a wrong instance key or a damaged header fails here, as a JSON error, rather
 * than as a download cut short. Damage further in ends the stream (the client sees a download
 * shorter than its Content-Length), and is logged.
 */
export async function openAttachmentContent(
  store: FileStore,
  instanceKey: Buffer,
  row: AttachmentRow,
  log: FastifyBaseLogger,
): Promise<Readable> {
  try {
    const plaintext = await openDecrypted(store, instanceKey, row.storageKey, row.wrappedKey);
    const iterator = plaintext[Symbol.asyncIterator]();
    const first = await iterator.next();
    async function* rest(): AsyncGenerator<Buffer> {
      try {
        if (!first.done) yield first.value as Buffer;
        for (let next = await iterator.next(); !next.done; next = await iterator.next())
          yield next.value as Buffer;
      } catch (error) {
        log.error(
          { attachmentId: row.id, err: { name: (error as Error).name } },
          "attachment content failed mid-stream",
        );
        throw error;
      } finally {
        // A client that went away: close the store's stream too.
        await iterator.return?.();
      }
    }
    return Readable.from(rest(), { objectMode: false });
  } catch (error) {
    log.error(
      { attachmentId: row.id, err: { name: (error as Error).name } },
      "attachment content unavailable",
    );
    if (error instanceof StorageError) {
      throw new AppError("UNAVAILABLE", "The file store cannot be reached; try again later");
    }
    throw new AppError("INTERNAL", "The file cannot be read. It has been logged.");
  }
}
