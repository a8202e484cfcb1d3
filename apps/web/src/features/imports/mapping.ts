import {
  householdImportFields,
  type ImportField,
  importFields,
  requiredImportFields,
} from "@approdo/contracts";

/** Column → field, or "" for a column not imported (the select's empty value). */
export type MappingForm = Record<string, ImportField | "">;

export type MappingProblem =
  | { kind: "required"; fields: ImportField[] }
  | { kind: "twice"; field: ImportField; columns: string[] }
  | { kind: "household" };

export function initialMapping(
  columns: readonly string[],
  suggested: Record<string, ImportField>,
): MappingForm {
  return Object.fromEntries(columns.map((c) => [c, suggested[c] ?? ""]));
}

export function isImportField(value: string): value is ImportField {
  return (importFields as readonly string[]).includes(value);
}

/** The same rules the server applies on start (it answers 400 otherwise). */
export function mappingProblems(mapping: MappingForm): MappingProblem[] {
  const columnsOf = new Map<ImportField, string[]>();
  for (const [column, field] of Object.entries(mapping)) {
    if (!field) continue;
    columnsOf.set(field, [...(columnsOf.get(field) ?? []), column]);
  }
  const problems: MappingProblem[] = [];
  const missing = requiredImportFields.filter((f) => !columnsOf.has(f));
  if (missing.length > 0) problems.push({ kind: "required", fields: missing });
  for (const [field, columns] of columnsOf) {
    if (columns.length > 1) problems.push({ kind: "twice", field, columns });
  }
  if (!columnsOf.has("householdKey") && householdImportFields.some((f) => columnsOf.has(f))) {
    problems.push({ kind: "household" });
  }
  return problems;
}

/** What the start request carries: only the columns that are imported. */
export function mappingToSend(mapping: MappingForm): Record<string, ImportField> {
  return Object.fromEntries(Object.entries(mapping).filter((e): e is [string, ImportField] => e[1] !== ""));
}
