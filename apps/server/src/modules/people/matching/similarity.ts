/**
 * How alike two prepared names are (0…1), the best of: given↔given and family↔family; the
 * two swapped (family name written first); all words regardless of which part they were
 * entered in ("Mohamed Ali | Hassan" vs "Mohamed | Ali Hassan").
 */
import { editDistance, jaroWinkler } from "./jaro-winkler.ts";
import type { PreparedName, Token } from "./name.ts";

/** Two different known names (Hassan, Hussein) never look alike, whatever their letters. */
const OTHER_FAMILY = 0.3;
/** At most this for an Abd-name against a name without "abd" (a typo may have eaten the d). */
const OTHER_NAME = 0.75;
/** A word present on one side only (a second given name left out) costs this factor. */
const EXTRA_WORD = 0.93;
/** Matching across parts is weaker evidence than matching part by part. */
const ACROSS_PARTS = 0.95;
/** Family name written first: as good as the right order, but the straight reading wins ties. */
const SWAPPED = 0.99;
/** Karima is not Karim: below the "similar" range. */
const FEMININE_FORM = 0.7;
/** Skeletons up to this length are compared with edit distance too. */
const SHORT = 4;

export interface NameComparison {
  similarity: number;
  swapped: boolean;
}

/** Karim/Karima, Ivan/Ivana, Oleksandr/Oleksandra: the feminine form of another name. */
function feminineOf(a: string, b: string): boolean {
  return (
    (a.length === b.length + 1 && a.endsWith("a") && a.startsWith(b)) ||
    (b.length === a.length + 1 && b.endsWith("a") && b.startsWith(a))
  );
}

/** An "Abd al-X" compound ("servant of X"). */
function isAbd(skel: string): boolean {
  return skel.length > 4 && skel.startsWith("abd");
}

/**
 * Jaro-Winkler is lenient on three or four letters (hld/vld: 0.78), where one letter is a
 * different name: short skeletons also pay for their edit distance.
 */
function skeletonSimilarity(a: string, b: string): number {
  const jw = jaroWinkler(a, b);
  const longest = Math.max(a.length, b.length);
  return longest > SHORT ? jw : (jw + 1 - editDistance(a, b) / longest) / 2;
}

function wordSimilarity(a: Token, b: Token, compareSpellings: boolean): number {
  if (a.family !== null && b.family !== null) return a.family === b.family ? 1 : OTHER_FAMILY;
  if (a.skel === b.skel) return 1;
  if (feminineOf(a.skel, b.skel)) return FEMININE_FORM;
  // Abd-names differ by what follows "abd" (Abdelkader, Abdelkrim), and are not other names
  // that happen to share letters (Abderrahmane, Ibrahim).
  const abd = isAbd(a.skel) ? 3 : 0;
  if (abd !== (isAbd(b.skel) ? 3 : 0)) return Math.min(OTHER_NAME, jaroWinkler(a.skel, b.skel));
  const skeletons = skeletonSimilarity(a.skel.slice(abd), b.skel.slice(abd));
  // Spellings carry the vowels, which Arabic script does not write: compare them only
  // between alphabetic scripts.
  return compareSpellings ? (skeletons + jaroWinkler(a.form.slice(abd), b.form.slice(abd))) / 2 : skeletons;
}

/**
 * Greedy best pairing of the words of the shorter list with words of the longer: the mean of
 * the pairs, or with `strict` the weakest pair weighing three times the mean (as in combine).
 */
function wordsSimilarity(a: Token[], b: Token[], compareSpellings: boolean, strict = false): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let used = 0;
  let total = 0;
  let weakest = 1;
  for (const word of short) {
    let best = 0;
    let bestIndex = -1;
    for (let j = 0; j < long.length; j++) {
      if (used & (1 << j)) continue;
      const s = wordSimilarity(word, long[j]!, compareSpellings);
      if (s > best) [best, bestIndex] = [s, j];
    }
    if (bestIndex >= 0) used |= 1 << bestIndex;
    total += best;
    weakest = Math.min(weakest, best);
  }
  const mean = total / short.length;
  return (strict ? 0.75 * weakest + 0.25 * mean : mean) * EXTRA_WORD ** (long.length - short.length);
}

function partSimilarity(
  a: Token[],
  aWhole: Token | null,
  b: Token[],
  bWhole: Token | null,
  compareSpellings: boolean,
): number | null {
  if (a.length === 0 || b.length === 0) return null;
  const words = wordsSimilarity(a, b, compareSpellings);
  if (!aWhole && !bWhole) return words;
  const joined = wordSimilarity(aWhole ?? a[0]!, bWhole ?? b[0]!, compareSpellings);
  return Math.max(words, joined);
}

/** Both parts must agree: the weaker weighs three times the stronger (a shared "Mohamed" proves little). */
function combine(given: number | null, family: number | null): number {
  if (given === null) return family ?? 0;
  if (family === null) return given;
  return Math.min(given, family) / 2 + (given + family) / 4;
}

export function compareNames(a: PreparedName, b: PreparedName): NameComparison {
  const spellings = !a.abjad && !b.abjad;
  const straight = combine(
    partSimilarity(a.given, a.givenWhole, b.given, b.givenWhole, spellings),
    partSimilarity(a.family, a.familyWhole, b.family, b.familyWhole, spellings),
  );
  if (straight === 1) return { similarity: 1, swapped: false };
  const swapped =
    SWAPPED *
    combine(
      partSimilarity(a.given, a.givenWhole, b.family, b.familyWhole, spellings),
      partSimilarity(a.family, a.familyWhole, b.given, b.givenWhole, spellings),
    );
  const allA = a.given.concat(a.family);
  const allB = b.given.concat(b.family);
  const across = allA.length && allB.length ? ACROSS_PARTS * wordsSimilarity(allA, allB, spellings, true) : 0;
  if (swapped > straight && swapped >= across) return { similarity: swapped, swapped: true };
  return { similarity: Math.max(straight, across), swapped: false };
}
