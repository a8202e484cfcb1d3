import type { PlanUpdate } from "@approdo/contracts";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { notFound, versionConflict } from "../../../platform/errors/app-error.ts";
import { type CaseAccess, touchCaseActivity } from "../../cases/index.ts";
import { canEditPlan } from "../care-plans.policy.ts";
import {
  findVersion,
  insertVersion,
  type PlanRow,
  syncActions,
  updatePlan,
  updateVersion,
} from "../care-plans.repository.ts";
import { isLocked, type PlanContent, withHiddenGoals } from "../care-plans.rules.ts";
import { assertCaseOpen, buildGoals, invalidField } from "./build-content.ts";

/**
 * Changes a plan (the caller has loaded and locked it). A draft version is edited in place; once
 * the current version is approved or signed, the change makes version n+1, a draft, and the older
 * one stays as it was (it becomes superseded when the new one is approved). A version waiting for
 * a coordinator's decision is not changed. Hidden special-category goals are kept as they were.
 */
export async function editPlan(
  ctx: TxContext,
  access: CaseAccess,
  plan: PlanRow,
  input: PlanUpdate,
): Promise<{ number: number; newVersion: boolean }> {
  if (!canEditPlan(access)) throw notFound("plan");
  assertCaseOpen(access);
  if (input.version !== plan.version) throw versionConflict(plan.version);
  const current = await findVersion(ctx.tx, plan.id, plan.currentVersion, true);
  if (!current) throw notFound("plan version");
  if (current.status === "pending_approval") {
    throw invalidField(
      "version",
      "PENDING_APPROVAL",
      "The plan waits for a coordinator's decision: it cannot change now",
    );
  }
  const goals = input.goals
    ? withHiddenGoals(
        await buildGoals(ctx, access, plan.id, input.goals, current.content.goals),
        current.content.goals,
        access.canSeeSpecial,
      )
    : current.content.goals;
  const content: PlanContent = {
    title: input.title ?? current.content.title,
    nextReviewOn: input.nextReviewOn === undefined ? current.content.nextReviewOn : input.nextReviewOn,
    goals,
  };
  const locked = isLocked(current);
  const number = locked ? current.number + 1 : current.number;
  if (locked) {
    await insertVersion(ctx.tx, {
      id: newId(),
      planId: plan.id,
      caseId: plan.caseId,
      number,
      content,
      changeNote: input.changeNote ?? "",
      createdBy: ctx.actor.userId,
    });
  } else {
    await updateVersion(ctx.tx, current.id, {
      content,
      ...(input.changeNote === undefined ? {} : { changeNote: input.changeNote }),
    });
  }
  await updatePlan(ctx.tx, plan.id, {
    title: content.title,
    nextReviewOn: content.nextReviewOn,
    status: "draft",
    currentVersion: number,
  });
  await syncActions(ctx.tx, plan, content);
  await touchCaseActivity(ctx.tx, plan.caseId);
  ctx.audit({
    action: locked ? "care_plan.version_created" : "care_plan.updated",
    entityType: "case",
    entityId: plan.caseId,
    organizationId: access.case.organizationId,
    details: {
      planId: plan.id,
      version: number,
      fields: Object.keys(input)
        .filter((k) => k !== "version")
        .sort(),
    },
  });
  return { number, newVersion: locked };
}
