import type { CatalogueLabels, ServiceRecordCreate } from "@approdo/contracts";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { type CaseAccess, touchCaseActivity } from "../../cases/index.ts";
import { catalogueEntryForOrganization } from "../../catalogues/index.ts";
import { canUseSpecialServiceTypes } from "../services.policy.ts";
import {
  findCaseSubjects,
  insertServiceRecord,
  type PersonName,
  planActionInCase,
  type ServiceRow,
  voidServiceRecord,
} from "../services.repository.ts";
import { personsOutsideCase, todayInItaly } from "../services.rules.ts";
import { alreadyVoided, loadVoidable } from "./void-service.ts";

export interface RecordedService {
  row: ServiceRow;
  people: PersonName[];
  labels: CatalogueLabels;
}

/**
 * Records a service delivered on a case, in the actor's organisation (the caller has checked
 * canRecordService). Kept lean — it is the most frequent write: one catalogue look-up (the
 * organisation's network resolved in the same statement), one read of the case's subject people,
 * two inserts and the case's activity stamp. With `correctsId` the corrected record is voided in
 * the same transaction (append-only correction).
 */
export async function recordService(
  ctx: TxContext,
  access: CaseAccess,
  organizationId: string,
  input: ServiceRecordCreate,
): Promise<RecordedService> {
  const caseId = access.case.id;
  if (input.deliveredOn > todayInItaly()) {
    throw new AppError("VALIDATION_FAILED", "A service cannot be dated in the future", {
      field: "body.deliveredOn",
    });
  }
  const type = await catalogueEntryForOrganization(ctx.tx, "service_type", input.serviceType, organizationId);
  if (!type?.active) {
    throw new AppError("CATALOGUE_CODE_UNKNOWN", "The service type is not an active entry of the catalogue", {
      field: "body.serviceType",
      kind: "service_type",
      code: input.serviceType,
    });
  }
  if (type.specialCategory && !canUseSpecialServiceTypes(access)) {
    throw new AppError(
      "UNPROCESSABLE",
      "This service type is special-category data: only a special-category role on the case's team records it",
      { field: "body.serviceType", reason: "special_category" },
    );
  }
  const subjects = await findCaseSubjects(ctx.tx, caseId);
  const personIds = input.personIds ? [...new Set(input.personIds)] : subjects.map((s) => s.personId);
  const outside = personsOutsideCase(
    personIds,
    subjects.map((s) => s.personId),
  );
  if (personIds.length === 0 || outside.length > 0) {
    throw new AppError(
      "PERSON_NOT_IN_CASE",
      "Every person of a service must be a subject person of the case",
      {
        field: "body.personIds",
        personIds: outside,
      },
    );
  }
  if (input.planActionId && !(await planActionInCase(ctx.tx, input.planActionId, caseId))) {
    throw new AppError("PLAN_ACTION_NOT_IN_CASE", "The plan action is not an action of this case's plan", {
      field: "body.planActionId",
    });
  }
  if (input.correctsId)
    await voidCorrected(ctx, access, input.correctsId, input.correctionReason ?? "corrected");

  const row: ServiceRow = {
    id: input.id ?? newId(),
    caseId,
    organizationId,
    servicePointId: input.servicePointId ?? null,
    serviceType: type.code,
    deliveredOn: input.deliveredOn,
    durationMinutes: input.durationMinutes ?? type.defaultDurationMinutes,
    operatorId: input.operatorId ?? ctx.actor.userId,
    mediatorId: input.mediatorId ?? null,
    language: input.language ?? null,
    planActionId: input.planActionId ?? null,
    notes: input.notes ?? "",
    voidedAt: null,
    voidedBy: null,
    voidReason: null,
    correctsId: input.correctsId ?? null,
    createdBy: ctx.actor.userId,
    createdAt: new Date(),
  };
  await insertServiceRecord(ctx.tx, row, personIds);
  await touchCaseActivity(ctx.tx, caseId);
  ctx.audit({
    action: "service_record.created",
    entityType: "case",
    entityId: caseId,
    organizationId,
    details: { serviceRecordId: row.id, serviceType: row.serviceType, personIds, correctsId: row.correctsId },
  });
  const byId = new Map(subjects.map((s) => [s.personId, s]));
  const people = personIds.map((id) => byId.get(id) ?? { personId: id, givenName: null, familyName: null });
  return { row, people, labels: type.labels };
}

/** Voids the record a correction replaces (same policy as voiding it directly). */
async function voidCorrected(ctx: TxContext, access: CaseAccess, id: string, reason: string): Promise<void> {
  await loadVoidable(ctx, access, id);
  if (!(await voidServiceRecord(ctx.tx, id, ctx.actor.userId, reason))) throw alreadyVoided();
}
