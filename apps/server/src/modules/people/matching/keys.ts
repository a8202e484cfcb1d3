/**
 * What the people table stores for candidate generation, and what a query looks it up with:
 * - name_keys: the skeleton of every word of every spelling, plus each multi-word part as one
 *   word ("Fatima Zahra" → "ftma", "zhra", "ftmzhra": some offices write "Fatimazahra"), for
 *   GIN array overlap. A true match shares at least one; a common name shares it with many,
 *   so the query should rank by skeleton similarity before its LIMIT.
 * - name_skeleton: the primary name's word skeletons, sorted so the order of given and family
 *   name does not matter, for pg_trgm similarity.
 * - search_text: every spelling transliterated, each word once, for pg_trgm similarity.
 */
import { type PreparedName, prepareName, type Token } from "./name.ts";
import type { MatchSubject, NameIndex, NameInput, QueryKeys } from "./types.ts";

/** Keep the GIN arrays small: a few spellings of a few words. */
const MAX_KEYS = 12;

function wordKeys(name: PreparedName): string[] {
  const words: Array<Token | null> = [...name.given, ...name.family, name.givenWhole, name.familyWhole];
  const keys: string[] = [];
  // One-letter skeletons ("a" for "Ai") would match half the table.
  for (const word of words) if (word && word.skel.length >= 2) keys.push(word.skel);
  return keys;
}

function nameSkeleton(name: PreparedName | undefined): string {
  if (!name) return "";
  return [...name.given, ...name.family]
    .map((w) => w.skel)
    .sort()
    .join(" ");
}

function searchText(prepared: PreparedName[]): string {
  const words = new Set<string>();
  for (const name of prepared) {
    for (const text of [name.givenText, name.familyText])
      for (const w of text.split(" ")) if (w) words.add(w);
  }
  return [...words].join(" ");
}

export function indexNames(names: NameInput[]): NameIndex {
  const prepared = names.map((n) => prepareName(n.givenName, n.familyName));
  const keys = new Set<string>();
  for (const name of prepared) {
    for (const key of wordKeys(name)) if (keys.size < MAX_KEYS) keys.add(key);
  }
  return {
    searchText: searchText(prepared),
    nameSkeleton: nameSkeleton(prepared[0]),
    nameKeys: [...keys],
  };
}

export function queryKeys(subject: MatchSubject): QueryKeys {
  return indexNames(subject.names);
}
