import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError, notFound } from "../../../platform/errors/app-error.ts";
import { type CaseAccess, touchCaseActivity } from "../../cases/index.ts";
import { catalogueEntryForOrganization } from "../../catalogues/index.ts";
import { canUseSpecialServiceTypes, canVoidService } from "../services.policy.ts";
import { findServiceRecord, type ServiceRow, voidServiceRecord } from "../services.repository.ts";

/**
 * Loads a record of the case that the actor may void: it must be theirs to void, and of a type
 * they may see (a special-category type is hidden from everyone else, voiding included).
 */
export async function loadVoidable(ctx: TxContext, access: CaseAccess, id: string): Promise<ServiceRow> {
  const record = await findServiceRecord(ctx.tx, access.case.id, id, true);
  if (!record || !canVoidService(ctx.actor, access, record)) throw notFound("service record");
  if (!canUseSpecialServiceTypes(access)) {
    const type = await catalogueEntryForOrganization(
      ctx.tx,
      "service_type",
      record.serviceType,
      access.case.organizationId,
    );
    if (type?.specialCategory) throw notFound("service record");
  }
  return record;
}

/** Voids a service record of the case (append-only: the row stays, marked voided with a reason). */
export async function voidService(
  ctx: TxContext,
  access: CaseAccess,
  id: string,
  reason: string,
): Promise<void> {
  const record = await loadVoidable(ctx, access, id);
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

export function alreadyVoided(): AppError {
  return new AppError("SERVICE_ALREADY_VOIDED", "This service record was already voided or corrected");
}
