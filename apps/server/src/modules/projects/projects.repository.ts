import { and, asc, desc, eq, exists, or, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import { newId } from "../../platform/db/ids.ts";
import {
  organizations,
  projectPartners,
  projects,
  projectTargets,
  territories,
} from "../../platform/db/schema.ts";

/** `%`, `_` and `\` typed by a user are literal characters, not LIKE wildcards. */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}

/** Codes are unique ignoring case (projects_code_key), so lower(code) alone is a keyset. */
const sortCode = sql<string>`lower(${projects.code})`;

const columns = {
  id: projects.id,
  code: projects.code,
  title: projects.title,
  description: projects.description,
  fundLine: projects.fundLine,
  startDate: projects.startDate,
  endDate: projects.endDate,
  leadOrganizationId: projects.leadOrganizationId,
  leadOrganizationName: organizations.name,
  networkId: projects.networkId,
  version: projects.version,
  createdAt: projects.createdAt,
  updatedAt: projects.updatedAt,
  sortCode,
};

export interface ProjectRow {
  id: string;
  code: string;
  title: string;
  description: string;
  fundLine: string;
  startDate: string;
  endDate: string;
  leadOrganizationId: string;
  leadOrganizationName: string;
  networkId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  sortCode: string;
}

export async function listProjects(
  tx: Tx,
  options: {
    q?: string | undefined;
    organizationId?: string | undefined;
    after: string | null;
    limit: number;
  },
): Promise<ProjectRow[]> {
  const where: (SQL | undefined)[] = [];
  if (options.q) {
    const pattern = `%${escapeLike(options.q.toLowerCase())}%`;
    where.push(or(sql`${sortCode} like ${pattern}`, sql`lower(${projects.title}) like ${pattern}`));
  }
  if (options.organizationId) {
    const partner = tx
      .select({ one: sql`1` })
      .from(projectPartners)
      .where(
        and(
          eq(projectPartners.projectId, projects.id),
          eq(projectPartners.organizationId, options.organizationId),
        ),
      );
    where.push(or(eq(projects.leadOrganizationId, options.organizationId), exists(partner)));
  }
  if (options.after !== null) where.push(sql`${sortCode} > ${options.after}`);
  return tx
    .select(columns)
    .from(projects)
    .innerJoin(organizations, eq(organizations.id, projects.leadOrganizationId))
    .where(and(...where))
    .orderBy(sortCode)
    .limit(options.limit + 1);
}

export async function findProject(tx: Tx, id: string, lock = false): Promise<ProjectRow | null> {
  const query = tx
    .select(columns)
    .from(projects)
    .innerJoin(organizations, eq(organizations.id, projects.leadOrganizationId))
    .where(eq(projects.id, id));
  const [row] = lock ? await query.for("update", { of: projects }) : await query;
  return row ?? null;
}

/** The id of the project whose code equals `code` ignoring case, if any. */
export async function findProjectIdByCode(tx: Tx, code: string): Promise<string | null> {
  const [row] = await tx.select({ id: projects.id }).from(projects).where(sql`${sortCode} = lower(${code})`);
  return row?.id ?? null;
}

export interface PartnerRow {
  organizationId: string;
  organizationName: string;
  role: string;
}

/** The lead first, then the partners by name. */
export async function findPartners(tx: Tx, projectId: string): Promise<PartnerRow[]> {
  return tx
    .select({
      organizationId: projectPartners.organizationId,
      organizationName: organizations.name,
      role: projectPartners.role,
    })
    .from(projectPartners)
    .innerJoin(organizations, eq(organizations.id, projectPartners.organizationId))
    .where(eq(projectPartners.projectId, projectId))
    .orderBy(
      desc(sql`${projectPartners.role} = 'lead'`),
      sql`lower(${organizations.name})`,
      asc(organizations.id),
    );
}

export interface TargetRow {
  id: string;
  indicator: string;
  istatCode: string | null;
  territoryName: string | null;
  value: number;
  note: string | null;
}

/** In the order they were sent (ids are time-ordered). */
export async function findTargets(tx: Tx, projectId: string): Promise<TargetRow[]> {
  return tx
    .select({
      id: projectTargets.id,
      indicator: projectTargets.indicator,
      istatCode: projectTargets.istatCode,
      territoryName: territories.name,
      value: projectTargets.value,
      note: projectTargets.note,
    })
    .from(projectTargets)
    .leftJoin(territories, eq(territories.istatCode, projectTargets.istatCode))
    .where(eq(projectTargets.projectId, projectId))
    .orderBy(asc(projectTargets.id));
}

export type NewProject = typeof projects.$inferInsert & { id: string };

export async function insertProject(tx: Tx, values: NewProject): Promise<void> {
  await tx.insert(projects).values(values);
}

export interface ProjectChanges {
  code?: string;
  title?: string;
  description?: string;
  fundLine?: string;
  startDate?: string;
  endDate?: string;
  leadOrganizationId?: string;
  networkId?: string | null;
}

/** Applies the changes if the row still has `expectedVersion`; bumps version and updated_at. */
export async function updateProjectRow(
  tx: Tx,
  id: string,
  expectedVersion: number,
  changes: ProjectChanges,
): Promise<boolean> {
  const rows = await tx
    .update(projects)
    .set({ ...changes, updatedAt: new Date(), version: sql`${projects.version} + 1` })
    .where(and(eq(projects.id, id), eq(projects.version, expectedVersion)))
    .returning({ id: projects.id });
  return rows.length === 1;
}

export async function replacePartners(
  tx: Tx,
  projectId: string,
  partners: readonly { organizationId: string; role: string }[],
): Promise<void> {
  await tx.delete(projectPartners).where(eq(projectPartners.projectId, projectId));
  if (partners.length === 0) return;
  await tx.insert(projectPartners).values(partners.map((p) => ({ projectId, ...p })));
}

/** Replaces the whole list; new rows get new time-ordered ids in the order given. */
export async function replaceTargets(
  tx: Tx,
  projectId: string,
  targets: readonly { indicator: string; istatCode: string | null; value: number; note: string | null }[],
): Promise<void> {
  await tx.delete(projectTargets).where(eq(projectTargets.projectId, projectId));
  if (targets.length === 0) return;
  await tx.insert(projectTargets).values(targets.map((t) => ({ id: newId(), projectId, ...t })));
}
