import type { Tx } from "../../../platform/db/database.ts";
import {
  type CandidateName,
  type CandidateRow,
  findCandidatePairs,
  findTaxCodeHolders,
  loadCandidates,
  organizationHasPeople,
} from "../bulk-duplicates.repository.ts";
import { birthEvidence, birthOf, citizenshipEvidence, sexEvidence } from "../matching/evidence.ts";
import { type MatchSubject, queryKeys, scoreMatch } from "../matching/index.ts";
import type { CandidateHint, RegistryIndex } from "./registry-index.ts";

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
   * The organisation's registry's name keys loaded in memory (`loadRegistryIndex`): candidates
   * come from it, among people born within `duplicateYearWindow` of the probe, instead of one
   * people_match_candidates call per probe. For many batches in a row (the import).
   */
  index?: RegistryIndex;
}

/**
 * How far apart two birth years may be for a candidate to still reach `minScore`. A duplicate
 * (0.9) needs the same birth year: with the best name (weight 1.2) and citizenship (0.4), a year
 * apart gives a logit of at most 1.9 (0.87) — tax codes agreeing on all but the name letters (+1)
 * agree on the year too — and two years apart 1.0 (0.73) (matching/evidence.ts, score.ts; the unit
 * test checks these bounds against scoreMatch). Below 0.9, two years either side.
 */
export function duplicateYearWindow(minScore: number): number {
  return minScore >= 0.9 ? 0 : 2;
}

/** The largest weights scoreMatch gives a name (equal: score.ts) and a tax code (equal). */
const BEST_NAME_WEIGHT = 1.2;
const BEST_TAX_CODE_WEIGHT = 9;

/**
 * Whether a candidate the index proposes could still reach `minScore`, judged on what the index
 * knows of it (birth year and day, sex, citizenship) with the best possible name and, when the
 * probe has a tax code, tax code: a candidate ruled out here is not read from the database nor
 * scored. For a probe without a tax code, a different sex or birth day (both known) rule a
 * candidate out, and so does another citizenship unless the birth dates are equal. Scores are rounded to 3 decimals, hence the
 * half thousandth.
 */
export function couldReachScore(
  subject: MatchSubject,
  minScore: number,
): (candidate: CandidateHint) => boolean {
  const birth = birthOf(subject.birthDate, subject.birthYear);
  const target = Math.min(Math.max(minScore - 0.0005, 1e-6), 1 - 1e-6);
  const needed = Math.log(target / (1 - target)) - 1e-9;
  const best = BEST_NAME_WEIGHT + (subject.taxCode ? BEST_TAX_CODE_WEIGHT : 0);
  return (c) => {
    const date = c.birthYear !== null && c.birthDay ? `${c.birthYear}-${c.birthDay}` : null;
    const weight =
      best +
      birthEvidence(birth, birthOf(date, c.birthYear)).weight +
      sexEvidence(subject.sex, c.sex).weight +
      citizenshipEvidence(subject.citizenship, c.citizenship).weight;
    return weight >= needed;
  };
}

const OMOCODE_LETTERS = "LMNPQRSTUV";

/** The two-digit birth year of a full codice fiscale (positions 7–8, omocodia letters read back). */
function taxCodeYear(taxCode: string | null | undefined): number | null {
  const code = taxCode?.trim().toUpperCase();
  if (code?.length !== 16) return null;
  const digits = [code[6], code[7]].map((c) => {
    const letter = OMOCODE_LETTERS.indexOf(c ?? "");
    return letter >= 0 ? letter : Number(c);
  });
  const [tens, units] = digits as [number, number];
  return Number.isInteger(tens) && Number.isInteger(units) ? tens * 10 + units : null;
}

/**
 * The birth years among which a probe's duplicates can be: its year ±`window` (that year first;
 * people with no birth year are always candidates). Without a birth year, only a full tax code
 * agreeing on birth data with the candidate's can lift a name to the duplicate score: the code's
 * year, in both centuries. Without either, no name alone reaches it (same name and citizenship:
 * 0.83), so no candidates.
 */
export function candidateBirthYears(probe: DuplicateProbe, window: number): number[] {
  const year = probe.birthYear ?? (probe.birthDate ? Number(probe.birthDate.slice(0, 4)) : null);
  if (year !== null && Number.isFinite(year)) {
    const years = [year];
    for (let d = 1; d <= window; d++) years.push(year - d, year + d);
    return years;
  }
  const yy = taxCodeYear(probe.taxCode);
  return yy === null ? [] : [1900 + yy, 2000 + yy];
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
 * `minScore` by the single-person match's scoring. Candidates: with `index`, those of the key ×
 * birth-year index that could still reach `minScore`; without, people_match_candidates per probe
 * (the single-person match's SQL). A few queries for the whole batch. The result maps a probe's
 * position to its duplicate.
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
  const taxCodes = probes.map((p) => p.taxCode).filter((t): t is string => !!t);
  for (const h of await findTaxCodeHolders(tx, taxCodes)) {
    if (h.taxCode && !holders.has(h.taxCode)) holders.set(h.taxCode, h.id);
  }
  const subjects: (MatchSubject | null)[] = probes.map((p, i) => {
    const holder = p.taxCode ? holders.get(p.taxCode) : undefined;
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
  if (
    index
      ? index.size === 0
      : options.organizationId && !(await organizationHasPeople(tx, options.organizationId))
  )
    return found;
  const keysOf = (s: MatchSubject | null, i: number) =>
    s ? (probes[i]?.nameKeys ?? queryKeys(s).nameKeys) : [];

  let pairs: { probe: number; personId: string }[];
  if (index) {
    const window = duplicateYearWindow(minScore);
    pairs = subjects.flatMap((s, probe) => {
      const years = s ? candidateBirthYears(probes[probe] as DuplicateProbe, window) : [];
      if (years.length === 0) return [];
      const keep = couldReachScore(s as MatchSubject, minScore);
      return index
        .candidates(keysOf(s, probe), years, perProbe, keep)
        .map((personId) => ({ probe, personId }));
    });
  } else {
    pairs = await findCandidatePairs(
      tx,
      subjects.map((s, i) => keysOf(s, i)),
      perProbe,
    );
  }
  if (pairs.length === 0) return found;
  const { people, names } = await loadCandidates(
    tx,
    pairs.map((p) => p.personId),
  );
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
