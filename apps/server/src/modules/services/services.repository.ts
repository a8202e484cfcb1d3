import { and, desc, eq, inArray, notInArray, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import { people, planActions, serviceRecordPeople, serviceRecords } from "../../platform/db/schema.ts";

export type NewServiceRecord = typeof serviceRecords.$inferInsert;

export interface ServiceRow {
  id: string;
  caseId: string | null;
  organizationId: string;
  servicePointId: string | null;
  serviceType: string;
  deliveredOn: string;
  durationMinutes: number | null;
  operatorId: string | null;
  mediatorId: string | null;
  language: string | null;
  planActionId: string | null;
  notes: string;
  voidedAt: Date | null;
  voidedBy: string | null;
  voidReason: string | null;
  correctsId: string | null;
  createdBy: string | null;
  createdAt: Date;
}

const columns = {
  id: serviceRecords.id,
  caseId: serviceRecords.caseId,
  organizationId: serviceRecords.organizationId,
  servicePointId: serviceRecords.servicePointId,
  serviceType: serviceRecords.serviceType,
  deliveredOn: serviceRecords.deliveredOn,
  durationMinutes: serviceRecords.durationMinutes,
  operatorId: serviceRecords.operatorId,
  mediatorId: serviceRecords.mediatorId,
  language: serviceRecords.language,
  planActionId: serviceRecords.planActionId,
  notes: serviceRecords.notes,
  voidedAt: serviceRecords.voidedAt,
  voidedBy: serviceRecords.voidedBy,
  voidReason: serviceRecords.voidReason,
  correctsId: serviceRecords.correctsId,
  createdBy: serviceRecords.createdBy,
  createdAt: serviceRecords.createdAt,
};

export interface PersonName {
  personId: string;
  /** null when the caller may not see the person's registry record. */
  givenName: string | null;
  familyName: string | null;
}

/**
 * The subject people of a case (its person, or its household's current members), through the
 * cases module's security-definer function: their ids whoever the caller is (a partner on the
 * team), their names only where the caller may see the person.
 */
export async function findCaseSubjects(tx: Tx, caseId: string): Promise<PersonName[]> {
  const result = await tx.execute(sql`
    select s.person_id as "personId", p.given_name as "givenName", p.family_name as "familyName"
      from app_case_subject_person_ids(${caseId}::uuid) s
      left join people p on p.id = s.person_id`);
  return (result as unknown as { rows: PersonName[] }).rows;
}

export async function planActionInCase(tx: Tx, planActionId: string, caseId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: planActions.id })
    .from(planActions)
    .where(and(eq(planActions.id, planActionId), eq(planActions.caseId, caseId)));
  return rows.length > 0;
}

/** The record and its persons: two statements (the persons' policy needs the record to exist first). */
export async function insertServiceRecord(tx: Tx, row: NewServiceRecord, personIds: readonly string[]) {
  await tx.insert(serviceRecords).values(row);
  await tx
    .insert(serviceRecordPeople)
    .values(personIds.map((personId) => ({ serviceRecordId: row.id, personId })));
}

export async function findServiceRecord(
  tx: Tx,
  caseId: string,
  id: string,
  lock = false,
): Promise<ServiceRow | null> {
  const query = tx
    .select(columns)
    .from(serviceRecords)
    .where(and(eq(serviceRecords.id, id), eq(serviceRecords.caseId, caseId)));
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

/** Voids a record still in force; false when it was already voided. */
export async function voidServiceRecord(
  tx: Tx,
  id: string,
  by: string | null,
  reason: string,
): Promise<boolean> {
  const rows = await tx
    .update(serviceRecords)
    .set({ voidedAt: sql`now()`, voidedBy: by, voidReason: reason })
    .where(and(eq(serviceRecords.id, id), sql`${serviceRecords.voidedAt} is null`))
    .returning({ id: serviceRecords.id });
  return rows.length > 0;
}

export interface ServiceListOptions {
  /** Keyset: rows strictly before (deliveredOn, id), newest first. */
  before: readonly [string, string] | null;
  limit: number;
  /** Service types the reader may not see (special-category types). */
  hiddenTypes: readonly string[];
}

function listWhere(base: SQL[], options: ServiceListOptions): SQL | undefined {
  const where = [...base];
  if (options.hiddenTypes.length > 0) {
    where.push(notInArray(serviceRecords.serviceType, [...options.hiddenTypes]));
  }
  if (options.before) {
    const [on, id] = options.before;
    where.push(sql`(${serviceRecords.deliveredOn}, ${serviceRecords.id}) < (${on}::date, ${id}::uuid)`);
  }
  return and(...where);
}

/** A case's services, newest first (index service_records_case_idx, read backwards). */
export function listCaseServices(tx: Tx, caseId: string, options: ServiceListOptions): Promise<ServiceRow[]> {
  return tx
    .select(columns)
    .from(serviceRecords)
    .where(listWhere([eq(serviceRecords.caseId, caseId)], options))
    .orderBy(desc(serviceRecords.deliveredOn), desc(serviceRecords.id))
    .limit(options.limit + 1);
}

/** An organisation's register of services, newest first, with optional filters. */
export function listOrganizationServices(
  tx: Tx,
  organizationId: string,
  filters: {
    personId?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    serviceType?: string | undefined;
  },
  options: ServiceListOptions,
): Promise<ServiceRow[]> {
  const base: SQL[] = [eq(serviceRecords.organizationId, organizationId)];
  if (filters.personId) {
    base.push(
      sql`exists (select 1 from ${serviceRecordPeople} srp where srp.service_record_id = service_records.id and srp.person_id = ${filters.personId})`,
    );
  }
  if (filters.from) base.push(sql`${serviceRecords.deliveredOn} >= ${filters.from}::date`);
  if (filters.to) base.push(sql`${serviceRecords.deliveredOn} <= ${filters.to}::date`);
  if (filters.serviceType) base.push(eq(serviceRecords.serviceType, filters.serviceType));
  return tx
    .select(columns)
    .from(serviceRecords)
    .where(listWhere(base, options))
    .orderBy(desc(serviceRecords.deliveredOn), desc(serviceRecords.id))
    .limit(options.limit + 1);
}

/** The persons of several records at once (names only where the caller may see the person). */
export async function findRecordPeople(
  tx: Tx,
  recordIds: readonly string[],
): Promise<Map<string, PersonName[]>> {
  const out = new Map<string, PersonName[]>();
  if (recordIds.length === 0) return out;
  const rows = await tx
    .select({
      recordId: serviceRecordPeople.serviceRecordId,
      personId: serviceRecordPeople.personId,
      givenName: people.givenName,
      familyName: people.familyName,
    })
    .from(serviceRecordPeople)
    .leftJoin(people, eq(people.id, serviceRecordPeople.personId))
    .where(inArray(serviceRecordPeople.serviceRecordId, [...recordIds]))
    .orderBy(
      serviceRecordPeople.serviceRecordId,
      people.familyName,
      people.givenName,
      serviceRecordPeople.personId,
    );
  for (const r of rows) {
    const list = out.get(r.recordId) ?? [];
    list.push({ personId: r.personId, givenName: r.givenName, familyName: r.familyName });
    out.set(r.recordId, list);
  }
  return out;
}
