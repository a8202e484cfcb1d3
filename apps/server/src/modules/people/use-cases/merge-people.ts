import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { type AppError, versionConflict } from "../../../platform/errors/app-error.ts";
import {
  insertMerge,
  type MergeRow,
  moveLanguages,
  moveNames,
  movePermits,
  moveVulnerabilities,
  setMergedInto,
} from "../merge.repository.ts";
import { fillableOf, type MergeSnapshot, movedCounts } from "../merge-snapshot.ts";
import {
  findNames,
  insertNames,
  type PersonChanges,
  type PersonRow,
  updatePersonRow,
} from "../people.repository.ts";
import { detectScript, type FillableValues, fillFromDuplicate } from "../people.rules.ts";
import { personReferenceMovers } from "../person-references.ts";
import { invalidField, referenceProblem } from "./check-person-references.ts";
import { personMerged } from "./read-person.ts";
import { reindexPersonNames } from "./reindex-person-names.ts";

function checkMergeable(ctx: TxContext, survivor: PersonRow, duplicate: PersonRow): void {
  if (survivor.mergedIntoId) throw personMerged(survivor);
  if (duplicate.mergedIntoId) throw personMerged(duplicate);
  // Each organisation is the data controller of its people: a merge never moves data across controllers.
  if (
    survivor.organizationId !== ctx.actor.organizationId ||
    duplicate.organizationId !== ctx.actor.organizationId
  ) {
    throw invalidField({
      field: "duplicateId",
      reason: "NOT_CONTROLLER",
      message: "Only the organisation that registered both records can merge them",
    });
  }
}

/** What the survivor takes from the duplicate; a tax code that contradicts the survivor is left out. */
function fillsFor(survivor: PersonRow, duplicate: PersonRow): Partial<FillableValues> {
  const filled = fillFromDuplicate(fillableOf(survivor), fillableOf(duplicate));
  if (typeof filled.taxCode === "string") {
    const next = { ...survivor, ...filled } as PersonRow;
    if (referenceProblem({ ...next, taxCode: filled.taxCode, languages: [] })) delete filled.taxCode;
  }
  return filled;
}

/** The duplicate's document name becomes another spelling of the survivor, unless it already is one. */
async function keepDuplicateName(
  ctx: TxContext,
  survivor: PersonRow,
  duplicate: PersonRow,
): Promise<string[]> {
  const key = (n: { givenName: string; familyName: string }) =>
    `${n.givenName}\u0000${n.familyName}`.toLocaleLowerCase("it");
  const known = new Set([key(survivor), ...(await findNames(ctx.tx, [survivor.id])).map(key)]);
  if (known.has(key(duplicate))) return [];
  const id = newId();
  await insertNames(ctx.tx, [
    {
      id,
      personId: survivor.id,
      kind: "document",
      script: detectScript(duplicate.givenName, duplicate.familyName),
      givenName: duplicate.givenName,
      familyName: duplicate.familyName,
    },
  ]);
  return [id];
}

/**
 * Merges `duplicate` into `survivor` (both loaded with a lock; the caller checked the policy). The
 * survivor keeps its values and takes the ones it lacks; names, languages, permits, vulnerabilities
 * and other modules' references move to it; the duplicate stays, marked and hidden from lists.
 */
export async function mergePeople(
  ctx: TxContext,
  survivor: PersonRow,
  duplicate: PersonRow,
): Promise<MergeRow> {
  checkMergeable(ctx, survivor, duplicate);
  const filled = fillsFor(survivor, duplicate);
  const moved = await moveNames(ctx.tx, duplicate.id, survivor.id);
  const created = await keepDuplicateName(ctx, survivor, duplicate);
  const snapshot: MergeSnapshot = {
    v: 1,
    survivorBefore: fillableOf(survivor),
    filled,
    names: { moved, created },
    languages: await moveLanguages(ctx.tx, duplicate.id, survivor.id),
    permits: await movePermits(ctx.tx, duplicate.id, survivor.id),
    vulnerabilities: await moveVulnerabilities(ctx.tx, duplicate.id, survivor.id),
    references: {},
  };
  for (const mover of personReferenceMovers()) {
    snapshot.references[mover.name] = await mover.move(ctx.tx, duplicate.id, survivor.id);
  }
  if (!(await updatePersonRow(ctx.tx, survivor.id, survivor.version, filled as PersonChanges)))
    throw versionConflict();
  await reindexPersonNames(ctx.tx, survivor);
  await setMergedInto(ctx.tx, duplicate.id, survivor.id);
  const merge = await insertMerge(ctx.tx, {
    id: newId(),
    survivorId: survivor.id,
    duplicateId: duplicate.id,
    organizationId: survivor.organizationId,
    snapshot,
    mergedBy: ctx.actor.userId,
  });
  ctx.audit({
    action: "person.merged",
    entityType: "person",
    entityId: survivor.id,
    organizationId: survivor.organizationId,
    details: {
      mergeId: merge.id,
      duplicateId: duplicate.id,
      filled: Object.keys(filled),
      moved: movedCounts(snapshot),
    },
  });
  return merge;
}

export function sameRecordError(): AppError {
  return invalidField({
    field: "duplicateId",
    reason: "SAME_PERSON",
    message: "A record cannot be merged with itself",
  });
}
