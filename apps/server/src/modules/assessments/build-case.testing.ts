import type { TeamRole } from "@approdo/contracts";
import { systemActor } from "../../platform/authz/actor.ts";
import type { Database } from "../../platform/db/database.ts";
import { newId } from "../../platform/db/ids.ts";
import { cases, caseTeamMembers, householdMembers, households } from "../../platform/db/schema.ts";
import { inTransaction, noMeta } from "../../platform/db/transaction.ts";

/**
 * Test fixture (not used by the application): a case written straight into the tables as the
 * system, with its team, so these module tests do not depend on the cases module's routes.
 */
export async function buildCase(
  database: Database,
  options: {
    organizationId: string;
    personId?: string;
    /** Makes a household of these people (the first is the reference person) and opens the case for it. */
    householdPersonIds?: string[];
    caseManagerId?: string | null;
    team?: { userId: string; teamRole: TeamRole; organizationId: string }[];
    state?: string;
  },
): Promise<{ id: string; householdId: string | null }> {
  const id = newId();
  let householdId: string | null = null;
  await inTransaction(database, systemActor, noMeta, async ({ tx }) => {
    if (options.householdPersonIds) {
      householdId = newId();
      await tx
        .insert(households)
        .values({ id: householdId, organizationId: options.organizationId, label: `Famiglia ${id}` });
      await tx.insert(householdMembers).values(
        options.householdPersonIds.map((personId, i) => ({
          id: newId(),
          householdId: householdId as string,
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
      state: options.state ?? "assessment",
      origin: "walk_in",
      caseManagerId: options.caseManagerId ?? null,
      contactedAt: new Date(),
    });
    if (options.team?.length) {
      await tx.insert(caseTeamMembers).values(options.team.map((m) => ({ id: newId(), caseId: id, ...m })));
    }
  });
  return { id, householdId };
}
