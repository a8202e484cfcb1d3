import type { PlanCreate } from "@approdo/contracts";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { notFound } from "../../../platform/errors/app-error.ts";
import { type CaseAccess, touchCaseActivity } from "../../cases/index.ts";
import { canEditPlan } from "../care-plans.policy.ts";
import { insertPlan, insertVersion, syncActions } from "../care-plans.repository.ts";
import type { PlanContent } from "../care-plans.rules.ts";
import { assertCaseOpen, buildGoals } from "./build-content.ts";

/** Creates a plan of a visible case with its first version (a draft) and its actions; returns its id. */
export async function createPlan(ctx: TxContext, access: CaseAccess, input: PlanCreate): Promise<string> {
  if (!canEditPlan(access)) throw notFound("case");
  assertCaseOpen(access);
  const id = input.id ?? newId();
  const goals = await buildGoals(ctx, access, id, input.goals, []);
  const content: PlanContent = { title: input.title, nextReviewOn: input.nextReviewOn ?? null, goals };
  const caseId = access.case.id;
  await insertPlan(ctx.tx, {
    id,
    caseId,
    title: input.title,
    nextReviewOn: content.nextReviewOn,
    createdBy: ctx.actor.userId,
  });
  await insertVersion(ctx.tx, {
    id: newId(),
    planId: id,
    caseId,
    number: 1,
    content,
    changeNote: input.changeNote ?? "",
    createdBy: ctx.actor.userId,
  });
  await syncActions(ctx.tx, { id, caseId }, content);
  await touchCaseActivity(ctx.tx, caseId);
  ctx.audit({
    action: "care_plan.created",
    entityType: "case",
    entityId: caseId,
    organizationId: access.case.organizationId,
    details: {
      planId: id,
      version: 1,
      goalCount: goals.length,
      actionCount: goals.reduce((n, g) => n + g.actions.length, 0),
    },
  });
  return id;
}
