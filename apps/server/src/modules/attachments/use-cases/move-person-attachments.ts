import type { Tx } from "../../../platform/db/database.ts";
import { repointAttachments } from "../attachments.repository.ts";

/** On a merge, every attachment of the duplicate becomes the survivor's; returns the ids moved. */
export async function moveAttachments(tx: Tx, fromId: string, toId: string): Promise<string[]> {
  return repointAttachments(tx, fromId, toId);
}

/** Undo of a merge: exactly the attachments that were moved go back to the duplicate. */
export async function restoreAttachments(
  tx: Tx,
  fromId: string,
  toId: string,
  movedIds: string[],
): Promise<void> {
  await repointAttachments(tx, toId, fromId, movedIds);
}
