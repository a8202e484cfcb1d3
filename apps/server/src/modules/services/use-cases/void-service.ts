import type { TxContext } from "../../../platform/db/transaction.ts";
import { notFound } from "../../../platform/errors/app-error.ts";
import { type CaseAccess, touchCaseActivity } from "../../cases/index.ts";
import { canVoidService } from "../services.policy.ts";
import { findServiceRecord, voidServiceRecord } from "../services.repository.ts";
import { alreadyVoided } from "./record-service.ts";

/** Voids a service record of the case (append-only: the row stays, marked voided with a reason). */
export async function voidService(
  ctx: TxContext,
  access: CaseAccess,
  id: string,
  reason: string,
): Promise<void> {
  const record = await findServiceRecord(ctx.tx, access.case.id, id, true);
  if (!record || !canVoidService(ctx.actor, access, record)) throw notFound("service record");
  if (record.voidedAt !== null || !(await voidServiceRecord(ctx.tx, id, ctx.actor.userId, reason))) {
    throw alreadyVoided();
  }
  await touchCaseActivity(ctx.tx, access.case.id);
  ctx.audit({
    action: "service_record.voided",
    entityType: "case",
    entityId: access.case.id,
    organizationId: record.organizationId,
    details: { serviceRecordId: id },
  });
}
