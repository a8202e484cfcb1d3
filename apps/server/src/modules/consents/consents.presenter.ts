import type { Consent, ConsentPurpose, ConsentSummary, DataCategory } from "@approdo/contracts";
import type { ConsentRow } from "./consents.repository.ts";
import { type CoverageByPurpose, isActiveOn } from "./consents.rules.ts";

export function presentConsent(row: ConsentRow, today: string): Consent {
  return {
    id: row.id,
    personId: row.personId,
    // Written only through the contract's enums, so the stored text is one of their values.
    purpose: row.purpose as ConsentPurpose,
    organizationIds: row.organizationIds,
    dataCategories: row.dataCategories as DataCategory[],
    givenOn: row.givenOn,
    explainedInLanguage: row.explainedInLanguage,
    documentId: row.documentId,
    withdrawnOn: row.withdrawnOn,
    withdrawalNote: row.withdrawalNote,
    active: isActiveOn(row, today),
    recordedBy: row.recordedBy,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentSummary(
  personId: string,
  controllerOrganizationId: string,
  on: string,
  coverage: readonly CoverageByPurpose[],
  names: ReadonlyMap<string, string>,
): ConsentSummary {
  return {
    personId,
    controllerOrganizationId,
    on,
    purposes: coverage.map(({ purpose, organizations }) => ({
      purpose,
      organizations: organizations.map((o) => ({ ...o, name: names.get(o.organizationId) ?? null })),
    })),
  };
}
