/** Shared set-up of the people module's integration tests (not a test file itself). */
import { numericCheckDigit } from "@approdo/contracts";
import { and, asc, eq } from "drizzle-orm";
import type { Role } from "../../platform/authz/roles.ts";
import { auditEvents } from "../../platform/db/schema.ts";
import {
  type Agent,
  buildOrganization,
  buildTerritory,
  buildUser,
  createTestApp,
  createTestDatabase,
  signIn,
  type TestApp,
  type TestDatabase,
} from "../../testing/index.ts";

export const base = "/api/v1/people";

export interface PeopleWorld {
  db: TestDatabase;
  t: TestApp;
  orgA: string;
  orgB: string;
  /** Signed-in users of organisation A by role, plus B's operator. */
  a: Record<Role, Agent>;
  operatorB: Agent;
  userIds: Record<string, string>;
  close(): Promise<void>;
}

const rolesOfA: Role[] = [
  "operator",
  "case_manager",
  "psychologist",
  "org_coordinator",
  "admin",
  "dpo",
  "network_governance",
  "training_coordinator",
];

export async function peopleWorld(): Promise<PeopleWorld> {
  const db = await createTestDatabase();
  const t = await createTestApp(db.database);
  await buildTerritory(t.deps.database, "082053", "Palermo");
  await buildTerritory(t.deps.database, "058091", "Roma");
  const orgA = (await buildOrganization(t.deps.database)).id;
  const orgB = (await buildOrganization(t.deps.database)).id;
  const a = {} as Record<Role, Agent>;
  const userIds: Record<string, string> = {};
  for (const role of rolesOfA) {
    const u = await buildUser(t.deps.database, { organizationId: orgA, roles: [role] });
    a[role] = await signIn(t.app, u.username, u.password, u.totpSecret);
    userIds[role] = u.id;
  }
  const b = await buildUser(t.deps.database, { organizationId: orgB, roles: ["operator"] });
  const operatorB = await signIn(t.app, b.username, b.password);
  userIds.operatorB = b.id;
  return {
    db,
    t,
    orgA,
    orgB,
    a,
    operatorB,
    userIds,
    async close() {
      await t.close();
      await db.drop();
    },
  };
}

let serial = 0;
/** A valid 11-digit provisional tax code, different on every call. */
export function provisionalTaxCode(): string {
  serial += 1;
  const first10 = `9${String(Date.now() % 1_000_000).padStart(6, "0")}${String(serial % 1000).padStart(3, "0")}`;
  return `${first10}${numericCheckDigit(first10)}`;
}

export async function auditOf(world: PeopleWorld, entityId: string) {
  return world.t.deps.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "person"), eq(auditEvents.entityId, entityId)))
    .orderBy(asc(auditEvents.seq));
}

export async function auditByAction(world: PeopleWorld, action: string) {
  return world.t.deps.database.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, action))
    .orderBy(asc(auditEvents.seq));
}

/** A new organisation with signed-in users of the given roles: lists in it hold only what the test puts there. */
export async function freshOrganization(world: PeopleWorld, roles: Role[]) {
  const organizationId = (await buildOrganization(world.t.deps.database)).id;
  const agents = {} as Record<Role, Agent>;
  for (const role of roles) {
    const u = await buildUser(world.t.deps.database, { organizationId, roles: [role] });
    agents[role] = await signIn(world.t.app, u.username, u.password, u.totpSecret);
  }
  return { organizationId, agents };
}
