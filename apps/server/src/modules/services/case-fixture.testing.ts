import type { TeamRole } from "@approdo/contracts";
import { systemActor } from "../../platform/authz/actor.ts";
import type { Database } from "../../platform/db/database.ts";
import { newId } from "../../platform/db/ids.ts";
import {
  carePlans,
  cases,
  caseTeamMembers,
  householdMembers,
  households,
  planActions,
} from "../../platform/db/schema.ts";
import { inTransaction, noMeta } from "../../platform/db/transaction.ts";

/**
 * Test fixture (not used by the application): a case written straight into the tables as the
 * system, with its team, so the services and notes tests do not depend on the cases module's routes.
 */
export async function buildCaseFixture(
  database: Database,
  options: {
    organizationId: string;
    personId?: string;
    /** A household of these people (the first is the reference person); the case is opened for it. */
    householdPersonIds?: string[];
    caseManagerId?: string | null;
    team?: { userId: string; teamRole: TeamRole; organizationId: string }[];
  },
): Promise<{ id: string; householdId: string | null }> {
  const id = newId();
  const householdId = options.householdPersonIds ? newId() : null;
  await inTransaction(database, systemActor, noMeta, async ({ tx }) => {
    if (householdId && options.householdPersonIds) {
      await tx
        .insert(households)
        .values({ id: householdId, organizationId: options.organizationId, label: `Famiglia ${id}` });
      await tx.insert(householdMembers).values(
        options.householdPersonIds.map((personId, i) => ({
          id: newId(),
          householdId,
          personId,
          relation: i === 0 ? "reference_person" : "child",
          isReference: i === 0,
          joinedOn: "2024-01-01",
        })),
      );
    }
    await tx.insert(cases).values({
      id,
      reference: `T-${id.slice(-12)}`,
      organizationId: options.organizationId,
      subjectType: householdId ? "household" : "person",
      personId: householdId ? null : (options.personId ?? null),
      householdId,
      state: "active",
      origin: "walk_in",
      caseManagerId: options.caseManagerId ?? null,
      contactedAt: new Date(),
      lastActivityAt: new Date("2025-01-01T00:00:00Z"),
    });
    if (options.team?.length) {
      await tx.insert(caseTeamMembers).values(options.team.map((m) => ({ id: newId(), caseId: id, ...m })));
    }
  });
  return { id, householdId };
}

/** A plan with one action on a case (the plans module's tables, written as the system). */
export async function buildPlanAction(database: Database, caseId: string): Promise<string> {
  const planId = newId();
  const actionId = newId();
  await inTransaction(database, systemActor, noMeta, async ({ tx }) => {
    await tx.insert(carePlans).values({ id: planId, caseId, title: "Piano", status: "agreed" });
    await tx.insert(planActions).values({
      id: actionId,
      planId,
      caseId,
      goalId: newId(),
      domain: "housing",
      description: "Cercare casa",
      status: "planned",
    });
  });
  return actionId;
}
