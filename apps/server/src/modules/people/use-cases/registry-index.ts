import type { Tx } from "../../../platform/db/database.ts";
import { type CandidateRow, loadOrganizationRegistry } from "../bulk-duplicates.repository.ts";

/**
 * The registry an organisation sees (its own people and those granted to it), held in memory by
 * phonetic name key and tax code: candidate generation for tens of thousands of rows at once (the
 * spreadsheet import) in microseconds a row instead of one database call each. The rules are those
 * of people_match_candidates (migration 0005): people sharing a key of the name, a key carried by
 * many people counting only together with a second one; or the same tax code. Loaded once, in one
 * query through row-level security.
 */
export interface RegistryIndex {
  /** People indexed. */
  readonly size: number;
  /** The person holding this tax code, if any. */
  taxCodeHolder(taxCode: string): string | undefined;
  /** Up to `max` candidates for a name's keys, those sharing most keys first. */
  candidates(keys: readonly string[], max: number): string[];
  /** What scoring needs of a candidate. */
  person(id: string): CandidateRow | undefined;
}

/** A key held by more people than this (and more than 1 in 2,000) is too common to find candidates alone. */
const COMMON_FLOOR = 20;

export function buildRegistryIndex(
  rows: readonly (CandidateRow & { nameKeys: readonly string[] })[],
): RegistryIndex {
  const byKey = new Map<string, string[]>();
  const byTaxCode = new Map<string, string>();
  const people = new Map<string, CandidateRow>();
  for (const row of rows) {
    const { nameKeys, ...person } = row;
    people.set(row.id, person);
    if (row.taxCode && !byTaxCode.has(row.taxCode)) byTaxCode.set(row.taxCode, row.id);
    for (const key of new Set(nameKeys)) {
      const holders = byKey.get(key);
      if (holders) holders.push(row.id);
      else byKey.set(key, [row.id]);
    }
  }
  const commonAbove = Math.max(COMMON_FLOOR, Math.ceil(rows.length / 2000));
  const sets = new Map<string, Set<string>>();
  const setOf = (key: string) => {
    let set = sets.get(key);
    if (!set) {
      set = new Set(byKey.get(key) ?? []);
      sets.set(key, set);
    }
    return set;
  };
  return {
    size: rows.length,
    taxCodeHolder: (taxCode) => byTaxCode.get(taxCode),
    person: (id) => people.get(id),
    candidates(keys, max) {
      // Every key of the name counts, also those nobody holds: a name of two words is never a
      // "lone" key just because one of them is new to the registry.
      const unique = [...new Set(keys)];
      if (!unique.some((k) => byKey.has(k))) return [];
      const shared = new Map<string, number>();
      const add = (id: string) => shared.set(id, (shared.get(id) ?? 0) + 1);
      const common = unique.filter((k) => (byKey.get(k)?.length ?? 0) > commonAbove);
      const rare = unique.filter((k) => (byKey.get(k)?.length ?? 0) <= commonAbove);
      for (const key of rare) for (const id of byKey.get(key) ?? []) add(id);
      if (rare.length === 0 && unique.length === 1 && unique[0]) {
        // A lone common key ("Ali Ali") has nothing to pair with: its holders, up to the limit.
        for (const id of (byKey.get(unique[0]) ?? []).slice(0, max)) add(id);
      }
      // A common key counts together with another key of the name (the SQL's pairs).
      const isCommon = new Set(common);
      for (let i = 0; i < unique.length; i++) {
        for (let j = i + 1; j < unique.length; j++) {
          const a = unique[i] ?? "";
          const b = unique[j] ?? "";
          if (!isCommon.has(a) && !isCommon.has(b)) continue;
          const [small, big] = (byKey.get(a)?.length ?? 0) <= (byKey.get(b)?.length ?? 0) ? [a, b] : [b, a];
          const bigSet = setOf(big);
          for (const id of byKey.get(small) ?? []) if (bigSet.has(id)) add(id);
        }
      }
      return [...shared]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, max)
        .map(([id]) => id);
    },
  };
}

/** The registry the caller's organisation sees, indexed (see RegistryIndex). */
export async function loadRegistryIndex(tx: Tx, organizationId: string): Promise<RegistryIndex> {
  return buildRegistryIndex(await loadOrganizationRegistry(tx, organizationId));
}
