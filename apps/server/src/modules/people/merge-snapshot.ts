import type { MovedLanguage } from "./merge.repository.ts";
import type { PersonRow } from "./people.repository.ts";
import { type FillableValues, fillableFields } from "./people.rules.ts";

/** Everything a merge moved or changed, stored with it so that undoing it restores exactly that. */
export interface MergeSnapshot {
  v: 1;
  /** The survivor's fillable fields before the merge, and those it took from the duplicate. */
  survivorBefore: FillableValues;
  filled: Partial<FillableValues>;
  /** Other spellings moved from the duplicate, and those made from its document name. */
  names: { moved: string[]; created: string[] };
  languages: MovedLanguage[];
  permits: string[];
  vulnerabilities: string[];
  /** Other modules' rows, by mover name (person-references.ts). */
  references: Record<string, string[]>;
}

export function fillableOf(row: PersonRow): FillableValues {
  return Object.fromEntries(fillableFields.map((f) => [f, row[f]])) as FillableValues;
}

export function movedCounts(s: MergeSnapshot): Record<string, number> {
  const counts: Record<string, number> = {
    names: s.names.moved.length + s.names.created.length,
    languages: s.languages.length,
    permits: s.permits.length,
    vulnerabilities: s.vulnerabilities.length,
  };
  for (const [name, ids] of Object.entries(s.references)) counts[name] = ids.length;
  return counts;
}
