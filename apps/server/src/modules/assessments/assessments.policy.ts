/**
 * Who may do what with a case's assessments, given what the cases module says about the actor and
 * the case (`loadCaseAccess`). Reading needs only a visible case: row-level security hides the
 * special-category items from readers without a special-category role on the team.
 */
export interface CaseFlags {
  canWrite: boolean;
  canSeeSpecial: boolean;
  isCaseManager: boolean;
}

/** Records an assessment or re-assessment: team members and the organisation's case workers. */
export function canRecordAssessment(access: CaseFlags): boolean {
  return access.canWrite;
}

/** A special-category domain (health, mental health and addiction) needs a special-category role on the team. */
export function canRecordItem(access: CaseFlags, specialCategory: boolean): boolean {
  return access.canWrite && (!specialCategory || access.canSeeSpecial);
}

/**
 * A correction replaces the whole assessment, special-category domains included, so only someone
 * who sees every item of it may correct one; anyone else records a new assessment instead.
 */
export function canCorrectAssessment(access: CaseFlags): boolean {
  return access.canWrite && access.canSeeSpecial;
}
