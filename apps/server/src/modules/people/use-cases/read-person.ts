import type { Person } from "@approdo/contracts";
import type { Tx } from "../../../platform/db/database.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError, notFound } from "../../../platform/errors/app-error.ts";
import { presentPerson } from "../people.presenter.ts";
import {
  findCurrentHousehold,
  findLanguages,
  findNames,
  findPerson,
  type PersonRow,
} from "../people.repository.ts";
import { listPermits, listVulnerabilities } from "../person-details.repository.ts";

/** The full record of a person the caller may see; what row-level security hides stays out. */
export async function loadPersonDetail(tx: Tx, row: PersonRow): Promise<Person> {
  const names = await findNames(tx, [row.id]);
  const languages = await findLanguages(tx, row.id);
  const permits = await listPermits(tx, row.id);
  const vulnerabilities = await listVulnerabilities(tx, row.id);
  const household = await findCurrentHousehold(tx, row.id);
  return presentPerson(row, { names, languages, permits, vulnerabilities, household });
}

/**
 * GET of one person, audited as "person.read". A merged record still answers, with `mergedIntoId`,
 * so a client holding its id can follow it to the survivor.
 */
export async function readPerson(ctx: TxContext, id: string): Promise<Person> {
  const row = await findPerson(ctx.tx, id);
  if (!row) throw notFound("person");
  ctx.audit({
    action: "person.read",
    entityType: "person",
    entityId: row.id,
    organizationId: row.organizationId,
  });
  return loadPersonDetail(ctx.tx, row);
}

export function personMerged(row: Pick<PersonRow, "id" | "mergedIntoId">): AppError {
  return new AppError("PERSON_MERGED", "This record was merged into another one: open that one instead", {
    personId: row.id,
    mergedIntoId: row.mergedIntoId,
  });
}

/**
 * The person, locked until commit so concurrent writes queue: 404 when missing or not visible,
 * 409 PERSON_MERGED when merged (its data now lives on the survivor).
 */
export async function loadPersonForWrite(ctx: TxContext, id: string): Promise<PersonRow> {
  const row = await findPerson(ctx.tx, id, true);
  if (!row) throw notFound("person");
  if (row.mergedIntoId) throw personMerged(row);
  return row;
}
