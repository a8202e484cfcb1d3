import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError, versionConflict } from "../../../platform/errors/app-error.ts";
import { type HouseholdRow, insertMembers, type NewMember } from "../households.repository.ts";

export function invalidField(path: string, message: string, code = "invalid"): AppError {
  return new AppError("VALIDATION_FAILED", message, { issues: [{ path, message, code }] });
}

/** A joining date may be in the past (households are often registered late) but not in the future. */
export function checkJoinedOn(joinedOn: string, today: string, path: string): void {
  if (joinedOn > today) throw invalidField(path, "The joining date is in the future", "future_date");
}

/**
 * The person already lives in another household. Its id is told only when the caller can see it
 * (a household of another organisation stays invisible).
 */
export function personInOtherHousehold(personId: string, householdId: string | null): AppError {
  return new AppError(
    "PERSON_IN_OTHER_HOUSEHOLD",
    "The person is a current member of another household; send moveFromCurrent: true to move them",
    householdId ? { personId, householdId } : { personId },
  );
}

/** The household the caller loaded with a lock is still at the version the client saw, if it sent one. */
export function checkVersion(household: HouseholdRow, version: number | undefined): void {
  if (version !== undefined && version !== household.version) throw versionConflict(household.version);
}

function violatedConstraint(error: unknown): string | null {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (code === "23505") return typeof constraint === "string" ? constraint : "";
  }
  return null;
}

/**
 * Inserts memberships one by one. A current membership in a household the caller cannot see
 * (another organisation's) only shows up as a unique violation: it is answered like a visible one.
 */
export async function insertMembersExplained(ctx: TxContext, rows: readonly NewMember[]): Promise<void> {
  for (const row of rows) {
    try {
      await insertMembers(ctx.tx, [row]);
    } catch (error) {
      if (violatedConstraint(error) === "household_members_current_key") {
        throw personInOtherHousehold(row.personId, null);
      }
      throw error;
    }
  }
}
