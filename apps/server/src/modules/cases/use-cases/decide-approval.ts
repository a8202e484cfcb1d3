import type { CaseState } from "@approdo/contracts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError, notFound } from "../../../platform/errors/app-error.ts";
import { approvalHandler } from "../approvals.ts";
import { canDecideApproval } from "../cases.policy.ts";
import { decideApprovalRow, findApproval, findCase, setPendingApproval } from "../cases.repository.ts";
import { applyTransition } from "./transition-case.ts";

interface ClosurePayload {
  to: CaseState;
  reason: string;
  outcome: string | null;
}

function isClosurePayload(p: unknown): p is ClosurePayload {
  return typeof p === "object" && p !== null && "to" in p && "reason" in p;
}

/**
 * A coordinator of the case's organisation approves or rejects a pending request (never their own).
 * An approved closure is applied as the requester's transition, with the approval recorded; other
 * kinds run the handler their module registered.
 */
export async function decideApproval(
  ctx: TxContext,
  approvalId: string,
  input: { decision: "approved" | "rejected"; note: string },
): Promise<{ caseId: string }> {
  const { tx, actor } = ctx;
  const approval = await findApproval(tx, approvalId, true);
  if (!approval) throw notFound("approval");
  if (!canDecideApproval(actor, approval)) {
    // The requester sees their own request: say why rather than pretend it is missing.
    if (approval.requestedBy !== null && approval.requestedBy === actor.userId) {
      throw new AppError("UNPROCESSABLE", "You cannot decide your own request; another coordinator must", {
        reason: "own_request",
      });
    }
    throw notFound("approval");
  }
  if (approval.status !== "pending") {
    throw new AppError("APPROVAL_ALREADY_DECIDED", "This request was already decided", {
      status: approval.status,
    });
  }
  const kase = await findCase(tx, approval.caseId, true);
  if (!kase) throw notFound("case");
  const decided = await decideApprovalRow(tx, approval.id, input.decision, actor.userId, input.note || null);
  if (!decided) throw new AppError("APPROVAL_ALREADY_DECIDED", "This request was already decided");
  if (kase.pendingApprovalId === approval.id) await setPendingApproval(tx, kase.id, null);

  if (approval.kind === "closure") {
    if (input.decision === "approved") {
      if (!isClosurePayload(approval.payload))
        throw new AppError("UNPROCESSABLE", "The request is malformed");
      const fresh = await findCase(tx, kase.id, true);
      if (!fresh) throw notFound("case");
      await applyTransition(tx, approval.requestedBy, fresh, {
        to: approval.payload.to,
        reason: approval.payload.reason,
        outcome: approval.payload.outcome,
        approvalId: approval.id,
      });
    }
  } else {
    const handler = approvalHandler(approval.kind);
    if (!handler) throw new AppError("NOT_CONFIGURED", `No handler decides ${approval.kind} requests`);
    await handler(
      tx,
      actor,
      { id: approval.id, caseId: approval.caseId, payload: approval.payload },
      input.decision,
    );
  }
  ctx.audit({
    action: `case.approval_${input.decision}`,
    entityType: "case",
    entityId: kase.id,
    organizationId: kase.organizationId,
    details: { approvalId: approval.id, kind: approval.kind },
  });
  return { caseId: kase.id };
}
