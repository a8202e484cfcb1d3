import type { TxContext } from "../../../platform/db/transaction.ts";
import { insertPeopleArrays } from "../bulk-insert.repository.ts";
import { validatePersonReferences } from "./check-person-references.ts";
import { type PreparedPerson, preparePerson } from "./create-people-bulk.ts";

export { type PreparedPerson, preparePerson };

/** One audit event per this many people: the event lists their ids (as createPeopleBulk). */
const AUDIT_BATCH = 500;

/**
 * `createPeopleBulk` for people already prepared with `preparePerson` (the spreadsheet import
 * prepares each row once: its name index also serves the duplicate checks): the same reference
 * checks (422 with `details.row` on a problem, nothing written), the same rows and the same
 * "person.created_bulk" audit events, written with array inserts (bulk-insert.repository.ts) so
 * that 100,000 people take seconds. Returns the ids in input order.
 */
export async function createPreparedPeople(
  ctx: TxContext,
  organizationId: string,
  prepared: readonly PreparedPerson[],
): Promise<string[]> {
  if (prepared.length === 0) return [];
  await validatePersonReferences(
    ctx,
    prepared.map(({ person, languages }) => ({ ...person, languages })),
  );
  const people = prepared.map((p) => ({ ...p.person, organizationId, createdBy: ctx.actor.userId }));
  await insertPeopleArrays(ctx.tx, {
    people,
    names: prepared.flatMap((p) => p.names),
    languages: prepared.flatMap((p) => p.languages),
  });
  const ids = people.map((p) => p.id);
  for (let i = 0; i < ids.length; i += AUDIT_BATCH) {
    const batch = ids.slice(i, i + AUDIT_BATCH);
    ctx.audit({
      action: "person.created_bulk",
      entityType: "person",
      organizationId,
      details: { count: batch.length, ids: batch },
    });
  }
  return ids;
}
