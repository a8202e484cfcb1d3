import type { Tx } from "../../../platform/db/database.ts";
import { latestLevels } from "../assessments.repository.ts";

/** The latest valid need level per domain and member of a case, as the reader may see them. */
export async function findLatestLevels(tx: Tx, caseId: string) {
  return latestLevels(tx, caseId);
}
