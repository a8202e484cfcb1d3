import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import {
  networkOrganizations,
  organizations,
  projectPartners,
  projects,
  territories,
} from "../../platform/db/schema.ts";

/** `%`, `_` and `\` typed by a user are literal characters, not LIKE wildcards. */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}

const sortName = sql<string>`lower(${organizations.name})`;

const columns = {
  id: organizations.id,
  name: organizations.name,
  type: organizations.type,
  istatCode: organizations.istatCode,
  territoryName: territories.name,
  parentId: organizations.parentId,
  requiresClosureApproval: organizations.requiresClosureApproval,
  active: organizations.active,
  version: organizations.version,
  createdAt: organizations.createdAt,
  updatedAt: organizations.updatedAt,
  sortName,
};

export interface OrganizationRow {
  id: string;
  name: string;
  type: string;
  istatCode: string | null;
  territoryName: string | null;
  parentId: string | null;
  requiresClosureApproval: boolean;
  active: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  sortName: string;
}

/** Keyset on (lower(name), id), which organizations_name_idx serves. */
export async function listOrganizations(
  tx: Tx,
  options: {
    q?: string | undefined;
    type?: string | undefined;
    after: readonly [string, string] | null;
    limit: number;
  },
): Promise<OrganizationRow[]> {
  const where: SQL[] = [];
  if (options.q) where.push(sql`${sortName} like ${`%${escapeLike(options.q.toLowerCase())}%`}`);
  if (options.type) where.push(eq(organizations.type, options.type));
  if (options.after) {
    const [name, id] = options.after;
    where.push(sql`(${sortName}, ${organizations.id}) > (${name}, ${id}::uuid)`);
  }
  return tx
    .select(columns)
    .from(organizations)
    .leftJoin(territories, eq(territories.istatCode, organizations.istatCode))
    .where(and(...where))
    .orderBy(sortName, asc(organizations.id))
    .limit(options.limit + 1);
}

/** With `lock`, the row stays locked until commit so a concurrent write waits for this one. */
export async function findOrganization(tx: Tx, id: string, lock = false): Promise<OrganizationRow | null> {
  const query = tx
    .select(columns)
    .from(organizations)
    .leftJoin(territories, eq(territories.istatCode, organizations.istatCode))
    .where(eq(organizations.id, id));
  const [row] = lock ? await query.for("update", { of: organizations }) : await query;
  return row ?? null;
}

export interface Memberships {
  networkIds: string[];
  projectIds: string[];
}

/** The networks the organisation belongs to and the projects it leads or is a partner of. */
export async function findMemberships(tx: Tx, id: string): Promise<Memberships> {
  const networkRows = await tx
    .select({ id: networkOrganizations.networkId })
    .from(networkOrganizations)
    .where(eq(networkOrganizations.organizationId, id))
    .orderBy(asc(networkOrganizations.networkId));
  const partnerRows = await tx
    .select({ id: projectPartners.projectId })
    .from(projectPartners)
    .where(eq(projectPartners.organizationId, id));
  const leadRows = await tx
    .select({ id: projects.id })
    .from(projects)
    .where(eq(projects.leadOrganizationId, id));
  const projectIds = [...new Set([...partnerRows, ...leadRows].map((r) => r.id))].sort();
  return { networkIds: networkRows.map((r) => r.id), projectIds };
}

export type NewOrganization = typeof organizations.$inferInsert & { id: string };

export async function insertOrganization(tx: Tx, values: NewOrganization): Promise<void> {
  await tx.insert(organizations).values(values);
}

export interface OrganizationChanges {
  name?: string;
  type?: string;
  istatCode?: string;
  parentId?: string | null;
  requiresClosureApproval?: boolean;
  active?: boolean;
}

/** Applies the changes if the row still has `expectedVersion`; bumps version and updated_at. */
export async function updateOrganizationRow(
  tx: Tx,
  id: string,
  expectedVersion: number,
  changes: OrganizationChanges,
): Promise<boolean> {
  const rows = await tx
    .update(organizations)
    .set({ ...changes, updatedAt: new Date(), version: sql`${organizations.version} + 1` })
    .where(and(eq(organizations.id, id), eq(organizations.version, expectedVersion)))
    .returning({ id: organizations.id });
  return rows.length === 1;
}

/** The ids among `ids` that are not known organisations. */
export async function findMissingOrganizations(tx: Tx, ids: readonly string[]): Promise<string[]> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  const rows = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(inArray(organizations.id, wanted));
  const found = new Set(rows.map((r) => r.id));
  return wanted.filter((id) => !found.has(id));
}

export async function findParentId(tx: Tx, id: string): Promise<string | null> {
  const [row] = await tx
    .select({ parentId: organizations.parentId })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row?.parentId ?? null;
}
