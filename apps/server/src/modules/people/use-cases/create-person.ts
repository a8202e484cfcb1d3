import type { PersonCreate } from "@approdo/contracts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { insertPeople } from "../people.repository.ts";
import { validatePersonReferences } from "./check-person-references.ts";
import { preparePerson } from "./create-people-bulk.ts";

/** Registers a person in the actor's organisation (the caller checked the policy); returns the id. */
export async function createPerson(
  ctx: TxContext,
  organizationId: string,
  input: PersonCreate,
): Promise<string> {
  await validatePersonReferences(ctx, [input]);
  const prepared = preparePerson(input, organizationId, ctx.actor.userId);
  await insertPeople(ctx.tx, {
    people: [prepared.person],
    names: prepared.names,
    languages: prepared.languages,
  });
  const fields = Object.keys(input).filter((k) => k !== "id" && k !== "otherNames" && k !== "languages");
  ctx.audit({
    action: "person.created",
    entityType: "person",
    entityId: prepared.person.id,
    organizationId,
    details: { fields, otherNames: prepared.names.length, languages: prepared.languages.length },
  });
  return prepared.person.id;
}
