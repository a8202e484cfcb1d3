/**
 * The rows of the demo people that the people, households and consents modules do not export a
 * bulk use case for: permits, vulnerabilities, consents and the households' past memberships and
 * real joining days. People and households themselves go through `createPeopleBulk` and
 * `createHouseholdsBulk` (seed-demo-people.ts).
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import {
  consents,
  householdMembers,
  personVulnerabilities,
  residencePermits,
} from "../../platform/db/schema.ts";

export type DemoPermitRow = typeof residencePermits.$inferInsert;
export type DemoVulnerabilityRow = typeof personVulnerabilities.$inferInsert;
export type DemoConsentRow = typeof consents.$inferInsert;
export type DemoMembershipRow = typeof householdMembers.$inferInsert;

export async function insertDemoPermits(tx: Tx, rows: readonly DemoPermitRow[]): Promise<void> {
  if (rows.length) await tx.insert(residencePermits).values([...rows]);
}

export async function insertDemoVulnerabilities(
  tx: Tx,
  rows: readonly DemoVulnerabilityRow[],
): Promise<void> {
  if (rows.length) await tx.insert(personVulnerabilities).values([...rows]);
}

export async function insertDemoConsents(tx: Tx, rows: readonly DemoConsentRow[]): Promise<void> {
  if (rows.length) await tx.insert(consents).values([...rows]);
}

/** Memberships that already ended (left_on set): the history of a household. */
export async function insertDemoPastMemberships(tx: Tx, rows: readonly DemoMembershipRow[]): Promise<void> {
  if (rows.length) await tx.insert(householdMembers).values([...rows]);
}

/**
 * Dates each person's current membership from the day they really joined (`createHouseholdsBulk`
 * dates them all today, as an import does).
 */
export async function setDemoJoinDates(
  tx: Tx,
  rows: readonly { personId: string; joinedOn: string }[],
): Promise<void> {
  for (const r of rows) {
    await tx
      .update(householdMembers)
      .set({ joinedOn: r.joinedOn })
      .where(and(eq(householdMembers.personId, r.personId), isNull(householdMembers.leftOn)));
  }
}
