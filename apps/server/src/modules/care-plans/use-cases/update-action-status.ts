import type { PlanActionStatus } from "@approdo/contracts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { notFound, versionConflict } from "../../../platform/errors/app-error.ts";
import { type CaseAccess, touchCaseActivity } from "../../cases/index.ts";
import { canUpdateAction } from "../care-plans.policy.ts";
import {
  findAction,
  findVersion,
  type PlanRow,
  updateActionStatus,
  updatePlan,
  updateVersion,
} from "../care-plans.repository.ts";
import { goalOfAction, withActionStatus } from "../care-plans.rules.ts";
import { assertCaseOpen } from "./build-content.ts";

/**
 * An action's status is progress, not a change of the plan: plan_actions and the current version's
 * content get the new status, no new version is made (even of an approved or signed plan). The
 * `version` sent is the plan's, as for every change of it.
 */
export async function updateActionProgress(
  ctx: TxContext,
  access: CaseAccess,
  plan: PlanRow,
  actionId: string,
  input: { status: PlanActionStatus; version: number },
): Promise<void> {
  const action = await findAction(ctx.tx, plan.id, actionId, true);
  const current = await findVersion(ctx.tx, plan.id, plan.currentVersion, true);
  const goal = current ? goalOfAction(current.content, actionId) : null;
  if (!action || !current || !goal || !canUpdateAction(access, goal.specialCategory))
    throw notFound("plan action");
  assertCaseOpen(access);
  if (input.version !== plan.version) throw versionConflict(plan.version);
  const content = withActionStatus(current.content, actionId, input.status);
  if (!content) throw notFound("plan action");
  await updateActionStatus(ctx.tx, actionId, input.status);
  await updateVersion(ctx.tx, current.id, { content });
  await updatePlan(ctx.tx, plan.id, {});
  await touchCaseActivity(ctx.tx, plan.caseId);
  ctx.audit({
    action: "care_plan.action_status_changed",
    entityType: "case",
    entityId: plan.caseId,
    organizationId: access.case.organizationId,
    details: { planId: plan.id, actionId, from: action.status, to: input.status },
  });
}
