import {
  householdImportFields,
  type ImportField,
  type ImportMapping,
  requiredImportFields,
} from "@approdo/contracts";
import { AppError } from "../../../platform/errors/app-error.ts";

interface Issue {
  path: string;
  message: string;
  code: string;
}

/**
 * A mapping the import can run with: only the file's columns, each field from one column, the
 * required fields present (when starting), household details only together with the household
 * column. 400 VALIDATION_FAILED listing every problem.
 */
export function checkMapping(
  mapping: ImportMapping,
  columns: readonly string[],
  options: { requireFields: boolean },
): Record<string, ImportField> {
  const issues: Issue[] = [];
  const known = new Set(columns);
  const used = new Map<ImportField, string>();
  const fields: Record<string, ImportField> = {};
  for (const [column, field] of Object.entries(mapping)) {
    if (!known.has(column)) {
      issues.push({
        path: `body.mapping.${column}`,
        message: "The file has no such column",
        code: "unknown_column",
      });
      continue;
    }
    if (field === null) continue;
    const earlier = used.get(field);
    if (earlier !== undefined) {
      issues.push({
        path: `body.mapping.${column}`,
        message: `The field ${field} is already mapped from the column "${earlier}"`,
        code: "field_mapped_twice",
      });
      continue;
    }
    used.set(field, column);
    fields[column] = field;
  }
  if (options.requireFields) {
    for (const field of requiredImportFields) {
      if (!used.has(field)) {
        issues.push({
          path: "body.mapping",
          message: `A column must be mapped to ${field}`,
          code: `missing_${field}`,
        });
      }
    }
  }
  if (!used.has("householdKey")) {
    for (const field of householdImportFields) {
      const column = used.get(field);
      if (column !== undefined) {
        issues.push({
          path: `body.mapping.${column}`,
          message: `${field} needs a household column (householdKey) to group the rows`,
          code: "household_key_missing",
        });
      }
    }
  }
  if (issues.length > 0) throw new AppError("VALIDATION_FAILED", "The mapping is not valid", { issues });
  return fields;
}
