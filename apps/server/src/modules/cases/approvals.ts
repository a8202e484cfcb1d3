import { appendAuditEvents } from "../../platform/audit/audit.repository.ts";
import type { Actor } from "../../platform/authz/actor.ts";
import type { Tx } from "../../platform/db/database.ts";
import { newId } from "../../platform/db/ids.ts";
import { AppError, notFound } from "../../platform/errors/app-error.ts";
import { findCase, findPendingApprovals, insertApproval, setPendingApproval } from "./cases.repository.ts";

export type ApprovalKind = "closure" | "plan_version";
export type ApprovalDecision = "approved" | "rejected";

export interface DecidedApproval {
  id: string;
  caseId: string;
  payload: unknown;
}

export type ApprovalHandler = (
  tx: Tx,
  actor: Actor,
  approval: DecidedApproval,
  decision: ApprovalDecision,
) => Promise<void>;

const handlers = new Map<ApprovalKind, ApprovalHandler>();

/**
 * What runs, in the deciding transaction, when a coordinator decides an approval of this kind
 * (closure is the case module's own). Registering again replaces the handler.
 */
export function registerApprovalHandler(kind: "plan_version", handler: ApprovalHandler): void {
  handlers.set(kind, handler);
}

export function approvalHandler(kind: string): ApprovalHandler | undefined {
  return handlers.get(kind as ApprovalKind);
}

/** For the case module's own closure handler. */
export function registerOwnApprovalHandler(kind: ApprovalKind, handler: ApprovalHandler): void {
  handlers.set(kind, handler);
}

/**
 * Creates a pending approval for a coordinator of the case's organisation to decide, and marks the
 * case as waiting. One pending approval of a kind per case: a second one is 409 APPROVAL_PENDING.
 * The request is audited in the caller's transaction.
 */
export async function requestApproval(
  tx: Tx,
  actor: Actor,
  input: { caseId: string; kind: ApprovalKind; payload: unknown },
): Promise<{ approvalId: string }> {
  const kase = await findCase(tx, input.caseId, true);
  if (!kase) throw notFound("case");
  const pending = await findPendingApprovals(tx, kase.id);
  if (pending.some((a) => a.kind === input.kind)) {
    throw new AppError(
      "APPROVAL_PENDING",
      "This case already waits for a coordinator's decision of this kind",
      {
        approvalId: pending.find((a) => a.kind === input.kind)?.id,
      },
    );
  }
  const approvalId = newId();
  await insertApproval(tx, {
    id: approvalId,
    caseId: kase.id,
    organizationId: kase.organizationId,
    kind: input.kind,
    payload: input.payload ?? {},
    requestedBy: actor.userId,
  });
  await setPendingApproval(tx, kase.id, approvalId);
  await appendAuditEvents(
    tx,
    { actorUserId: actor.userId, actorOrganizationId: actor.organizationId, ip: null, requestId: null },
    [
      {
        action: "case.approval_requested",
        entityType: "case",
        entityId: kase.id,
        organizationId: kase.organizationId,
        details: { approvalId, kind: input.kind },
      },
    ],
  );
  return { approvalId };
}
