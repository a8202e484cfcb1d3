import type { AssessmentDomain } from "@approdo/contracts";
import type { DomainCatalogRow } from "./assessments.repository.ts";
import { defaultDomainLabels, defaultDomains, defaultLevelLabels } from "./domain-defaults.ts";

export { todayInItaly } from "../households/households.rules.ts";

/**
 * The domains of a network's catalogue as the API shows them; the defaults of the contracts when
 * the catalogue has no assessment domain at all. Missing translations are filled from the
 * defaults (same code), and a domain without level definitions gets the generic ones.
 */
export function domainsFromCatalog(rows: readonly DomainCatalogRow[]): AssessmentDomain[] {
  if (rows.length === 0) return defaultDomains();
  return rows
    .map((r) => ({
      code: r.code,
      labels: { ...(defaultDomainLabels[r.code] ?? {}), ...r.labels },
      specialCategory: r.specialCategory,
      levels: r.levels && Object.keys(r.levels).length > 0 ? r.levels : { ...defaultLevelLabels },
      sortOrder: r.sortOrder,
      active: r.active,
    }))
    .sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
}

export type DomainProblem = "UNKNOWN_DOMAIN" | "INACTIVE_DOMAIN";

/** Why a domain code may not be used for a new item or goal, or null when it may. */
export function domainProblem(
  domains: ReadonlyMap<string, AssessmentDomain>,
  code: string,
): DomainProblem | null {
  const domain = domains.get(code);
  if (!domain) return "UNKNOWN_DOMAIN";
  if (!domain.active) return "INACTIVE_DOMAIN";
  return null;
}

/**
 * The person an item or goal concerns, as stored: null for the case's subject as a whole. In a
 * person's case the person themself is the subject (null); in a household's case it must be a
 * current member. Returns undefined when the person is not a subject of the case.
 */
export function subjectPerson(
  personId: string | null | undefined,
  kase: { subjectType: "person" | "household"; personId: string | null },
  members: ReadonlySet<string>,
): string | null | undefined {
  if (personId === null || personId === undefined) return null;
  if (kase.subjectType === "person") return personId === kase.personId ? null : undefined;
  return members.has(personId) ? personId : undefined;
}

/** The change of a series: last level minus first. */
export function levelChange(points: readonly { level: number }[]): number {
  const first = points[0];
  const last = points[points.length - 1];
  return first && last ? last.level - first.level : 0;
}
