import type { residencePermitInputSchema } from "@approdo/contracts";
import type { z } from "zod";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import type { PersonRow } from "../people.repository.ts";
import { insertPermit, type PermitRow } from "../person-details.repository.ts";

export type PermitInput = z.infer<typeof residencePermitInputSchema>;

/** Appends a residence permit to the person's history (permits are never overwritten). */
export async function recordResidencePermit(
  ctx: TxContext,
  person: PersonRow,
  input: PermitInput,
): Promise<PermitRow> {
  const row = await insertPermit(ctx.tx, {
    id: input.id ?? newId(),
    personId: person.id,
    type: input.type,
    number: input.number ?? null,
    issuedOn: input.issuedOn ?? null,
    expiresOn: input.expiresOn ?? null,
    issuedBy: input.issuedBy ?? null,
    createdBy: ctx.actor.userId,
  });
  ctx.audit({
    action: "person.permit_recorded",
    entityType: "person",
    entityId: person.id,
    organizationId: person.organizationId,
    details: { permitId: row.id },
  });
  return row;
}
