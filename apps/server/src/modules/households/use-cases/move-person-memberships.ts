import type { Tx } from "../../../platform/db/database.ts";
import {
  bumpHousehold,
  clearReferenceFlag,
  closeMembership,
  findMembershipsOfPerson,
  hasCurrentReference,
  type PersonMembershipRow,
  reopenMembership,
  repointMemberships,
  setReferenceMember,
} from "../households.repository.ts";
import { todayInItaly } from "../households.rules.ts";

/**
 * What a merge did, as the strings the people module keeps in its snapshot: a bare id is a
 * membership row re-pointed to the survivor; `closed:<id>` (or `closed-reference:<id>`, when it
 * was the reference person) is the duplicate's current membership, closed because the survivor
 * lives in a household already; `reference:<id>` is the survivor's row that took over the
 * reference flag from it in the same household.
 */
export type MergeStep =
  | { kind: "moved"; id: string }
  | { kind: "closed"; id: string; wasReference: boolean }
  | { kind: "reference"; id: string };

export function encodeStep(step: MergeStep): string {
  if (step.kind === "moved") return step.id;
  if (step.kind === "reference") return `reference:${step.id}`;
  return `${step.wasReference ? "closed-reference" : "closed"}:${step.id}`;
}

export function decodeStep(value: string): MergeStep {
  const [kind, id] = value.includes(":") ? (value.split(":", 2) as [string, string]) : ["moved", value];
  if (kind === "reference") return { kind, id };
  if (kind === "closed" || kind === "closed-reference") {
    return { kind: "closed", id, wasReference: kind === "closed-reference" };
  }
  return { kind: "moved", id };
}

/** The duplicate's current membership cannot stay current next to the survivor's: close it. */
async function closeDuplicateMembership(
  tx: Tx,
  duplicate: PersonMembershipRow,
  survivor: PersonMembershipRow,
): Promise<MergeStep[]> {
  // Never before the day the duplicate joined (a leaving date precedes no joining date).
  const leftOn = [todayInItaly(), duplicate.joinedOn].sort().at(-1) ?? duplicate.joinedOn;
  await closeMembership(tx, duplicate.id, leftOn, "merged");
  const steps: MergeStep[] = [{ kind: "closed", id: duplicate.id, wasReference: duplicate.isReference }];
  if (duplicate.isReference && !survivor.isReference && duplicate.householdId === survivor.householdId) {
    await setReferenceMember(tx, survivor.householdId, survivor.id);
    steps.push({ kind: "reference", id: survivor.id });
  }
  return steps;
}

/**
 * Re-points every household membership (current and past) of the duplicate person to the
 * survivor. Only one current membership per person may exist, so when both live in a household
 * the duplicate's membership is closed first (reason `merged`): history is kept, nothing deleted.
 */
export async function moveMemberships(tx: Tx, fromId: string, toId: string): Promise<string[]> {
  const rows = await findMembershipsOfPerson(tx, fromId);
  if (rows.length === 0) return [];
  const duplicateCurrent = rows.find((r) => r.leftOn === null);
  const survivorCurrent = (await findMembershipsOfPerson(tx, toId)).find((r) => r.leftOn === null);
  const steps: MergeStep[] =
    duplicateCurrent && survivorCurrent
      ? await closeDuplicateMembership(tx, duplicateCurrent, survivorCurrent)
      : [];
  const ids = rows.map((r) => r.id);
  const touched = await repointMemberships(tx, ids, fromId, toId);
  for (const householdId of touched) await bumpHousehold(tx, householdId, null);
  return [...ids.map((id) => encodeStep({ kind: "moved", id })), ...steps.map(encodeStep)];
}

/**
 * Undoes `moveMemberships` exactly: the listed rows go back to the duplicate, the membership
 * closed by the merge is current again, and a reference flag handed over is handed back (unless
 * the household has chosen another reference person since, which the undo does not override).
 */
export async function restoreMemberships(
  tx: Tx,
  fromId: string,
  toId: string,
  movedIds: string[],
): Promise<void> {
  const steps = movedIds.map(decodeStep);
  for (const step of steps) if (step.kind === "reference") await clearReferenceFlag(tx, step.id);
  const moved = steps.filter((s) => s.kind === "moved").map((s) => s.id);
  const touched = new Set(await repointMemberships(tx, moved, toId, fromId));
  for (const step of steps) {
    if (step.kind !== "closed") continue;
    const rows = await findMembershipsOfPerson(tx, fromId);
    const row = rows.find((r) => r.id === step.id);
    if (!row) continue;
    const reference = step.wasReference && !(await hasCurrentReference(tx, row.householdId));
    const householdId = await reopenMembership(tx, step.id, reference);
    if (householdId) touched.add(householdId);
  }
  for (const householdId of touched) await bumpHousehold(tx, householdId, null);
}
