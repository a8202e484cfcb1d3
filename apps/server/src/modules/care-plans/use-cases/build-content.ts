import type { AssessmentDomain, PlanCreate } from "@approdo/contracts";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { loadDomainMap } from "../../assessments/index.ts";
import { type CaseAccess, caseSubjectPeople } from "../../cases/index.ts";
import { canWriteGoal } from "../care-plans.policy.ts";
import { findActionPlans } from "../care-plans.repository.ts";
import type { ContentGoal } from "../care-plans.rules.ts";

/** 422 UNPROCESSABLE with the field, a stable reason the UI translates, and a `body.<field>` issue. */
export function invalidField(
  field: string,
  reason: string,
  message: string,
  extra: Record<string, unknown> = {},
) {
  return new AppError("UNPROCESSABLE", message, {
    field,
    reason,
    ...extra,
    issues: [{ path: `body.${field}`, message, code: reason }],
  });
}

/** Nothing is added to a closed case: reopen it first (the cases module's transition closed → assessment). */
export function assertCaseOpen(access: { case: { state: string } }): void {
  if (access.case.state === "closed") {
    throw new AppError("UNPROCESSABLE", "The case is closed: reopen it before changing it", {
      reason: "CASE_CLOSED",
    });
  }
}

type GoalInput = PlanCreate["goals"][number];

function domainOf(
  domains: ReadonlyMap<string, AssessmentDomain>,
  goal: GoalInput,
  previous: ContentGoal | undefined,
  field: string,
): AssessmentDomain {
  const domain = domains.get(goal.domain);
  if (!domain) {
    throw invalidField(
      field,
      "UNKNOWN_DOMAIN",
      "This domain is not in the assessment catalogue of the case's network",
    );
  }
  // A goal kept as it was may stay in a domain retired since; a new or moved goal may not.
  if (!domain.active && previous?.domain !== goal.domain) {
    throw invalidField(field, "INACTIVE_DOMAIN", "This domain is no longer in use: choose another one");
  }
  return domain;
}

/**
 * Checks the goals of a create or edit and gives them the stored shape: domains from the network's
 * catalogue, special-category goals only from those who may see them, members of the case, action
 * ids not taken by another plan; ids made for new goals and actions.
 */
export async function buildGoals(
  ctx: TxContext,
  access: CaseAccess,
  planId: string,
  goals: readonly GoalInput[],
  current: readonly ContentGoal[],
): Promise<ContentGoal[]> {
  const kase = access.case;
  const domains = await loadDomainMap(ctx.tx, kase.organizationId);
  const members = new Set((await caseSubjectPeople(ctx.tx, kase.id)).map((p) => p.personId));
  const previous = new Map(current.map((g) => [g.id, g]));
  const actionIds = goals.flatMap((g) => g.actions.flatMap((a) => (a.id ? [a.id] : [])));
  const owners = await findActionPlans(ctx.tx, actionIds);
  return goals.map((goal, g) => {
    const domain = domainOf(domains, goal, goal.id ? previous.get(goal.id) : undefined, `goals.${g}.domain`);
    if (!canWriteGoal(access, domain.specialCategory)) {
      throw invalidField(
        `goals.${g}.domain`,
        "SPECIAL_CATEGORY_NOT_ALLOWED",
        "Your role on this case may not write goals in this domain: ask the case manager",
      );
    }
    let personId: string | null = goal.personId ?? null;
    if (personId !== null && kase.subjectType === "person") {
      if (personId !== kase.personId) {
        throw invalidField(
          `goals.${g}.personId`,
          "NOT_A_SUBJECT",
          "This person is not a subject of the case",
        );
      }
      personId = null;
    } else if (personId !== null && !members.has(personId)) {
      throw invalidField(`goals.${g}.personId`, "NOT_A_SUBJECT", "This person is not a subject of the case");
    }
    return {
      id: goal.id ?? newId(),
      domain: goal.domain,
      personId,
      description: goal.description,
      specialCategory: domain.specialCategory,
      actions: goal.actions.map((a, i) => {
        const owner = a.id ? owners.get(a.id) : undefined;
        if (owner !== undefined && owner !== planId) {
          throw invalidField(
            `goals.${g}.actions.${i}.id`,
            "ID_IN_USE",
            "This action id belongs to another plan",
          );
        }
        return {
          id: a.id ?? newId(),
          description: a.description,
          responsibleOrganizationId: a.responsibleOrganizationId ?? null,
          responsibleUserId: a.responsibleUserId ?? null,
          dueOn: a.dueOn ?? null,
          status: a.status,
        };
      }),
    };
  });
}
