/**
 * Name matching across spellings and scripts: the public surface used by the people module
 * (indexing on write, candidate generation and scoring on `POST /people/matches`), the import
 * and the benchmark. Pure functions, no database.
 */

export { indexNames, queryKeys } from "./keys.ts";
export { scoreMatch } from "./score.ts";
export { transliterate } from "./transliterate.ts";
export type { MatchSubject, NameIndex, NameInput, QueryKeys, ScoredMatch } from "./types.ts";
export { spellingVariants, type VariantOptions } from "./variants.ts";
