import type { ServicePointCreate } from "@approdo/contracts";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { insertServicePoint } from "../service-points.repository.ts";
import { checkServicePointReferences } from "./check-service-point-references.ts";

/** Opens a service point for an organisation in a municipality; returns its id. */
export async function createServicePoint(ctx: TxContext, input: ServicePointCreate): Promise<string> {
  const id = input.id ?? newId();
  await checkServicePointReferences(ctx, {
    organizationId: input.organizationId,
    istatCode: input.istatCode,
  });
  await insertServicePoint(ctx.tx, {
    id,
    organizationId: input.organizationId,
    type: input.type,
    name: input.name,
    istatCode: input.istatCode,
    address: input.address ?? "",
    openingHours: input.openingHours ?? "",
    languages: input.languages ?? [],
    active: input.active ?? true,
  });
  ctx.audit({
    action: "service_point.created",
    entityType: "service_point",
    entityId: id,
    organizationId: input.organizationId,
    details: { fields: Object.keys(input).filter((k) => k !== "id") },
  });
  return id;
}
