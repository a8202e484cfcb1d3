import type { CatalogKind } from "@approdo/contracts";
import { AppError } from "../../platform/errors/app-error.ts";

/** The fields of an entry that only some kinds have. */
export interface KindSpecificFields {
  levels?: unknown;
  defaultDurationMinutes?: number | null | undefined;
  cisisCode?: string | null | undefined;
}

/**
 * Which kind-specific fields an entry may carry: need-level definitions only for assessment
 * domains (and every domain has them), a default duration and a CISIS code only for service types.
 * Returns the first problem as {field, message}, or null.
 */
export function kindFieldProblem(
  kind: CatalogKind,
  fields: KindSpecificFields,
  creating: boolean,
): { field: string; message: string } | null {
  const hasLevels = fields.levels !== undefined && fields.levels !== null;
  if (kind === "assessment_domain") {
    if (creating && !hasLevels)
      return { field: "levels", message: "An assessment domain needs the definition of each need level 0–3" };
    if (!creating && fields.levels === null)
      return { field: "levels", message: "An assessment domain keeps its need-level definitions" };
  } else if (hasLevels) {
    return { field: "levels", message: "Only assessment domains have need-level definitions" };
  }
  if (kind !== "service_type") {
    if (fields.defaultDurationMinutes !== undefined && fields.defaultDurationMinutes !== null)
      return { field: "defaultDurationMinutes", message: "Only service types have a default duration" };
    if (fields.cisisCode !== undefined && fields.cisisCode !== null)
      return { field: "cisisCode", message: "Only service types map to the CISIS nomenclature" };
  }
  return null;
}

export function assertKindFields(kind: CatalogKind, fields: KindSpecificFields, creating: boolean): void {
  const problem = kindFieldProblem(kind, fields, creating);
  if (problem) throw new AppError("VALIDATION_FAILED", problem.message, { field: `body.${problem.field}` });
}

/** The free attributes stored per entry (jsonb), read back. */
export function defaultDurationOf(attributes: unknown): number | null {
  if (attributes && typeof attributes === "object" && "defaultDurationMinutes" in attributes) {
    const value = (attributes as { defaultDurationMinutes: unknown }).defaultDurationMinutes;
    if (typeof value === "number" && Number.isInteger(value)) return value;
  }
  return null;
}

export function attributesWith(
  attributes: unknown,
  defaultDurationMinutes: number | null,
): Record<string, unknown> {
  const current =
    attributes && typeof attributes === "object" ? { ...(attributes as Record<string, unknown>) } : {};
  if (defaultDurationMinutes === null) delete current.defaultDurationMinutes;
  else current.defaultDurationMinutes = defaultDurationMinutes;
  return current;
}
