import type { Tx } from "../../../platform/db/database.ts";
import {
  type CandidateName,
  type CandidateRow,
  findCandidatePairs,
  findTaxCodeHolders,
  loadCandidates,
  loadNames,
  organizationHasPeople,
} from "../bulk-duplicates.repository.ts";
import { type MatchSubject, queryKeys, scoreMatch } from "../matching/index.ts";
import type { RegistryIndex } from "./registry-index.ts";

/** A person about to be registered, as the duplicate check sees them. */
export interface DuplicateProbe {
  givenName: string;
  familyName: string;
  birthDate?: string | null | undefined;
  birthYear?: number | null | undefined;
  citizenship?: string | null | undefined;
  taxCode?: string | null | undefined;
  sex?: string | null | undefined;
  /** The name's phonetic keys when the caller already has them (`preparePerson` computes them). */
  nameKeys?: readonly string[] | undefined;
}

export interface RegistryDuplicate {
  /** The existing record (its id only: the caller must not learn a name it was not shown). */
  personId: string;
  /** 1 for an equal tax code, else the match score. */
  score: number;
  reason: "tax_code" | "name";
}

export interface BulkDuplicateOptions {
  /** From this score on a candidate counts as a duplicate (scoreMatch's 0.9: same name and birth year). */
  minScore?: number;
  /** Candidates examined per probe (the SQL's limit). */
  candidatesPerProbe?: number;
  /**
   * The caller's organisation: when it sees nobody (no people of its own, none granted), the
   * candidate search is skipped (a first import into an empty registry).
   */
  organizationId?: string;
  /**
   * The organisation's registry loaded in memory (`loadRegistryIndex`): candidates come from it
   * instead of one people_match_candidates call per probe. For many batches in a row (the import).
   */
  index?: RegistryIndex;
}

function subjectOf(row: CandidateRow, names: readonly CandidateName[]): MatchSubject {
  return {
    names: [{ givenName: row.givenName, familyName: row.familyName }, ...names],
    birthDate: row.birthDate,
    birthYear: row.birthYear,
    citizenship: row.citizenship,
    taxCode: row.taxCode,
    sex: row.sex,
  };
}

/**
 * For many people at once (a batch of the spreadsheet import), the registered person each one
 * probably is, among those the caller may see: an equal tax code, or a match score of at least
 * `minScore` on the candidates the single-person match would consider (same SQL, same scoring).
 * A few queries for the whole batch. The result maps a probe's position to its duplicate.
 */
export async function findRegistryDuplicates(
  tx: Tx,
  probes: readonly DuplicateProbe[],
  options: BulkDuplicateOptions = {},
): Promise<Map<number, RegistryDuplicate>> {
  const minScore = options.minScore ?? 0.9;
  const perProbe = options.candidatesPerProbe ?? 50;
  const found = new Map<number, RegistryDuplicate>();

  const index = options.index;
  const holders = new Map<string, string>();
  if (!index) {
    const taxCodes = probes.map((p) => p.taxCode).filter((t): t is string => !!t);
    for (const h of await findTaxCodeHolders(tx, taxCodes)) {
      if (h.taxCode && !holders.has(h.taxCode)) holders.set(h.taxCode, h.id);
    }
    if (options.organizationId && !(await organizationHasPeople(tx, options.organizationId))) return found;
  } else if (index.size === 0) {
    return found;
  }
  const subjects: (MatchSubject | null)[] = probes.map((p, i) => {
    const holder = p.taxCode ? (index ? index.taxCodeHolder(p.taxCode) : holders.get(p.taxCode)) : undefined;
    if (holder) {
      found.set(i, { personId: holder, score: 1, reason: "tax_code" });
      return null;
    }
    return {
      names: [{ givenName: p.givenName, familyName: p.familyName }],
      birthDate: p.birthDate ?? null,
      birthYear: p.birthYear ?? (p.birthDate ? Number(p.birthDate.slice(0, 4)) : null),
      citizenship: p.citizenship ?? null,
      taxCode: p.taxCode ?? null,
      sex: p.sex ?? null,
    };
  });
  const keysOf = (s: MatchSubject | null, i: number) =>
    s ? (probes[i]?.nameKeys ?? queryKeys(s).nameKeys) : [];

  let pairs: { probe: number; personId: string }[];
  let people: CandidateRow[];
  let names: CandidateName[];
  if (index) {
    pairs = subjects.flatMap((s, probe) =>
      index.candidates(keysOf(s, probe), perProbe).map((personId) => ({ probe, personId })),
    );
    if (pairs.length === 0) return found;
    const ids = [...new Set(pairs.map((p) => p.personId))];
    people = ids.map((id) => index.person(id)).filter((r): r is CandidateRow => r !== undefined);
    names = await loadNames(tx, ids);
  } else {
    pairs = await findCandidatePairs(
      tx,
      subjects.map((s, i) => keysOf(s, i)),
      perProbe,
    );
    if (pairs.length === 0) return found;
    ({ people, names } = await loadCandidates(
      tx,
      pairs.map((p) => p.personId),
    ));
  }
  const namesOf = new Map<string, CandidateName[]>();
  for (const n of names) namesOf.set(n.personId, [...(namesOf.get(n.personId) ?? []), n]);
  const candidates = new Map<string, MatchSubject>(
    people.map((row) => [row.id, subjectOf(row, namesOf.get(row.id) ?? [])]),
  );
  for (const { probe, personId } of pairs) {
    const subject = subjects[probe];
    const candidate = candidates.get(personId);
    if (!subject || !candidate) continue;
    const { score } = scoreMatch(subject, candidate);
    const best = found.get(probe);
    if (
      score >= minScore &&
      (!best || score > best.score || (score === best.score && personId < best.personId))
    ) {
      found.set(probe, { personId, score, reason: "name" });
    }
  }
  return found;
}
