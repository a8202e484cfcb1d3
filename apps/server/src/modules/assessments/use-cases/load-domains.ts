import type { AssessmentDomain } from "@approdo/contracts";
import type { Tx } from "../../../platform/db/database.ts";
import { findDomainCatalog } from "../assessments.repository.ts";
import { domainsFromCatalog } from "../assessments.rules.ts";

/** The assessment domains of an organisation's networks (or the defaults), in catalogue order. */
export async function loadDomains(tx: Tx, organizationId: string): Promise<AssessmentDomain[]> {
  return domainsFromCatalog(await findDomainCatalog(tx, organizationId));
}

export async function loadDomainMap(tx: Tx, organizationId: string): Promise<Map<string, AssessmentDomain>> {
  return new Map((await loadDomains(tx, organizationId)).map((d) => [d.code, d]));
}
