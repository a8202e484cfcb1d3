import type { PersonCreate } from "@approdo/contracts";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import {
  insertPeople,
  type NewPerson,
  type NewPersonName,
  type PersonLanguageRow,
} from "../people.repository.ts";
import { birthYearOf, detectScript, nameIndexOf, uniqueLanguages } from "../people.rules.ts";
import { validatePersonReferences } from "./check-person-references.ts";

export interface PreparedPerson {
  person: NewPerson;
  names: NewPersonName[];
  languages: PersonLanguageRow[];
}

/** The rows of a new person: the birth year derived, other spellings with their script, the name index. */
export function preparePerson(
  input: PersonCreate,
  organizationId: string,
  createdBy: string | null,
): PreparedPerson {
  const id = input.id ?? newId();
  const names = (input.otherNames ?? []).map((n) => ({
    id: newId(),
    personId: id,
    kind: n.kind,
    script: n.script ?? detectScript(n.givenName, n.familyName),
    givenName: n.givenName,
    familyName: n.familyName,
  }));
  const index = nameIndexOf(input, names);
  const person: NewPerson = {
    id,
    organizationId,
    givenName: input.givenName,
    familyName: input.familyName,
    sex: input.sex,
    birthDate: input.birthDate ?? null,
    birthYear: birthYearOf(input.birthDate, input.birthYear),
    countryOfBirth: input.countryOfBirth ?? null,
    citizenship: input.citizenship ?? null,
    taxCode: input.taxCode ?? null,
    stpCode: input.stpCode ?? null,
    eniCode: input.eniCode ?? null,
    italianLevel: input.italianLevel ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    domicileIstat: input.domicileIstat ?? null,
    domicileAddress: input.domicileAddress ?? null,
    arrivalDate: input.arrivalDate ?? null,
    searchText: index.searchText,
    nameSkeleton: index.nameSkeleton,
    nameKeys: index.nameKeys,
    createdBy,
  };
  const languages = uniqueLanguages(input.languages).map((l) => ({ personId: id, ...l }));
  return { person, names, languages };
}

/** One audit event per this many people: the event lists their ids. */
const AUDIT_BATCH = 500;

/**
 * Registers many people of one organisation in the caller's transaction (the spreadsheet import):
 * the same checks and name index as one by one, multi-row inserts, one "person.created_bulk"
 * audit event per 500 people. A problem throws 422 with `details.row`, the input's index, and
 * nothing is written. Returns the ids in input order.
 */
export async function createPeopleBulk(
  ctx: TxContext,
  organizationId: string,
  inputs: readonly PersonCreate[],
): Promise<string[]> {
  if (inputs.length === 0) return [];
  await validatePersonReferences(ctx, inputs);
  const prepared = inputs.map((input) => preparePerson(input, organizationId, ctx.actor.userId));
  await insertPeople(ctx.tx, {
    people: prepared.map((p) => p.person),
    names: prepared.flatMap((p) => p.names),
    languages: prepared.flatMap((p) => p.languages),
  });
  const ids = prepared.map((p) => p.person.id);
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
