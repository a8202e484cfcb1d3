import { newId } from "../../platform/db/ids.ts";
import type { TxContext } from "../../platform/db/transaction.ts";
import type { DemoRows } from "./demo.repository.ts";
import { insertDemoCaseRows } from "./demo-cases.repository.ts";
import { demoProjects, demoServicePoints } from "./network-data.ts";
import { type DemoCaseIds, planDemoCases } from "./plan-demo-cases.ts";
import type { DemoPeopleIds } from "./seed-demo-people.ts";

/** The project each organisation's demo cases belong to. */
const projectOfOrganization: Record<string, string> = {
  "comune-palermo": "lgnet2",
  "unione-valle-savio": "intarsi",
};

export interface DemoCaseCounts {
  cases: number;
  assessments: number;
  plans: number;
  services: number;
  notes: number;
}

function lookup(map: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`demo cases: unknown ${what} "${key}"`);
  return id;
}

/** Resolves the keys of demo-cases.ts to the ids the network and people seeds gave. */
export function demoCaseIds(
  rows: DemoRows,
  organizationIds: ReadonlyMap<string, string>,
  people: DemoPeopleIds,
): DemoCaseIds {
  const users = new Map(rows.users.map((u) => [u.username, u.id]));
  const projects = new Map(demoProjects.map((p, i) => [p.key, rows.projects[i]?.id ?? ""]));
  const points = new Map(demoServicePoints.map((s, i) => [s.key, rows.servicePoints[i]?.id ?? ""]));
  return {
    organization: (key) => lookup(organizationIds, key, "organisation"),
    project: (orgKey) => lookup(projects, projectOfOrganization[orgKey] ?? "", "project"),
    user: (username) => lookup(users, username, "user"),
    person: (key) => lookup(people.personIdOf, key, "person"),
    household: (label) => lookup(people.householdIdOf, label, "household"),
    servicePoint: (key) => lookup(points, key, "service point"),
  };
}

/**
 * Writes the demo cases (demo-cases.ts) with their transitions, approvals, teams, assessments,
 * plans, services and notes in the caller's transaction. Dates count back from `today`.
 */
export async function seedDemoCases(
  ctx: TxContext,
  ids: DemoCaseIds,
  today: string,
): Promise<DemoCaseCounts> {
  const { rows } = planDemoCases(today, ids, newId);
  await insertDemoCaseRows(ctx.tx, rows);
  return {
    cases: rows.cases.length,
    assessments: rows.assessments.length,
    plans: rows.plans.length,
    services: rows.services.length,
    notes: rows.notes.length,
  };
}
