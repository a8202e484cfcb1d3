import { and, eq, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import { cases } from "../../platform/db/schema.ts";
import { type CaseRow, caseColumns, rowsOf } from "./cases.repository.ts";

/** `%`, `_` and `\` typed by a user are literal characters, not LIKE wildcards. */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}

// Written out in full: correlated subqueries over the tables other modules own, each read under
// the reader's row-level security (a name the reader may not see comes back null).
const subjectLabel = sql<string | null>`(case when cases.subject_type = 'person'
  then (select p.family_name || ' ' || p.given_name from people p where p.id = cases.person_id)
  else (select h.label from households h where h.id = cases.household_id) end)`;
const caseManagerName = sql<
  string | null
>`(select u.display_name from users u where u.id = cases.case_manager_id)`;
const nextDueOn = sql<string | null>`(select least(
    (select min(a.due_on) from plan_actions a where a.case_id = cases.id and a.status in ('planned', 'in_progress')),
    (select min(p.next_review_on) from care_plans p where p.case_id = cases.id and p.status <> 'closed'))::text)`;
const updatedKey = sql<string>`to_char(${cases.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export interface CaseListRow extends CaseRow {
  subjectLabel: string | null;
  caseManagerName: string | null;
  nextDueOn: string | null;
  updatedKey: string;
}

function assignedTo(userId: string): SQL {
  return sql`(${cases.caseManagerId} = ${userId}::uuid or exists (select 1 from case_team_members m
    where m.case_id = ${cases.id} and m.user_id = ${userId}::uuid and m.removed_at is null))`;
}

/** Cases the reader may see (row-level security), newest change first; keyset on (updated_at, id). */
export async function listCases(
  tx: Tx,
  options: {
    organizationId?: string | undefined;
    state?: string | undefined;
    assignedTo?: string | undefined;
    projectId?: string | undefined;
    q?: string | undefined;
    after: readonly [string, string] | null;
    limit: number;
  },
): Promise<CaseListRow[]> {
  const where: SQL[] = [];
  if (options.organizationId) where.push(eq(cases.organizationId, options.organizationId));
  if (options.state) where.push(eq(cases.state, options.state));
  if (options.projectId) where.push(eq(cases.projectId, options.projectId));
  if (options.assignedTo) where.push(assignedTo(options.assignedTo));
  if (options.q) where.push(sql`${cases.reference} like ${`%${escapeLike(options.q)}%`}`);
  if (options.after) {
    const [at, id] = options.after;
    where.push(sql`(${cases.updatedAt}, ${cases.id}) < (${at}::timestamptz, ${id}::uuid)`);
  }
  return tx
    .select({ ...caseColumns, subjectLabel, caseManagerName, nextDueOn, updatedKey })
    .from(cases)
    .where(where.length ? and(...where) : undefined)
    .orderBy(sql`${cases.updatedAt} desc`, sql`${cases.id} desc`)
    .limit(options.limit + 1);
}

export interface WorklistCaseRow {
  id: string;
  reference: string;
  state: string;
  subjectLabel: string | null;
  teamRole: string | null;
  isCaseManager: boolean;
  nextDueOn: string | null;
  lastActivityAt: Date;
  pendingApprovalId: string | null;
}

/** The user's open cases (case manager or current seat), soonest due first; at most `limit`. */
export async function findMyOpenCases(tx: Tx, userId: string, limit: number): Promise<WorklistCaseRow[]> {
  return tx
    .select({
      id: cases.id,
      reference: cases.reference,
      state: cases.state,
      subjectLabel,
      teamRole: sql<string | null>`(select m.team_role from case_team_members m
        where m.case_id = cases.id and m.user_id = ${userId}::uuid and m.removed_at is null limit 1)`,
      isCaseManager: sql<boolean>`coalesce(${cases.caseManagerId} = ${userId}::uuid, false)`,
      nextDueOn,
      lastActivityAt: cases.lastActivityAt,
      pendingApprovalId: cases.pendingApprovalId,
    })
    .from(cases)
    .where(and(assignedTo(userId), sql`${cases.state} <> 'closed'`))
    .orderBy(sql`${nextDueOn} asc nulls last`, sql`${cases.lastActivityAt} asc`, cases.id)
    .limit(limit);
}

/** Counts of the user's open cases by state. */
export async function countMyOpenCases(tx: Tx, userId: string): Promise<Record<string, number>> {
  const rows = await tx
    .select({ state: cases.state, n: sql<number>`count(*)::int` })
    .from(cases)
    .where(and(assignedTo(userId), sql`${cases.state} <> 'closed'`))
    .groupBy(cases.state);
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}

export interface ReminderRow {
  id: string;
  kind: string;
  caseId: string | null;
  subjectId: string;
  dueOn: string;
  params: unknown;
}

/** The user's open reminders (row-level security: only their own), soonest first. */
export async function findMyReminders(
  tx: Tx,
  userId: string,
  today: string,
  limit: number,
): Promise<{ items: ReminderRow[]; total: number; overdue: number }> {
  const items = rowsOf<ReminderRow>(
    await tx.execute(sql`select id, kind, case_id as "caseId", subject_id as "subjectId", due_on::text as "dueOn", params
      from reminders where user_id = ${userId}::uuid and dismissed_at is null
      order by due_on, id limit ${limit}`),
  );
  const [counts] = rowsOf<{ total: number; overdue: number }>(
    await tx.execute(sql`select count(*)::int as total, count(*) filter (where due_on < ${today}::date)::int as overdue
      from reminders where user_id = ${userId}::uuid and dismissed_at is null`),
  );
  return { items, total: counts?.total ?? 0, overdue: counts?.overdue ?? 0 };
}

export async function countPendingApprovals(
  tx: Tx,
  organizationId: string,
  notRequestedBy: string | null,
): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await tx.execute(sql`select count(*)::int as n from case_approvals
      where organization_id = ${organizationId}::uuid and status = 'pending'
        and (${notRequestedBy}::uuid is null or requested_by is distinct from ${notRequestedBy}::uuid)`),
  );
  return row?.n ?? 0;
}

export interface CaseloadFilter {
  organizationId: string;
  projectId?: string | undefined;
  /** Only cases whose case manager is a user of this organisation. */
  managedWithin?: string | undefined;
}

function caseloadWhere(f: CaseloadFilter): SQL {
  const parts: SQL[] = [sql`c.organization_id = ${f.organizationId}::uuid`];
  if (f.projectId) parts.push(sql`c.project_id = ${f.projectId}::uuid`);
  if (f.managedWithin)
    parts.push(
      sql`c.case_manager_id in (select u.id from users u where u.organization_id = ${f.managedWithin}::uuid)`,
    );
  return sql.join(parts, sql` and `);
}

export interface CaseloadCounts {
  byOperator: { userId: string | null; displayName: string | null; state: string; n: number }[];
}

/** Counts by case manager and state (one GROUP BY), with the manager's name where visible. */
export async function caseloadCounts(tx: Tx, f: CaseloadFilter): Promise<CaseloadCounts> {
  const rows = rowsOf<{ userId: string | null; displayName: string | null; state: string; n: number }>(
    await tx.execute(sql`select g.case_manager_id as "userId", u.display_name as "displayName", g.state, g.n
      from (select c.case_manager_id, c.state, count(*)::int as n from cases c where ${caseloadWhere(f)}
             group by c.case_manager_id, c.state) g
      left join users u on u.id = g.case_manager_id
      order by u.display_name nulls last, g.case_manager_id, g.state`),
  );
  return { byOperator: rows };
}

export interface WaitRow {
  count: number;
  medianDays: number | null;
  meanDays: number | null;
  p90Days: number | null;
}

/** Waiting times in days (median, mean, 90th percentile) between milestones, computed in SQL. */
export async function caseloadWaits(
  tx: Tx,
  f: CaseloadFilter,
): Promise<{ contactToAssessment: WaitRow; assessmentToActive: WaitRow; contactToActive: WaitRow }> {
  const stat = (a: string, b: string, name: string) => {
    const d = sql.raw(`extract(epoch from (c.${b} - c.${a})) / 86400.0`);
    const w = sql.raw(`c.${b} is not null and c.${a} is not null`);
    return sql`count(*) filter (where ${w})::int as "${sql.raw(name)}Count",
      round((percentile_cont(0.5) within group (order by ${d}) filter (where ${w}))::numeric, 1)::float8 as "${sql.raw(name)}Median",
      round((avg(${d}) filter (where ${w}))::numeric, 1)::float8 as "${sql.raw(name)}Mean",
      round((percentile_cont(0.9) within group (order by ${d}) filter (where ${w}))::numeric, 1)::float8 as "${sql.raw(name)}P90"`;
  };
  const [row] = rowsOf<Record<string, number | null>>(
    await tx.execute(sql`select ${stat("contacted_at", "assessment_at", "ca")}, ${stat("assessment_at", "active_at", "aa")},
      ${stat("contacted_at", "active_at", "cx")} from cases c where ${caseloadWhere(f)}`),
  );
  const pick = (p: string): WaitRow => ({
    count: Number(row?.[`${p}Count`] ?? 0),
    medianDays: (row?.[`${p}Median`] as number | null) ?? null,
    meanDays: (row?.[`${p}Mean`] as number | null) ?? null,
    p90Days: (row?.[`${p}P90`] as number | null) ?? null,
  });
  return { contactToAssessment: pick("ca"), assessmentToActive: pick("aa"), contactToActive: pick("cx") };
}
