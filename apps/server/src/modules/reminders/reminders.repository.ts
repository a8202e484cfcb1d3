import type { ReminderKind, ReminderStatus } from "@approdo/contracts";
import { and, asc, eq, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import { cases, reminders } from "../../platform/db/schema.ts";

/**
 * A UUIDv7 made in SQL (PostgreSQL 15 has no uuidv7()): the random UUID's first 48 bits replaced
 * by the Unix time in milliseconds, the version nibble set to 7. Lets the generation stay one
 * INSERT … SELECT per kind instead of a loop over rows.
 */
const uuidV7 = sql.raw(
  "encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid",
);

/** The Italian calendar day of a timestamp (services work on Rome's days). */
const romeDay = (column: string) => sql.raw(`(${column} at time zone 'Europe/Rome')::date`);

export interface GenerationInput {
  /** YYYY-MM-DD, the day the job runs for (Rome). */
  today: string;
  /** Days without activity before a case is flagged. */
  inactivityDays: number;
}

/**
 * For each kind, the reminders that should exist right now: (user, organisation, case, subject,
 * due day, message params). Everything is written out in SQL so that the job is a handful of
 * set-based statements whatever the number of cases.
 */
function wanted(kind: ReminderKind, input: GenerationInput): SQL {
  const today = sql`${input.today}::date`;
  switch (kind) {
    // Plan reviews due within 7 days or overdue, for the case manager.
    case "plan_review_due":
      return sql`
        select c.case_manager_id as user_id, c.organization_id, c.id as case_id, p.id as subject_id,
               p.next_review_on as due_on,
               jsonb_build_object('planId', p.id, 'reviewOn', p.next_review_on::text) as params
          from care_plans p
          join cases c on c.id = p.case_id and c.state <> 'closed'
          join users u on u.id = c.case_manager_id and u.active
         where p.status <> 'closed' and p.next_review_on is not null
           and p.next_review_on <= ${today} + 7`;
    // Open plan actions past their due day, for the responsible operator (else the case manager).
    case "action_overdue":
      return sql`
        select coalesce(ru.id, cm.id) as user_id, c.organization_id, c.id as case_id, a.id as subject_id,
               a.due_on,
               jsonb_build_object('planId', a.plan_id, 'actionId', a.id, 'domain', a.domain,
                                  'dueOn', a.due_on::text) as params
          from plan_actions a
          join care_plans p on p.id = a.plan_id and p.status <> 'closed'
          join cases c on c.id = a.case_id and c.state <> 'closed'
          left join users ru on ru.id = a.responsible_user_id and ru.active
          left join users cm on cm.id = c.case_manager_id and cm.active
         where a.status in ('planned', 'in_progress') and a.due_on < ${today}
           and coalesce(ru.id, cm.id) is not null`;
    // The latest permit (the one valid longest; a permit without expiry wins) of every subject
    // person of an open case — the person, or the household's current members — expiring within
    // 60 days or expired in the last 30, for the case manager. People on no case get none.
    case "permit_expiring":
      return sql`
        with subjects as (
          select c.id as case_id, c.person_id from cases c
           where c.state <> 'closed' and c.person_id is not null
          union
          select c.id, m.person_id from cases c
            join household_members m on m.household_id = c.household_id and m.left_on is null
           where c.state <> 'closed'
        ), latest as (
          select distinct on (rp.person_id) rp.id, rp.person_id, rp.type, rp.expires_on
            from residence_permits rp
           where rp.person_id in (select person_id from subjects)
           order by rp.person_id, rp.expires_on desc nulls first, rp.id desc
        )
        select distinct on (c.case_manager_id, l.id)
               c.case_manager_id as user_id, c.organization_id, c.id as case_id, l.id as subject_id,
               l.expires_on as due_on,
               jsonb_build_object('personId', l.person_id, 'permitType', l.type,
                                  'expiresOn', l.expires_on::text) as params
          from latest l
          join subjects s on s.person_id = l.person_id
          join cases c on c.id = s.case_id
          join users u on u.id = c.case_manager_id and u.active
         where l.expires_on between ${today} - 30 and ${today} + 60
         order by c.case_manager_id, l.id, c.id`;
    // Open cases without a transition, assessment, plan change, service or note for N days.
    case "case_inactive":
      return sql`
        select c.case_manager_id as user_id, c.organization_id, c.id as case_id, c.id as subject_id,
               ${romeDay("c.last_activity_at")} + ${input.inactivityDays}::int as due_on,
               jsonb_build_object('lastActivityOn', ${romeDay("c.last_activity_at")}::text,
                                  'days', ${input.inactivityDays}::int) as params
          from cases c
          join users u on u.id = c.case_manager_id and u.active
         where c.state <> 'closed'
           and ${romeDay("c.last_activity_at")} + ${input.inactivityDays}::int <= ${today}`;
    // Approvals waiting for a decision, for every coordinator of the case's organisation.
    case "approval_pending":
      return sql`
        select ur.user_id, a.organization_id, a.case_id, a.id as subject_id,
               ${romeDay("a.requested_at")} as due_on,
               jsonb_build_object('approvalKind', a.kind,
                                  'requestedOn', ${romeDay("a.requested_at")}::text) as params
          from case_approvals a
          join user_roles ur on ur.organization_id = a.organization_id and ur.role = 'org_coordinator'
          join users u on u.id = ur.user_id and u.active
         where a.status = 'pending'`;
  }
}

function countOf(result: unknown): number {
  return (result as { rows: unknown[] }).rows.length;
}

/** Inserts the reminders of one kind that do not exist yet; an existing one (even dismissed) stays as it is. */
export async function insertWantedReminders(
  tx: Tx,
  kind: ReminderKind,
  input: GenerationInput,
): Promise<number> {
  const result = await tx.execute(sql`
    insert into reminders (id, user_id, organization_id, case_id, kind, subject_id, due_on, params)
    select ${uuidV7}, w.user_id, w.organization_id, w.case_id, ${kind}, w.subject_id, w.due_on, w.params
      from (${wanted(kind, input)}) w
    on conflict (user_id, kind, subject_id, due_on) do nothing
    returning id`);
  return countOf(result);
}

/** Dismisses the open reminders of one kind that no longer apply (done, decided, renewed, closed, reassigned). */
export async function dismissStaleReminders(
  tx: Tx,
  kind: ReminderKind,
  input: GenerationInput,
): Promise<number> {
  const result = await tx.execute(sql`
    update reminders r set dismissed_at = now()
     where r.kind = ${kind} and r.dismissed_at is null
       and not exists (
         select 1 from (${wanted(kind, input)}) w
          where w.user_id = r.user_id and w.subject_id = r.subject_id and w.due_on = r.due_on)
    returning r.id`);
  return countOf(result);
}

const columns = {
  id: reminders.id,
  userId: reminders.userId,
  kind: reminders.kind,
  subjectId: reminders.subjectId,
  caseId: reminders.caseId,
  caseReference: cases.reference,
  dueOn: reminders.dueOn,
  params: reminders.params,
  createdAt: reminders.createdAt,
  dismissedAt: reminders.dismissedAt,
};

export interface ReminderRow {
  id: string;
  userId: string;
  kind: string;
  subjectId: string;
  caseId: string | null;
  /** null when the reader may not see the case (row-level security on cases). */
  caseReference: string | null;
  dueOn: string;
  params: unknown;
  createdAt: Date;
  dismissedAt: Date | null;
}

/** One user's reminders, keyset on (due_on, id): the most urgent first. */
export async function listReminders(
  tx: Tx,
  options: { userId: string; status: ReminderStatus; after: readonly [string, string] | null; limit: number },
): Promise<ReminderRow[]> {
  const where: SQL[] = [
    eq(reminders.userId, options.userId),
    options.status === "open" ? isNull(reminders.dismissedAt) : isNotNull(reminders.dismissedAt),
  ];
  if (options.after) {
    const [dueOn, id] = options.after;
    where.push(sql`(${reminders.dueOn}, ${reminders.id}) > (${dueOn}::date, ${id}::uuid)`);
  }
  return tx
    .select(columns)
    .from(reminders)
    .leftJoin(cases, eq(cases.id, reminders.caseId))
    .where(and(...where))
    .orderBy(asc(reminders.dueOn), asc(reminders.id))
    .limit(options.limit + 1);
}

export async function findReminder(tx: Tx, userId: string, id: string): Promise<ReminderRow | null> {
  const [row] = await tx
    .select(columns)
    .from(reminders)
    .leftJoin(cases, eq(cases.id, reminders.caseId))
    .where(and(eq(reminders.id, id), eq(reminders.userId, userId)));
  return row ?? null;
}

/** Returns whether an open reminder of this user was dismissed now. */
export async function dismissReminder(tx: Tx, userId: string, id: string): Promise<boolean> {
  const rows = await tx
    .update(reminders)
    .set({ dismissedAt: new Date() })
    .where(and(eq(reminders.id, id), eq(reminders.userId, userId), isNull(reminders.dismissedAt)))
    .returning({ id: reminders.id });
  return rows.length > 0;
}

export interface DigestRow {
  userId: string;
  email: string;
  locale: string;
  items: { id: string; kind: string; dueOn: string; caseReference: string | null }[];
}

/** Every active user with an e-mail address and open reminders not mailed yet, with those reminders. */
export async function findUnmailedReminders(tx: Tx): Promise<DigestRow[]> {
  const result = await tx.execute(sql`
    select u.id as "userId", u.email, u.locale,
           json_agg(json_build_object('id', r.id, 'kind', r.kind, 'dueOn', r.due_on::text,
                                      'caseReference', c.reference) order by r.due_on, r.id) as items
      from reminders r
      join users u on u.id = r.user_id and u.active and u.email is not null and u.email <> ''
      left join cases c on c.id = r.case_id
     where r.dismissed_at is null and r.emailed_at is null
     group by u.id, u.email, u.locale
     order by u.id`);
  return (result as unknown as { rows: DigestRow[] }).rows.map((r) => ({
    ...r,
    items: typeof r.items === "string" ? JSON.parse(r.items) : r.items,
  }));
}

export async function markEmailed(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.execute(
    sql`update reminders set emailed_at = now() where id = any(${`{${ids.join(",")}}`}::uuid[]) and emailed_at is null`,
  );
}
