import { and, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import { assessmentItems, assessments } from "../../platform/db/schema.ts";

/** The rows of a raw query (both drivers answer `{ rows }`). */
function rowsOf(result: unknown): Record<string, unknown>[] {
  return (result as { rows: Record<string, unknown>[] }).rows;
}

export interface DomainCatalogRow {
  code: string;
  labels: Record<string, string>;
  specialCategory: boolean;
  levels: Record<string, Record<string, string>> | null;
  sortOrder: number;
  active: boolean;
}

/**
 * The assessment domains of the catalogue for an organisation: its networks' entries, else the
 * instance-wide ones (a network entry overrides the global entry with the same code). Inactive
 * entries are included, so historic items keep their labels; the caller filters for new writes.
 */
export async function findDomainCatalog(tx: Tx, organizationId: string): Promise<DomainCatalogRow[]> {
  const rows = await tx.execute(sql`
    select distinct on (e.code) e.code, e.labels, e.special_category, e.levels, e.sort_order, e.active
      from catalog_entries e
     where e.kind = 'assessment_domain'
       and (e.network_id is null
            or e.network_id in (select n.network_id from network_organizations n where n.organization_id = ${organizationId}))
     order by e.code, (e.network_id is null), e.network_id`);
  return rowsOf(rows).map((r) => ({
    code: String(r.code),
    labels: (r.labels ?? {}) as Record<string, string>,
    specialCategory: Boolean(r.special_category),
    levels: (r.levels ?? null) as Record<string, Record<string, string>> | null,
    sortOrder: Number(r.sort_order),
    active: Boolean(r.active),
  }));
}

export interface NewAssessment {
  id: string;
  caseId: string;
  assessedOn: string;
  summary: string;
  createdBy: string | null;
}

export interface NewAssessmentItem {
  id: string;
  assessmentId: string;
  caseId: string;
  domain: string;
  personId: string | null;
  level: number;
  notes: string;
  evidence: string;
  specialCategory: boolean;
}

export async function insertAssessment(
  tx: Tx,
  row: NewAssessment,
  items: NewAssessmentItem[],
): Promise<void> {
  await tx.insert(assessments).values(row);
  if (items.length) await tx.insert(assessmentItems).values(items);
}

/** The assessment of this case, locked until commit (a correction races no other correction). */
export async function findAssessmentForUpdate(
  tx: Tx,
  caseId: string,
  id: string,
): Promise<{ id: string; supersededById: string | null } | null> {
  const [row] = await tx
    .select({ id: assessments.id, supersededById: assessments.supersededById })
    .from(assessments)
    .where(and(eq(assessments.id, id), eq(assessments.caseId, caseId)))
    .for("update");
  return row ?? null;
}

export async function markSuperseded(tx: Tx, id: string, byId: string): Promise<boolean> {
  const rows = await tx
    .update(assessments)
    .set({ supersededById: byId })
    .where(and(eq(assessments.id, id), isNull(assessments.supersededById)))
    .returning({ id: assessments.id });
  return rows.length === 1;
}

export interface AssessmentItemRow {
  id: string;
  domain: string;
  personId: string | null;
  level: number;
  notes: string;
  evidence: string;
  specialCategory: boolean;
}

export interface AssessmentRow {
  id: string;
  caseId: string;
  assessedOn: string;
  summary: string;
  supersededById: string | null;
  correctsId: string | null;
  createdBy: string | null;
  createdAt: Date;
  /** Only the items row-level security lets the reader see. */
  items: AssessmentItemRow[];
}

// Written out in full: inside a one-table select Drizzle leaves column names unqualified.
const itemsJson = sql<AssessmentItemRow[]>`coalesce((
  select json_agg(json_build_object('id', i.id, 'domain', i.domain, 'personId', i.person_id, 'level', i.level,
                                    'notes', i.notes, 'evidence', i.evidence, 'specialCategory', i.special_category)
                  order by i.domain, i.person_id nulls first, i.id)
    from assessment_items i where i.assessment_id = assessments.id), '[]'::json)`;
const correctsId = sql<
  string | null
>`(select c.id from assessments c where c.superseded_by_id = assessments.id and c.case_id = assessments.case_id limit 1)`;

const columns = {
  id: assessments.id,
  caseId: assessments.caseId,
  assessedOn: assessments.assessedOn,
  summary: assessments.summary,
  supersededById: assessments.supersededById,
  correctsId,
  createdBy: assessments.createdBy,
  createdAt: assessments.createdAt,
  items: itemsJson,
};

/** Newest first, keyset on (assessed_on, id) descending; each with its visible items (one query). */
export async function listAssessments(
  tx: Tx,
  options: {
    caseId: string;
    after: readonly [string, string] | null;
    limit: number;
    includeSuperseded: boolean;
  },
): Promise<AssessmentRow[]> {
  const where: SQL[] = [eq(assessments.caseId, options.caseId)];
  if (!options.includeSuperseded) where.push(isNull(assessments.supersededById));
  if (options.after) {
    const [on, id] = options.after;
    where.push(sql`(${assessments.assessedOn}, ${assessments.id}) < (${on}::date, ${id}::uuid)`);
  }
  return tx
    .select(columns)
    .from(assessments)
    .where(and(...where))
    .orderBy(desc(assessments.assessedOn), desc(assessments.id))
    .limit(options.limit + 1);
}

export async function findAssessment(tx: Tx, caseId: string, id: string): Promise<AssessmentRow | null> {
  const [row] = await tx
    .select(columns)
    .from(assessments)
    .where(and(eq(assessments.id, id), eq(assessments.caseId, caseId)));
  return row ?? null;
}

export interface ProgressSeriesRow {
  domain: string;
  personId: string | null;
  specialCategory: boolean;
  points: { assessmentId: string; assessedOn: string; level: number }[];
}

/**
 * The level of each domain (and member) over time, from the valid (not superseded) assessments,
 * oldest first: one grouped query; row-level security leaves out what the reader may not see.
 */
export async function progressSeries(tx: Tx, caseId: string): Promise<ProgressSeriesRow[]> {
  const result = await tx.execute(sql`
    select i.domain, i.person_id, bool_or(i.special_category) as special_category,
           json_agg(json_build_object('assessmentId', a.id, 'assessedOn', a.assessed_on, 'level', i.level)
                    order by a.assessed_on, a.id) as points
      from assessment_items i
      join assessments a on a.id = i.assessment_id
     where i.case_id = ${caseId} and a.superseded_by_id is null
     group by i.domain, i.person_id
     order by i.domain, i.person_id nulls first`);
  return rowsOf(result).map((r) => ({
    domain: String(r.domain),
    personId: (r.person_id as string | null) ?? null,
    specialCategory: Boolean(r.special_category),
    points: (typeof r.points === "string" ? JSON.parse(r.points) : r.points) as ProgressSeriesRow["points"],
  }));
}

/** The dates of the case's valid assessments, oldest first. */
export async function validAssessmentDates(
  tx: Tx,
  caseId: string,
): Promise<{ assessmentId: string; assessedOn: string }[]> {
  return tx
    .select({ assessmentId: assessments.id, assessedOn: assessments.assessedOn })
    .from(assessments)
    .where(and(eq(assessments.caseId, caseId), isNull(assessments.supersededById)))
    .orderBy(assessments.assessedOn, assessments.id);
}

/** The latest valid level per domain and member (for the plan summary). */
export async function latestLevels(
  tx: Tx,
  caseId: string,
): Promise<{ domain: string; personId: string | null; level: number; assessedOn: string }[]> {
  const result = await tx.execute(sql`
    select distinct on (i.domain, i.person_id) i.domain, i.person_id, i.level, a.assessed_on::text as assessed_on
      from assessment_items i
      join assessments a on a.id = i.assessment_id
     where i.case_id = ${caseId} and a.superseded_by_id is null
     order by i.domain, i.person_id, a.assessed_on desc, a.id desc`);
  return rowsOf(result).map((r) => ({
    domain: String(r.domain),
    personId: (r.person_id as string | null) ?? null,
    level: Number(r.level),
    assessedOn: String(r.assessed_on),
  }));
}
