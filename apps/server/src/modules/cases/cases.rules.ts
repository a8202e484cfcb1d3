import { type CaseState, canTransition, caseTransitions, defaultClosureOutcomes } from "@approdo/contracts";
import { AppError } from "../../platform/errors/app-error.ts";

/** YYYY-MM-DD of a moment in Italy. */
export function todayInItaly(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome" }).format(now);
}

/** "2026-000123": the year and a six-digit number, unique per organisation. */
export function formatReference(year: string, n: number): string {
  return `${year}-${String(n).padStart(6, "0")}`;
}

/** Throws 409 ILLEGAL_TRANSITION naming the allowed targets when the state machine forbids the move. */
export function assertTransition(from: CaseState, to: CaseState): void {
  if (canTransition(from, to)) return;
  const allowed = [...caseTransitions[from]];
  throw new AppError(
    "ILLEGAL_TRANSITION",
    `A case cannot move from ${from} to ${to}; allowed: ${allowed.join(", ") || "none"}`,
    { from, to, allowed },
  );
}

/** The closure outcomes in force: the catalogue's active codes, or the defaults before it is seeded. */
export function closureOutcomes(catalogue: readonly string[]): readonly string[] {
  return catalogue.length > 0 ? catalogue : defaultClosureOutcomes;
}

/** Closing needs an outcome of the catalogue; any other move takes none. */
export function checkOutcome(to: CaseState, outcome: string | undefined, allowed: readonly string[]): void {
  if (to !== "closed") {
    if (outcome !== undefined) {
      throw new AppError("VALIDATION_FAILED", "An outcome is given only when closing a case", {
        field: "outcome",
      });
    }
    return;
  }
  if (outcome === undefined || !allowed.includes(outcome)) {
    throw new AppError(
      "VALIDATION_FAILED",
      "Closing a case needs an outcome of the closure outcomes catalogue",
      {
        field: "outcome",
        allowed,
      },
    );
  }
}

/** The milestone columns a transition sets: first reach of assessment and active, closure time. */
export function milestonesFor(
  to: CaseState,
  at: Date,
  current: { assessmentAt: Date | null; activeAt: Date | null },
  outcome: string | null,
): { assessmentAt?: Date; activeAt?: Date; closedAt: Date | null; outcome: string | null } {
  return {
    ...(to === "assessment" && current.assessmentAt === null ? { assessmentAt: at } : {}),
    ...(to === "active" && current.activeAt === null ? { activeAt: at } : {}),
    closedAt: to === "closed" ? at : null,
    outcome: to === "closed" ? outcome : null,
  };
}
