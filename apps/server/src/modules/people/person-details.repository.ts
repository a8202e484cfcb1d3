import { and, desc, eq, gte, isNull, or, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import { personVulnerabilities, residencePermits } from "../../platform/db/schema.ts";

export type PermitRow = typeof residencePermits.$inferSelect;
export type NewPermit = typeof residencePermits.$inferInsert & { id: string };
export type VulnerabilityRow = typeof personVulnerabilities.$inferSelect;
export type NewVulnerability = typeof personVulnerabilities.$inferInsert & { id: string };

/**
 * Newest first: by issue date, a permit without one counting as issued the day it was recorded.
 * The same order decides which permit is a person's latest (search.repository.ts).
 */
export const permitRecency = sql`coalesce(${residencePermits.issuedOn}, (${residencePermits.createdAt} at time zone 'Europe/Rome')::date)`;

export async function insertPermit(tx: Tx, row: NewPermit): Promise<PermitRow> {
  const [inserted] = await tx.insert(residencePermits).values(row).returning();
  if (!inserted) throw new Error("insert returned no row");
  return inserted;
}

export async function listPermits(tx: Tx, personId: string): Promise<PermitRow[]> {
  return tx
    .select()
    .from(residencePermits)
    .where(eq(residencePermits.personId, personId))
    .orderBy(desc(permitRecency), desc(residencePermits.id));
}

export async function insertVulnerability(tx: Tx, row: NewVulnerability): Promise<VulnerabilityRow> {
  const [inserted] = await tx.insert(personVulnerabilities).values(row).returning();
  if (!inserted) throw new Error("insert returned no row");
  return inserted;
}

/** The person's vulnerabilities the caller may see (row-level security hides special-category ones). */
export async function listVulnerabilities(tx: Tx, personId: string): Promise<VulnerabilityRow[]> {
  return tx
    .select()
    .from(personVulnerabilities)
    .where(eq(personVulnerabilities.personId, personId))
    .orderBy(desc(personVulnerabilities.createdAt), desc(personVulnerabilities.id));
}

export async function findVulnerability(
  tx: Tx,
  personId: string,
  id: string,
  lock = false,
): Promise<VulnerabilityRow | null> {
  const query = tx
    .select()
    .from(personVulnerabilities)
    .where(and(eq(personVulnerabilities.id, id), eq(personVulnerabilities.personId, personId)));
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

/** A vulnerability with this code that still applies on `today` (`until` is its last day). */
export async function findActiveVulnerability(
  tx: Tx,
  personId: string,
  code: string,
  today: string,
): Promise<VulnerabilityRow | null> {
  const [row] = await tx
    .select()
    .from(personVulnerabilities)
    .where(
      and(
        eq(personVulnerabilities.personId, personId),
        eq(personVulnerabilities.code, code),
        or(isNull(personVulnerabilities.until), gte(personVulnerabilities.until, today)),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function setVulnerabilityUntil(tx: Tx, id: string, until: string): Promise<VulnerabilityRow> {
  const [row] = await tx
    .update(personVulnerabilities)
    .set({ until })
    .where(eq(personVulnerabilities.id, id))
    .returning();
  if (!row) throw new Error("update returned no row");
  return row;
}
