import { appendAuditEvents } from "../../../platform/audit/audit.repository.ts";
import type { Actor } from "../../../platform/authz/actor.ts";
import type { Tx } from "../../../platform/db/database.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { notFound, versionConflict } from "../../../platform/errors/app-error.ts";
import { type CaseAccess, requestApproval, touchCaseActivity } from "../../cases/index.ts";
import { approvalPath, canDecidePlan } from "../care-plans.policy.ts";
import {
  findPlan,
  findVersion,
  type PlanRow,
  supersedeApprovedBefore,
  updatePlan,
  updateVersion,
  type VersionRow,
} from "../care-plans.repository.ts";
import { assertCaseOpen, invalidField } from "./build-content.ts";

/** What a plan_version approval carries (case_approvals.payload). */
export interface PlanApprovalPayload {
  planId: string;
  planVersionId: string;
  number: number;
}

async function draftToDecide(
  tx: Tx,
  access: CaseAccess,
  plan: PlanRow,
  version: number,
): Promise<VersionRow> {
  if (!canDecidePlan(access)) throw notFound("plan");
  assertCaseOpen(access);
  if (version !== plan.version) throw versionConflict(plan.version);
  const current = await findVersion(tx, plan.id, plan.currentVersion, true);
  if (!current) throw notFound("plan version");
  if (current.status !== "draft") {
    throw invalidField(
      "version",
      "NOT_A_DRAFT",
      `The current version is ${current.status}: nothing to approve`,
      {
        status: current.status,
      },
    );
  }
  return current;
}

/** Marks a version approved (the plan in force) and the versions approved before it superseded. */
async function approve(
  tx: Tx,
  userId: string | null,
  plan: { id: string },
  version: VersionRow,
): Promise<void> {
  await supersedeApprovedBefore(tx, plan.id, version.number);
  await updateVersion(tx, version.id, { status: "approved", approvedBy: userId, approvedAt: new Date() });
  await updatePlan(tx, plan.id, { status: "agreed" });
}

/** The case manager approves the current draft where the organisation requires no coordinator's approval. */
export async function approvePlan(
  ctx: TxContext,
  access: CaseAccess,
  plan: PlanRow,
  version: number,
): Promise<void> {
  const current = await draftToDecide(ctx.tx, access, plan, version);
  if (approvalPath(plan.approvalRequired) !== "approve") {
    throw invalidField(
      "version",
      "APPROVAL_REQUIRED",
      "This organisation's plans are approved by a coordinator: submit it",
    );
  }
  await approve(ctx.tx, ctx.actor.userId, plan, current);
  await touchCaseActivity(ctx.tx, plan.caseId);
  ctx.audit({
    action: "care_plan.version_approved",
    entityType: "case",
    entityId: plan.caseId,
    organizationId: access.case.organizationId,
    details: { planId: plan.id, version: current.number, by: "case_manager" },
  });
}

/** The case manager submits the current draft for a coordinator's approval (the cases module's approvals). */
export async function submitPlan(
  ctx: TxContext,
  access: CaseAccess,
  plan: PlanRow,
  version: number,
): Promise<string> {
  const current = await draftToDecide(ctx.tx, access, plan, version);
  if (approvalPath(plan.approvalRequired) !== "submit") {
    throw invalidField(
      "version",
      "APPROVAL_NOT_REQUIRED",
      "This organisation requires no coordinator's approval: approve it",
    );
  }
  const payload: PlanApprovalPayload = { planId: plan.id, planVersionId: current.id, number: current.number };
  const { approvalId } = await requestApproval(ctx.tx, ctx.actor, {
    caseId: plan.caseId,
    kind: "plan_version",
    payload,
  });
  await updateVersion(ctx.tx, current.id, { status: "pending_approval" });
  await updatePlan(ctx.tx, plan.id, { status: "pending_approval" });
  await touchCaseActivity(ctx.tx, plan.caseId);
  ctx.audit({
    action: "care_plan.version_submitted",
    entityType: "case",
    entityId: plan.caseId,
    organizationId: access.case.organizationId,
    details: { planId: plan.id, version: current.number, approvalId },
  });
  return approvalId;
}

function isPayload(value: unknown): value is PlanApprovalPayload {
  const v = value as Partial<PlanApprovalPayload> | null;
  return typeof v?.planId === "string" && typeof v.planVersionId === "string" && typeof v.number === "number";
}

/**
 * Runs in the coordinator's deciding transaction (registered with the cases module): approved →
 * the version is approved and the earlier approved one superseded; rejected → back to draft, to be
 * changed and submitted again. A version no longer waiting (already decided) is left alone.
 */
export async function decidePlanVersion(
  tx: Tx,
  actor: Actor,
  approval: { id: string; caseId: string; payload: unknown },
  decision: "approved" | "rejected",
): Promise<void> {
  if (!isPayload(approval.payload)) return;
  const plan = await findPlan(tx, approval.caseId, approval.payload.planId, true);
  if (!plan) return;
  const version = await findVersion(tx, plan.id, approval.payload.number, true);
  if (!version || version.id !== approval.payload.planVersionId || version.status !== "pending_approval")
    return;
  if (decision === "approved") {
    await approve(tx, actor.userId, plan, version);
  } else {
    await updateVersion(tx, version.id, { status: "draft" });
    await updatePlan(tx, plan.id, { status: "draft" });
  }
  await touchCaseActivity(tx, plan.caseId);
  await appendAuditEvents(
    tx,
    { actorUserId: actor.userId, actorOrganizationId: actor.organizationId, ip: null, requestId: null },
    [
      {
        action: decision === "approved" ? "care_plan.version_approved" : "care_plan.version_rejected",
        entityType: "case",
        entityId: plan.caseId,
        details: { planId: plan.id, version: version.number, approvalId: approval.id, by: "coordinator" },
      },
    ],
  );
}
