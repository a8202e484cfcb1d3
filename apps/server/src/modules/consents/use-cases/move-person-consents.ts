import type { Tx } from "../../../platform/db/database.ts";
import { repointConsents } from "../consents.repository.ts";

/** On a merge, every consent of the duplicate becomes the survivor's; returns the ids moved. */
export async function moveConsents(tx: Tx, fromId: string, toId: string): Promise<string[]> {
  return repointConsents(tx, fromId, toId);
}

/** Undo of a merge: exactly the consents that were moved go back to the duplicate. */
export async function restoreConsents(
  tx: Tx,
  fromId: string,
  toId: string,
  movedIds: string[],
): Promise<void> {
  await repointConsents(tx, toId, fromId, movedIds);
}
