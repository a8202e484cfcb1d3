import type { personNameInputSchema } from "@approdo/contracts";
import type { z } from "zod";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { insertNames, type PersonNameRow, type PersonRow } from "../people.repository.ts";
import { detectScript } from "../people.rules.ts";
import { reindexPersonNames } from "./reindex-person-names.ts";

export type PersonNameInput = z.infer<typeof personNameInputSchema>;

/** Adds another spelling or script of a person's name and recomputes the name index. */
export async function addPersonName(
  ctx: TxContext,
  person: PersonRow,
  input: PersonNameInput,
): Promise<PersonNameRow> {
  const row = {
    id: newId(),
    personId: person.id,
    kind: input.kind,
    script: input.script ?? detectScript(input.givenName, input.familyName),
    givenName: input.givenName,
    familyName: input.familyName,
    createdAt: new Date(),
  };
  await insertNames(ctx.tx, [row]);
  await reindexPersonNames(ctx.tx, person);
  ctx.audit({
    action: "person.name_added",
    entityType: "person",
    entityId: person.id,
    organizationId: person.organizationId,
    details: { nameId: row.id },
  });
  return row;
}
