import { and, asc, eq, gt, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import { organizations, servicePoints, territories } from "../../platform/db/schema.ts";

const columns = {
  id: servicePoints.id,
  organizationId: servicePoints.organizationId,
  organizationName: organizations.name,
  type: servicePoints.type,
  name: servicePoints.name,
  istatCode: servicePoints.istatCode,
  territoryName: territories.name,
  address: servicePoints.address,
  openingHours: servicePoints.openingHours,
  languages: servicePoints.languages,
  active: servicePoints.active,
  version: servicePoints.version,
  createdAt: servicePoints.createdAt,
  updatedAt: servicePoints.updatedAt,
};

export interface ServicePointRow {
  id: string;
  organizationId: string;
  organizationName: string;
  type: string;
  name: string;
  istatCode: string;
  territoryName: string;
  address: string;
  openingHours: string;
  languages: string[];
  active: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * Keyset on id (time-ordered UUIDv7): service_points_org_idx (organization_id, id) serves the
 * organisation filter, service_points_istat_idx the municipality filter, the primary key the rest.
 */
export async function listServicePoints(
  tx: Tx,
  options: {
    organizationId?: string | undefined;
    istatCode?: string | undefined;
    type?: string | undefined;
    after: string | null;
    limit: number;
  },
): Promise<ServicePointRow[]> {
  const where: SQL[] = [];
  if (options.organizationId) where.push(eq(servicePoints.organizationId, options.organizationId));
  if (options.istatCode) where.push(eq(servicePoints.istatCode, options.istatCode));
  if (options.type) where.push(eq(servicePoints.type, options.type));
  if (options.after) where.push(gt(servicePoints.id, options.after));
  return tx
    .select(columns)
    .from(servicePoints)
    .innerJoin(organizations, eq(organizations.id, servicePoints.organizationId))
    .innerJoin(territories, eq(territories.istatCode, servicePoints.istatCode))
    .where(and(...where))
    .orderBy(asc(servicePoints.id))
    .limit(options.limit + 1);
}

export async function findServicePoint(tx: Tx, id: string, lock = false): Promise<ServicePointRow | null> {
  const query = tx
    .select(columns)
    .from(servicePoints)
    .innerJoin(organizations, eq(organizations.id, servicePoints.organizationId))
    .innerJoin(territories, eq(territories.istatCode, servicePoints.istatCode))
    .where(eq(servicePoints.id, id));
  const [row] = lock ? await query.for("update", { of: servicePoints }) : await query;
  return row ?? null;
}

export type NewServicePoint = typeof servicePoints.$inferInsert & { id: string };

export async function insertServicePoint(tx: Tx, values: NewServicePoint): Promise<void> {
  await tx.insert(servicePoints).values(values);
}

export interface ServicePointChanges {
  organizationId?: string;
  type?: string;
  name?: string;
  istatCode?: string;
  address?: string;
  openingHours?: string;
  languages?: string[];
  active?: boolean;
}

/** Applies the changes if the row still has `expectedVersion`; bumps version and updated_at. */
export async function updateServicePointRow(
  tx: Tx,
  id: string,
  expectedVersion: number,
  changes: ServicePointChanges,
): Promise<boolean> {
  const rows = await tx
    .update(servicePoints)
    .set({ ...changes, updatedAt: new Date(), version: sql`${servicePoints.version} + 1` })
    .where(and(eq(servicePoints.id, id), eq(servicePoints.version, expectedVersion)))
    .returning({ id: servicePoints.id });
  return rows.length === 1;
}
