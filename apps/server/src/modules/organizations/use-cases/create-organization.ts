import type { OrganizationCreate } from "@approdo/contracts";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { insertOrganization } from "../organizations.repository.ts";
import { checkParent, checkTerritory } from "./check-organization-references.ts";

/** Creates an organisation (the caller has checked the policy); returns its id. */
export async function createOrganization(ctx: TxContext, input: OrganizationCreate): Promise<string> {
  const id = input.id ?? newId();
  await checkTerritory(ctx, input.istatCode);
  if (input.parentId) await checkParent(ctx, id, input.parentId);
  await insertOrganization(ctx.tx, {
    id,
    name: input.name,
    type: input.type,
    istatCode: input.istatCode,
    parentId: input.parentId ?? null,
    requiresClosureApproval: input.requiresClosureApproval ?? false,
    active: input.active ?? true,
  });
  const fields = Object.keys(input).filter((k) => k !== "id");
  ctx.audit({
    action: "organization.created",
    entityType: "organization",
    entityId: id,
    organizationId: id,
    details: { fields },
  });
  return id;
}
