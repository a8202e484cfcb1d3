/**
 * How likely two records are the same person (0…1), with the reasons an operator sees.
 *
 * The name is compared over every pair of spellings of the two records; its similarity is
 * turned into a weight of evidence and summed with birth date, citizenship, tax code and sex
 * (evidence.ts); the logistic function maps the sum to 0…1. Calibration (asserted in the
 * tests): the same name alone ≈ 0.77; with the same birth year ≈ 0.92, and citizenship ≈ 0.94;
 * a year apart ≈ 0.87; ten years apart ≈ 0.1; a shared common given name with another family
 * name ≈ 0.05.
 */
import {
  birthEvidence,
  birthOf,
  citizenshipEvidence,
  type Evidence,
  sexEvidence,
  taxCodeEvidence,
} from "./evidence.ts";
import { type PreparedName, prepareName } from "./name.ts";
import type { MatchReason } from "./reasons.ts";
import { compareNames } from "./similarity.ts";
import type { MatchSubject, ScoredMatch } from "./types.ts";

/** Name similarity → weight, linear between the knots. Below 0.8 names are different names. */
const NAME_KNOTS: ReadonlyArray<readonly [number, number]> = [
  [0, -8],
  [0.5, -6],
  [0.7, -3.5],
  [0.8, -1.5],
  [0.85, -0.5],
  [0.9, 0.3],
  [0.95, 0.8],
  [1, 1.2],
];
/** From here on a name is reported as similar. */
const SIMILAR = 0.85;
/** Equal after transliteration and spelling rules (up to the swap factor). */
const SAME_NAME = 0.99;

function nameWeight(similarity: number): number {
  for (let i = 1; i < NAME_KNOTS.length; i++) {
    const [x1, y1] = NAME_KNOTS[i]!;
    if (similarity > x1) continue;
    const [x0, y0] = NAME_KNOTS[i - 1]!;
    return y0 + ((similarity - x0) / (x1 - x0)) * (y1 - y0);
  }
  return NAME_KNOTS[NAME_KNOTS.length - 1]![1];
}

interface BestName {
  similarity: number;
  swapped: boolean;
  sameSpelling: boolean;
  crossScript: boolean;
}

/** Written the same way, in the same script ("Yonas" and "ዮናስ" read alike but are a transliteration). */
function sameSpelling(a: PreparedName, b: PreparedName, swapped: boolean): boolean {
  if (a.native !== b.native) return false;
  return swapped
    ? a.givenText === b.familyText && a.familyText === b.givenText
    : a.givenText === b.givenText && a.familyText === b.familyText;
}

function bestName(query: PreparedName[], candidate: PreparedName[]): BestName {
  let best: BestName = { similarity: 0, swapped: false, sameSpelling: false, crossScript: false };
  for (const a of query) {
    for (const b of candidate) {
      const { similarity, swapped } = compareNames(a, b);
      const same = sameSpelling(a, b, swapped);
      if (similarity < best.similarity || (similarity === best.similarity && (best.sameSpelling || !same)))
        continue;
      const crossScript = a.native !== b.native || a.abjad !== b.abjad;
      best = { similarity, swapped, sameSpelling: same, crossScript };
    }
  }
  return best;
}

function nameReasons(name: BestName): MatchReason[] {
  const reasons: MatchReason[] = [];
  if (name.sameSpelling) reasons.push("name_equal");
  else if (name.similarity >= SAME_NAME || (name.crossScript && name.similarity >= SIMILAR)) {
    reasons.push("name_transliteration");
  } else if (name.similarity >= SIMILAR) reasons.push("name_similar");
  if (name.swapped && name.similarity >= SIMILAR) reasons.push("names_swapped");
  return reasons;
}

function prepared(subject: MatchSubject): PreparedName[] {
  return subject.names.map((n) => prepareName(n.givenName, n.familyName));
}

export function scoreMatch(query: MatchSubject, candidate: MatchSubject): ScoredMatch {
  const name = bestName(prepared(query), prepared(candidate));
  const taxCode = taxCodeEvidence(query.taxCode, candidate.taxCode);
  const others: Evidence[] = [
    birthEvidence(
      birthOf(query.birthDate, query.birthYear),
      birthOf(candidate.birthDate, candidate.birthYear),
    ),
    citizenshipEvidence(query.citizenship, candidate.citizenship),
    sexEvidence(query.sex, candidate.sex),
  ];
  let logit = nameWeight(name.similarity) + taxCode.weight;
  // Reasons in the order an operator reads them: tax code, name, birth, citizenship, sex.
  const reasons: MatchReason[] = taxCode.reason ? [taxCode.reason] : [];
  reasons.push(...nameReasons(name));
  for (const e of others) {
    logit += e.weight;
    if (e.reason) reasons.push(e.reason);
  }
  const score = 1 / (1 + Math.exp(-logit));
  return { score: Math.round(score * 1000) / 1000, reasons };
}
