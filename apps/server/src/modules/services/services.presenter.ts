import type { CatalogueLabels, ServiceRecord } from "@approdo/contracts";
import type { PersonName, ServiceRow } from "./services.repository.ts";

export function presentServiceRecord(
  row: ServiceRow,
  people: readonly PersonName[],
  labels: CatalogueLabels | null,
): ServiceRecord {
  return {
    id: row.id,
    caseId: row.caseId,
    organizationId: row.organizationId,
    servicePointId: row.servicePointId,
    serviceType: row.serviceType,
    serviceTypeLabels: labels,
    deliveredOn: row.deliveredOn,
    durationMinutes: row.durationMinutes,
    people: people.map((p) => ({ personId: p.personId, givenName: p.givenName, familyName: p.familyName })),
    operatorId: row.operatorId,
    mediatorId: row.mediatorId,
    language: row.language,
    planActionId: row.planActionId,
    notes: row.notes,
    voidedAt: row.voidedAt?.toISOString() ?? null,
    voidedBy: row.voidedBy,
    voidReason: row.voidReason,
    correctsId: row.correctsId,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}
