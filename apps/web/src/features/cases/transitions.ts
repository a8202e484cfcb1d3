import { type CaseState, caseStates, caseTransitions, defaultClosureOutcomes } from "@approdo/contracts";

/** What the transition control needs to know about the case. */
export interface TransitionContext {
  state: CaseState;
  /** A closure (or plan version) waits for a coordinator: no other move until it is decided. */
  hasPendingApproval: boolean;
  /** The server's word on whether the reader may move the case at all (team seat or case-work role). */
  canTransition: boolean;
}

/**
 * The states the control offers: exactly the shared state machine's next states from the current
 * one (so the browser never offers a move the server would refuse), none while an approval is
 * pending or when the reader may not move the case. Ordered as the lifecycle (referred → closed).
 */
export function offeredTransitions(context: TransitionContext): CaseState[] {
  if (!context.canTransition || context.hasPendingApproval) return [];
  const next = caseTransitions[context.state];
  return caseStates.filter((state) => next.includes(state));
}

/** Closing needs an outcome; every move needs a reason. */
export function transitionNeedsOutcome(to: CaseState): boolean {
  return to === "closed";
}

/** closed → assessment is a reopening: the control words it as such. */
export function isReopen(from: CaseState, to: CaseState): boolean {
  return from === "closed" && to !== "closed";
}

/**
 * A step back in the lifecycle (active → assessment, monitoring → active): allowed, shown with its
 * own wording so the user sees it is a step back.
 */
export function isStepBack(from: CaseState, to: CaseState): boolean {
  if (from === "closed" || to === "closed") return false;
  return caseStates.indexOf(to) < caseStates.indexOf(from);
}

export interface OutcomeOption {
  code: string;
  /** The catalogue's label in the UI language, or null to use the built-in translation. */
  label: string | null;
}

/**
 * The closure outcomes to offer: the network's catalogue (active entries, in their order) when it
 * could be read and is not empty; otherwise the built-in defaults (translated by the UI).
 */
export function closureOutcomeOptions(
  catalogue: readonly { code: string; label: string | null; active?: boolean }[] | null | undefined,
): OutcomeOption[] {
  const active = (catalogue ?? []).filter((entry) => entry.active !== false);
  if (active.length > 0) return active.map((entry) => ({ code: entry.code, label: entry.label }));
  return defaultClosureOutcomes.map((code) => ({ code, label: null }));
}
