import type { PlanActionStatus, PlanStatus, PlanVersionStatus } from "@approdo/contracts";

export { todayInItaly } from "../households/households.rules.ts";

/** One action as stored in a version's content. */
export interface ContentAction {
  id: string;
  description: string;
  responsibleOrganizationId: string | null;
  responsibleUserId: string | null;
  dueOn: string | null;
  status: PlanActionStatus;
}

export interface ContentGoal {
  id: string;
  domain: string;
  personId: string | null;
  description: string;
  /** Copied from the domain when written: such goals are shown only to special-category readers. */
  specialCategory: boolean;
  actions: ContentAction[];
}

/** What a version holds (care_plan_versions.content): the plan as it stood. */
export interface PlanContent {
  title: string;
  nextReviewOn: string | null;
  goals: ContentGoal[];
}

/**
 * A version that is approved, waiting for approval, superseded or signed by the beneficiary is not
 * edited in place: a change makes a new version (older ones stay readable).
 */
export function isLocked(version: { status: string; agreementSigned: boolean }): boolean {
  return version.status !== "draft" || version.agreementSigned;
}

/** The plan's status follows its current version. */
export function planStatusOf(versionStatus: PlanVersionStatus): PlanStatus {
  if (versionStatus === "pending_approval") return "pending_approval";
  if (versionStatus === "approved") return "agreed";
  return "draft";
}

/** The goals a reader may see: special-category ones only with the right to see them. */
export function visibleGoals(goals: readonly ContentGoal[], canSeeSpecial: boolean): ContentGoal[] {
  return canSeeSpecial ? [...goals] : goals.filter((g) => !g.specialCategory);
}

/**
 * The goals of an edit by someone who may not see special-category goals: theirs, then the hidden
 * special-category goals of the current content, untouched (they could not have sent them).
 */
export function withHiddenGoals(
  edited: readonly ContentGoal[],
  current: readonly ContentGoal[],
  canSeeSpecial: boolean,
): ContentGoal[] {
  if (canSeeSpecial) return [...edited];
  return [...edited, ...current.filter((g) => g.specialCategory)];
}

/** Sets one action's status in a content (a copy); null when the content has no such action. */
export function withActionStatus(
  content: PlanContent,
  actionId: string,
  status: PlanActionStatus,
): PlanContent | null {
  let found = false;
  const goals = content.goals.map((g) => ({
    ...g,
    actions: g.actions.map((a) => {
      if (a.id !== actionId) return a;
      found = true;
      return { ...a, status };
    }),
  }));
  return found ? { ...content, goals } : null;
}

/** The goal holding an action in a content. */
export function goalOfAction(content: PlanContent, actionId: string): ContentGoal | null {
  return content.goals.find((g) => g.actions.some((a) => a.id === actionId)) ?? null;
}
