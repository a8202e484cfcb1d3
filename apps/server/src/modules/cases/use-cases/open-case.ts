import type { CaseCreate } from "@approdo/contracts";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError, notFound } from "../../../platform/errors/app-error.ts";
import { assertPeopleVisible } from "../../people/index.ts";
import { canOpenCase, isActiveCaseManagerOf, teamRoleForAccountRoles } from "../cases.policy.ts";

import {
  findActiveProjectIds,
  findOpenCasesOfSubject,
  findOrgUser,
  findServicePointOrganization,
  findVisibleHousehold,
  insertCase,
  insertSeat,
  insertTransition,
  isProjectPartner,
  nextReferenceNumber,
} from "../cases.repository.ts";
import { formatReference, todayInItaly } from "../cases.rules.ts";

type Input = Omit<CaseCreate, "origin" | "summary" | "allowDuplicate"> & {
  origin: NonNullable<CaseCreate["origin"]>;
  summary: string;
  allowDuplicate: boolean;
};

/**
 * Opens a case in `referred` for a person or household the actor may see, in the actor's
 * organisation and (by default) its single active project; the creator joins the team.
 */
export async function openCase(ctx: TxContext, input: Input): Promise<string> {
  const { tx, actor } = ctx;
  const organizationId = input.organizationId ?? actor.organizationId;
  if (!organizationId || !canOpenCase(actor, organizationId)) throw notFound("organization");
  const today = todayInItaly();

  // The subject, as the actor may see it (404 otherwise).
  if (input.personId) await assertPeopleVisible(tx, [input.personId]);
  if (input.householdId) {
    const household = await findVisibleHousehold(tx, input.householdId);
    if (!household || household.organizationId !== organizationId) throw notFound("household");
  }

  const projectId = await chooseProject(ctx, organizationId, input.projectId, today);

  if (
    input.servicePointId &&
    (await findServicePointOrganization(tx, input.servicePointId)) !== organizationId
  ) {
    throw new AppError("UNPROCESSABLE", "The service point is not of this organisation", {
      field: "servicePointId",
    });
  }

  const open = await findOpenCasesOfSubject(tx, organizationId, input);
  if (open.length > 0 && !input.allowDuplicate) {
    throw new AppError(
      "CASE_ALREADY_OPEN",
      "This person or household already has an open case in the organisation; send allowDuplicate to open another",
      { cases: open },
    );
  }

  // The case manager: the creator if they are one, else the one named (a case manager of the organisation).
  const creatorTeamRole = teamRoleForAccountRoles(actor.roles);
  let caseManagerId: string | null = null;
  if (actor.roles.includes("case_manager") && actor.userId) caseManagerId = actor.userId;
  else if (input.caseManagerId) {
    const manager = await findOrgUser(tx, input.caseManagerId);
    if (!isActiveCaseManagerOf(manager, organizationId)) {
      throw new AppError(
        "UNPROCESSABLE",
        "The case manager must be an active case manager of the organisation",
        {
          field: "caseManagerId",
        },
      );
    }
    caseManagerId = input.caseManagerId;
  }

  const id = input.id ?? newId();
  const now = new Date();
  const year = today.slice(0, 4);
  const reference = formatReference(year, await nextReferenceNumber(tx, organizationId, year));
  await insertCase(tx, {
    id,
    reference,
    organizationId,
    projectId,
    subjectType: input.personId ? "person" : "household",
    personId: input.personId ?? null,
    householdId: input.householdId ?? null,
    state: "referred",
    origin: input.origin,
    caseManagerId,
    servicePointId: input.servicePointId ?? null,
    summary: input.summary,
    contactedAt: now,
    stateChangedAt: now,
    lastActivityAt: now,
    createdBy: actor.userId,
  });
  await insertTransition(tx, {
    id: newId(),
    caseId: id,
    fromState: null,
    toState: "referred",
    reason: "",
    outcome: null,
    approvalId: null,
    at: now,
    by: actor.userId,
  });
  if (actor.userId && creatorTeamRole) {
    await insertSeat(tx, {
      id: newId(),
      caseId: id,
      userId: actor.userId,
      organizationId,
      teamRole: caseManagerId === actor.userId ? "case_manager" : creatorTeamRole,
      addedBy: actor.userId,
    });
  }
  if (caseManagerId && caseManagerId !== actor.userId) {
    await insertSeat(tx, {
      id: newId(),
      caseId: id,
      userId: caseManagerId,
      organizationId,
      teamRole: "case_manager",
      addedBy: actor.userId,
    });
  }
  ctx.audit({
    action: "case.created",
    entityType: "case",
    entityId: id,
    organizationId,
    details: {
      subjectType: input.personId ? "person" : "household",
      personId: input.personId ?? null,
      householdId: input.householdId ?? null,
      projectId,
      duplicateOf: open.length > 0 ? open.map((c) => c.id) : undefined,
    },
  });
  return id;
}

async function chooseProject(
  ctx: TxContext,
  organizationId: string,
  given: string | undefined,
  today: string,
): Promise<string | null> {
  if (given) {
    if (!(await isProjectPartner(ctx.tx, given, organizationId))) {
      throw new AppError("UNPROCESSABLE", "The organisation is not a partner of this project", {
        field: "projectId",
      });
    }
    return given;
  }
  const active = await findActiveProjectIds(ctx.tx, organizationId, today);
  if (active.length > 1) {
    throw new AppError("PROJECT_REQUIRED", "The organisation works in several active projects: choose one", {
      field: "projectId",
      projectIds: active,
    });
  }
  return active[0] ?? null;
}
