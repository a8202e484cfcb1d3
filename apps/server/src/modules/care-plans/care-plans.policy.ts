/**
 * Who may do what with a case's plans, given what the cases module says about the actor and the
 * case (`loadCaseAccess`). Reading needs only a visible case; special-category goals are shown only
 * to readers who may see special-category content.
 */
export interface CaseFlags {
  canWrite: boolean;
  canSeeSpecial: boolean;
  isCaseManager: boolean;
}

/** Writes the plan's content (goals, actions, review date): team members and the organisation's case workers. */
export function canEditPlan(access: CaseFlags): boolean {
  return access.canWrite;
}

/** A goal in a special-category domain (health, mental health and addiction). */
export function canWriteGoal(access: CaseFlags, specialCategory: boolean): boolean {
  return access.canWrite && (!specialCategory || access.canSeeSpecial);
}

/** Approves directly, or submits for a coordinator's approval: the case manager. */
export function canDecidePlan(access: CaseFlags): boolean {
  return access.isCaseManager;
}

/** Records the beneficiary's agreement (often with the mediator present): whoever writes the plan. */
export function canRecordAgreement(access: CaseFlags): boolean {
  return access.canWrite;
}

/** Updates an action's progress; an action of a special-category goal needs the right to see it. */
export function canUpdateAction(access: CaseFlags, goalIsSpecial: boolean): boolean {
  return canWriteGoal(access, goalIsSpecial);
}

/** Where the organisation requires approval, plans go to a coordinator; otherwise the case manager approves. */
export function approvalPath(approvalRequired: boolean): "submit" | "approve" {
  return approvalRequired ? "submit" : "approve";
}
