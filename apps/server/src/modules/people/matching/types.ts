import type { MatchReason } from "./reasons.ts";

export interface NameInput {
  givenName: string;
  familyName: string;
}

/** Stored on each person (people.search_text, people.name_skeleton, people.name_keys). */
export interface NameIndex {
  /** Every spelling transliterated to lower-case Latin, no diacritics, space-separated. */
  searchText: string;
  /** Order-independent consonant skeleton of the primary name (trigram-compared). */
  nameSkeleton: string;
  /** Per-token phonetic keys of every spelling (GIN array overlap). */
  nameKeys: string[];
}

/** What the SQL candidate query needs for a query. */
export interface QueryKeys {
  searchText: string;
  nameSkeleton: string;
  nameKeys: string[];
}

export interface MatchSubject {
  /** The first is the primary (document) name; others are other spellings/scripts. */
  names: NameInput[];
  birthDate?: string | null;
  birthYear?: number | null;
  citizenship?: string | null;
  taxCode?: string | null;
  sex?: string | null;
}

export interface ScoredMatch {
  /** 0…1 */
  score: number;
  reasons: MatchReason[];
}
