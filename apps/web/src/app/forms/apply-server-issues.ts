import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";
import { validationIssuesOf } from "../api/api-error.ts";

/**
 * Puts the issues of a VALIDATION_FAILED answer under the fields they name (when the form has
 * such a field); returns how many were placed.
 */
export function applyServerIssues<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldNames: readonly string[],
): number {
  let placed = 0;
  for (const issue of validationIssuesOf(error)) {
    const field = issue.path.replace(/^body\./, "");
    const known = fieldNames.some((name) => field === name || field.startsWith(`${name}.`));
    if (!known) continue;
    setError(field as FieldPath<T>, { type: "server", message: issue.message });
    placed += 1;
  }
  return placed;
}
