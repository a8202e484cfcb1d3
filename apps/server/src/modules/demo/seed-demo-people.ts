import { newId } from "../../platform/db/ids.ts";
import type { TxContext } from "../../platform/db/transaction.ts";
import { createHouseholdsBulk } from "../households/index.ts";
import { createPeopleBulk } from "../people/index.ts";
import type { DemoRows } from "./demo.repository.ts";
import {
  type DemoMembershipRow,
  insertDemoConsents,
  insertDemoPastMemberships,
  insertDemoPermits,
  insertDemoVulnerabilities,
  setDemoJoinDates,
} from "./demo-people.repository.ts";
import { demoOrganizations } from "./network-data.ts";
import { planDemoPeople } from "./plan-demo-people.ts";

/** The ids `buildDemoRows` gave the organisations, by their key in network-data.ts. */
export function demoOrganizationIds(rows: DemoRows): Map<string, string> {
  return new Map(
    demoOrganizations.map((o, i) => {
      const row = rows.organizations[i];
      if (!row?.id || row.name !== o.name) throw new Error(`demo data: organisation "${o.key}" out of order`);
      return [o.key, row.id];
    }),
  );
}

/** What the cases seed needs to find the demo people and households by their keys and labels. */
export interface DemoPeopleIds {
  personIdOf: ReadonlyMap<string, string>;
  householdIdOf: ReadonlyMap<string, string>;
}

export interface DemoPeopleCounts {
  people: number;
  households: number;
  permits: number;
  vulnerabilities: number;
  consents: number;
}

/**
 * Registers the fictional demo people (demo-people.ts) in the caller's transaction, through the
 * people and households modules' bulk use cases (checks, name index, audit), then their permits,
 * vulnerabilities, consents and household history. Dates count back from `today` (YYYY-MM-DD).
 */
export async function seedDemoPeople(
  ctx: TxContext,
  organizationIds: ReadonlyMap<string, string>,
  today: string,
): Promise<{ counts: DemoPeopleCounts; ids: DemoPeopleIds }> {
  const plan = planDemoPeople(today, organizationIds, newId);
  for (const group of plan.people) await createPeopleBulk(ctx, group.organizationId, group.inputs);
  const former: DemoMembershipRow[] = [];
  const householdIdOf = new Map<string, string>();
  for (const organizationId of new Set(plan.households.map((h) => h.organizationId))) {
    const planned = plan.households.filter((h) => h.organizationId === organizationId);
    const ids = await createHouseholdsBulk(
      ctx,
      organizationId,
      planned.map((h) => h.household),
    );
    planned.forEach((h, i) => {
      householdIdOf.set(h.household.label, ids[i] ?? "");
      for (const f of h.former) former.push({ ...f, householdId: ids[i] ?? "" });
    });
  }
  await setDemoJoinDates(ctx.tx, plan.joinDates);
  await insertDemoPastMemberships(ctx.tx, former);
  await insertDemoPermits(ctx.tx, plan.permits);
  await insertDemoVulnerabilities(ctx.tx, plan.vulnerabilities);
  await insertDemoConsents(ctx.tx, plan.consents);
  const counts = {
    people: plan.people.reduce((n, g) => n + g.inputs.length, 0),
    households: plan.households.length,
    permits: plan.permits.length,
    vulnerabilities: plan.vulnerabilities.length,
    consents: plan.consents.length,
  };
  return { counts, ids: { personIdOf: plan.idOf, householdIdOf } };
}
