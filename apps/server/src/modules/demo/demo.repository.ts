import { count } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import {
  networkOrganizations,
  networks,
  organizations,
  projectPartners,
  projects,
  projectTargets,
  servicePoints,
  territories,
  userRoles,
  users,
} from "../../platform/db/schema.ts";

export async function countOrganizations(tx: Tx): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(organizations);
  return row?.n ?? 0;
}

export type TerritoryRow = typeof territories.$inferInsert;
export type OrganizationRow = typeof organizations.$inferInsert;
export type NetworkRow = typeof networks.$inferInsert;
export type ProjectRow = typeof projects.$inferInsert;
export type PartnerRow = typeof projectPartners.$inferInsert;
export type TargetRow = typeof projectTargets.$inferInsert;
export type ServicePointRow = typeof servicePoints.$inferInsert;
export type UserRow = typeof users.$inferInsert;
export type UserRoleRow = typeof userRoles.$inferInsert;

export interface DemoRows {
  territories: TerritoryRow[];
  organizations: OrganizationRow[];
  networks: NetworkRow[];
  networkOrganizations: (typeof networkOrganizations.$inferInsert)[];
  projects: ProjectRow[];
  partners: PartnerRow[];
  targets: TargetRow[];
  servicePoints: ServicePointRow[];
  users: UserRow[];
  userRoles: UserRoleRow[];
}

/** Inserts the whole demo network in dependency order (parents before children). */
export async function insertDemoRows(tx: Tx, rows: DemoRows): Promise<void> {
  if (rows.territories.length) await tx.insert(territories).values(rows.territories).onConflictDoNothing();
  if (rows.organizations.length) await tx.insert(organizations).values(rows.organizations);
  if (rows.networks.length) await tx.insert(networks).values(rows.networks);
  if (rows.networkOrganizations.length)
    await tx.insert(networkOrganizations).values(rows.networkOrganizations);
  if (rows.projects.length) await tx.insert(projects).values(rows.projects);
  if (rows.partners.length) await tx.insert(projectPartners).values(rows.partners);
  if (rows.targets.length) await tx.insert(projectTargets).values(rows.targets);
  if (rows.servicePoints.length) await tx.insert(servicePoints).values(rows.servicePoints);
  if (rows.users.length) await tx.insert(users).values(rows.users);
  if (rows.userRoles.length) await tx.insert(userRoles).values(rows.userRoles);
}
