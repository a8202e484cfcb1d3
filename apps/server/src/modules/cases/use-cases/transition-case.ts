import type { CaseState, CaseTransitionCreate } from "@approdo/contracts";
import type { Tx } from "../../../platform/db/database.ts";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError, notFound, versionConflict } from "../../../platform/errors/app-error.ts";
import type { LoadedCase } from "../access.ts";
import { requestApproval } from "../approvals.ts";
import { canTransitionCase } from "../cases.policy.ts";
import {
  type CaseRow,
  findClosureOutcomeCodes,
  findPendingApprovals,
  insertTransition,
  organizationRequiresClosureApproval,
  updateCase,
} from "../cases.repository.ts";
import { assertTransition, checkOutcome, closureOutcomes, milestonesFor } from "../cases.rules.ts";

export type TransitionResult = { applied: true } | { applied: false; approvalId: string };

/**
 * Moves a case along the state machine with a reason (and an outcome when closing). Where the
 * organisation requires it, closing creates a pending approval instead and the case stays put.
 */
export async function transitionCase(
  ctx: TxContext,
  loaded: LoadedCase,
  input: CaseTransitionCreate,
): Promise<TransitionResult> {
  const { tx, actor } = ctx;
  const kase = loaded.row;
  const facts = {
    organizationId: kase.organizationId,
    caseManagerId: kase.caseManagerId,
    state: loaded.case.state,
  };
  if (!canTransitionCase(actor, facts, loaded)) throw notFound("case");
  if (input.version !== undefined && input.version !== kase.version) throw versionConflict(kase.version);
  const from = loaded.case.state;
  assertTransition(from, input.to);
  checkOutcome(
    input.to,
    input.outcome,
    closureOutcomes(await findClosureOutcomeCodes(tx, kase.organizationId)),
  );
  const pending = await findPendingApprovals(tx, kase.id);
  const closure = pending.find((a) => a.kind === "closure");
  if (closure) {
    throw new AppError("APPROVAL_PENDING", "The closure of this case waits for a coordinator's decision", {
      approvalId: closure.id,
    });
  }
  if (input.to === "closed" && (await organizationRequiresClosureApproval(tx, kase.organizationId))) {
    const { approvalId } = await requestApproval(tx, actor, {
      caseId: kase.id,
      kind: "closure",
      payload: { from, to: input.to, reason: input.reason, outcome: input.outcome ?? null },
    });
    ctx.audit({
      action: "case.closure_requested",
      entityType: "case",
      entityId: kase.id,
      organizationId: kase.organizationId,
      details: { approvalId },
    });
    return { applied: false, approvalId };
  }
  await applyTransition(tx, actor.userId, kase, {
    to: input.to,
    reason: input.reason,
    outcome: input.outcome ?? null,
    approvalId: null,
  });
  ctx.audit({
    action: "case.transitioned",
    entityType: "case",
    entityId: kase.id,
    organizationId: kase.organizationId,
    details: { from, to: input.to, outcome: input.outcome ?? null },
  });
  return { applied: true };
}

/** Writes the transition row and the case's state and milestones (also used by an approved closure). */
export async function applyTransition(
  tx: Tx,
  by: string | null,
  kase: CaseRow,
  t: { to: CaseState; reason: string; outcome: string | null; approvalId: string | null },
): Promise<void> {
  const from = kase.state as CaseState;
  assertTransition(from, t.to);
  const at = new Date();
  await insertTransition(tx, {
    id: newId(),
    caseId: kase.id,
    fromState: from,
    toState: t.to,
    reason: t.reason,
    outcome: t.outcome,
    approvalId: t.approvalId,
    at,
    by,
  });
  const ok = await updateCase(tx, kase.id, kase.version, {
    state: t.to,
    stateChangedAt: at,
    ...milestonesFor(t.to, at, kase, t.outcome),
  });
  if (!ok) throw versionConflict();
}
