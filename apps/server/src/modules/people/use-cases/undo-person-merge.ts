import type { Actor } from "../../../platform/authz/actor.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError, notFound } from "../../../platform/errors/app-error.ts";
import {
  deleteNames,
  findMerge,
  type MergeRow,
  markMergeUndone,
  restoreLanguages,
  restoreNames,
  restorePermits,
  restoreVulnerabilities,
  setMergedInto,
} from "../merge.repository.ts";
import { type MergeSnapshot, movedCounts } from "../merge-snapshot.ts";
import { findPerson, type PersonChanges, type PersonRow, updatePersonRow } from "../people.repository.ts";
import type { FillableField } from "../people.rules.ts";
import { personReferenceMover } from "../person-references.ts";
import { personMerged } from "./read-person.ts";
import { reindexPersonNames } from "./reindex-person-names.ts";

/** The two people of a merge, locked; 409 when the survivor was merged again since (undo that first). */
async function loadPair(ctx: TxContext, merge: MergeRow): Promise<[PersonRow, PersonRow]> {
  const survivor = await findPerson(ctx.tx, merge.survivorId, true);
  const duplicate = await findPerson(ctx.tx, merge.duplicateId, true);
  if (!survivor || !duplicate) throw notFound("merge");
  if (survivor.mergedIntoId) throw personMerged(survivor);
  return [survivor, duplicate];
}

/** Puts back the values the survivor took from the duplicate, unless someone changed them since. */
function unfilled(survivor: PersonRow, snapshot: MergeSnapshot): PersonChanges {
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(snapshot.filled) as [FillableField, unknown][]) {
    if (survivor[field] === value) changes[field] = snapshot.survivorBefore[field];
  }
  return changes as PersonChanges;
}

async function restoreReferences(ctx: TxContext, merge: MergeRow, snapshot: MergeSnapshot): Promise<void> {
  for (const [name, ids] of Object.entries(snapshot.references).reverse()) {
    const mover = personReferenceMover(name);
    if (!mover) {
      throw new AppError(
        "UNPROCESSABLE",
        `This merge cannot be undone: the ${name} module is not available`,
        {
          reason: "MOVER_MISSING",
          mover: name,
        },
      );
    }
    await mover.restore(ctx.tx, merge.duplicateId, merge.survivorId, ids);
  }
}

/**
 * Undoes a merge from its snapshot: the duplicate gets back exactly what moved, the survivor loses
 * what it took, the duplicate is visible again. `actedBy` is who answers for it (the administrator
 * when the transaction runs elevated as the system); audited as "person.merge_undone".
 */
export async function undoPersonMerge(ctx: TxContext, mergeId: string, actedBy: Actor): Promise<MergeRow> {
  const merge = await findMerge(ctx.tx, mergeId, true);
  if (!merge) throw notFound("merge");
  if (merge.undoneAt)
    throw new AppError("MERGE_ALREADY_UNDONE", "This merge was already undone", { mergeId });
  const [survivor, duplicate] = await loadPair(ctx, merge);
  const snapshot = merge.snapshot as MergeSnapshot;
  const [from, to] = [survivor.id, duplicate.id];
  await restoreReferences(ctx, merge, snapshot);
  await restoreVulnerabilities(ctx.tx, snapshot.vulnerabilities, from, to);
  await restorePermits(ctx.tx, snapshot.permits, from, to);
  await restoreLanguages(ctx.tx, snapshot.languages, from, to);
  await restoreNames(ctx.tx, snapshot.names.moved, from, to);
  await deleteNames(ctx.tx, snapshot.names.created);
  await updatePersonRow(ctx.tx, survivor.id, survivor.version, unfilled(survivor, snapshot));
  await reindexPersonNames(ctx.tx, survivor);
  if (duplicate.mergedIntoId === survivor.id) await setMergedInto(ctx.tx, duplicate.id, null);
  const undone = await markMergeUndone(ctx.tx, merge.id, actedBy.userId);
  ctx.audit({
    action: "person.merge_undone",
    entityType: "person",
    entityId: survivor.id,
    organizationId: merge.organizationId,
    actor: { userId: actedBy.userId, organizationId: actedBy.organizationId },
    details: {
      mergeId: merge.id,
      duplicateId: duplicate.id,
      restored: movedCounts(snapshot),
      elevated: ctx.actor.kind === "system" && actedBy.kind !== "system",
    },
  });
  return undone;
}
