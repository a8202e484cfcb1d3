import type { NoteConfidentiality } from "@approdo/contracts";
import type { Actor } from "../../platform/authz/actor.ts";

/** What the policy needs from the cases module's CaseAccess. */
export interface NoteCaseAccess {
  canWrite: boolean;
  isCaseManager: boolean;
  canSeeSpecial: boolean;
}

/** Writing notes on a case: whoever may write to it (its team, its organisation's case workers). */
export function canWriteNotes(access: NoteCaseAccess): boolean {
  return access.canWrite;
}

/**
 * Why the actor may not write a note of this confidentiality (null: they may). The same rules as
 * the row-level security that hides the notes: case_manager notes are the case manager's,
 * special-category notes need a special-category role on the team of the controller organisation.
 */
export function confidentialityRefusal(
  access: NoteCaseAccess,
  confidentiality: NoteConfidentiality,
): "case_manager" | "special_category_role_on_team" | null {
  if (confidentiality === "case_manager" && !access.isCaseManager) return "case_manager";
  if (confidentiality === "special_category" && !access.canSeeSpecial) return "special_category_role_on_team";
  return null;
}

/** A note is corrected by its author or by the case manager. */
export function canCorrectNote(
  actor: Actor,
  access: NoteCaseAccess,
  note: { authorId: string | null },
): boolean {
  if (!canWriteNotes(access)) return false;
  return access.isCaseManager || (actor.userId !== null && note.authorId === actor.userId);
}
