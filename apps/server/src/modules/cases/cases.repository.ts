import type { CaseState, TeamRole } from "@approdo/contracts";
import { and, asc, eq, gte, inArray, isNull, lte, ne, or, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import {
  caseApprovals,
  cases,
  caseTeamMembers,
  caseTransitions,
  catalogEntries,
  households,
  networkOrganizations,
  organizations,
  personAccess,
  projectPartners,
  projects,
  servicePoints,
  userRoles,
  users,
} from "../../platform/db/schema.ts";

/** The rows of a raw `tx.execute` (the same shape on both drivers). */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

export const caseColumns = {
  id: cases.id,
  reference: cases.reference,
  organizationId: cases.organizationId,
  projectId: cases.projectId,
  subjectType: cases.subjectType,
  personId: cases.personId,
  householdId: cases.householdId,
  state: cases.state,
  origin: cases.origin,
  caseManagerId: cases.caseManagerId,
  servicePointId: cases.servicePointId,
  summary: cases.summary,
  contactedAt: cases.contactedAt,
  assessmentAt: cases.assessmentAt,
  activeAt: cases.activeAt,
  closedAt: cases.closedAt,
  outcome: cases.outcome,
  stateChangedAt: cases.stateChangedAt,
  lastActivityAt: cases.lastActivityAt,
  pendingApprovalId: cases.pendingApprovalId,
  createdBy: cases.createdBy,
  createdAt: cases.createdAt,
  updatedAt: cases.updatedAt,
  version: cases.version,
};

export interface CaseRow {
  id: string;
  reference: string;
  organizationId: string;
  projectId: string | null;
  subjectType: string;
  personId: string | null;
  householdId: string | null;
  state: string;
  origin: string;
  caseManagerId: string | null;
  servicePointId: string | null;
  summary: string;
  contactedAt: Date;
  assessmentAt: Date | null;
  activeAt: Date | null;
  closedAt: Date | null;
  outcome: string | null;
  stateChangedAt: Date;
  lastActivityAt: Date;
  pendingApprovalId: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** The case as the caller's row-level security shows it; with `lock`, locked until commit. */
export async function findCase(tx: Tx, id: string, lock = false): Promise<CaseRow | null> {
  const query = tx.select(caseColumns).from(cases).where(eq(cases.id, id));
  const [row] = lock ? await query.for("update", { of: cases }) : await query;
  return row ?? null;
}

export interface SeatRow {
  id: string;
  teamRole: TeamRole;
  organizationId: string;
}

/** A user's current seat on a case's team. */
export async function findCurrentSeat(tx: Tx, caseId: string, userId: string): Promise<SeatRow | null> {
  const [row] = await tx
    .select({
      id: caseTeamMembers.id,
      teamRole: caseTeamMembers.teamRole,
      organizationId: caseTeamMembers.organizationId,
    })
    .from(caseTeamMembers)
    .where(
      and(
        eq(caseTeamMembers.caseId, caseId),
        eq(caseTeamMembers.userId, userId),
        isNull(caseTeamMembers.removedAt),
      ),
    )
    .limit(1);
  return row ? { ...row, teamRole: row.teamRole as TeamRole } : null;
}

/** Marks activity on a case (inactivity reminders, "recent" sorting). */
export async function touchCase(tx: Tx, caseId: string): Promise<void> {
  const now = new Date();
  await tx.update(cases).set({ lastActivityAt: now, updatedAt: now }).where(eq(cases.id, caseId));
}

export interface SubjectPersonRow {
  personId: string;
  givenName: string;
  familyName: string;
}

/**
 * The person of a case, or the current members of its household, as far as the caller may see
 * them: membership comes from a security-definer function (a partner on the team cannot read the
 * household), names from people under the caller's row-level security.
 */
export async function findSubjectPeople(tx: Tx, caseId: string): Promise<SubjectPersonRow[]> {
  const result = await tx.execute(sql`
    select p.id as "personId", p.given_name as "givenName", p.family_name as "familyName"
      from app_case_subject_person_ids(${caseId}::uuid) s
      join people p on p.id = s.person_id
     order by p.family_name, p.given_name, p.id`);
  return rowsOf<SubjectPersonRow>(result);
}

/** Ids of the subject people of a case (person, or household's current members), whoever may see their names. */
export async function findSubjectPersonIds(tx: Tx, caseId: string): Promise<string[]> {
  const result = await tx.execute(
    sql`select person_id as "personId" from app_case_subject_person_ids(${caseId}::uuid)`,
  );
  return rowsOf<{ personId: string }>(result).map((r) => r.personId);
}

export interface NewApproval {
  id: string;
  caseId: string;
  organizationId: string;
  kind: "closure" | "plan_version";
  payload: unknown;
  requestedBy: string | null;
}

export async function insertApproval(tx: Tx, row: NewApproval): Promise<void> {
  await tx.insert(caseApprovals).values({ ...row, status: "pending" });
}

export async function setPendingApproval(tx: Tx, caseId: string, approvalId: string | null): Promise<void> {
  await tx
    .update(cases)
    .set({ pendingApprovalId: approvalId, updatedAt: new Date(), version: sql`${cases.version} + 1` })
    .where(eq(cases.id, caseId));
}

export interface ApprovalRow {
  id: string;
  caseId: string;
  organizationId: string;
  kind: string;
  payload: unknown;
  requestedBy: string | null;
  requestedAt: Date;
  status: string;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  version: number;
}

const approvalColumns = {
  id: caseApprovals.id,
  caseId: caseApprovals.caseId,
  organizationId: caseApprovals.organizationId,
  kind: caseApprovals.kind,
  payload: caseApprovals.payload,
  requestedBy: caseApprovals.requestedBy,
  requestedAt: caseApprovals.requestedAt,
  status: caseApprovals.status,
  decidedBy: caseApprovals.decidedBy,
  decidedAt: caseApprovals.decidedAt,
  decisionNote: caseApprovals.decisionNote,
  version: caseApprovals.version,
};

export async function findApproval(tx: Tx, id: string, lock = false): Promise<ApprovalRow | null> {
  const query = tx.select(approvalColumns).from(caseApprovals).where(eq(caseApprovals.id, id));
  const [row] = lock ? await query.for("update", { of: caseApprovals }) : await query;
  return row ?? null;
}

/** Pending approvals of one case, oldest first. */
export async function findPendingApprovals(tx: Tx, caseId: string): Promise<ApprovalRow[]> {
  return tx
    .select(approvalColumns)
    .from(caseApprovals)
    .where(and(eq(caseApprovals.caseId, caseId), eq(caseApprovals.status, "pending")))
    .orderBy(asc(caseApprovals.requestedAt), asc(caseApprovals.id));
}

/** Records a decision on a still-pending approval; false when it was decided meanwhile. */
export async function decideApprovalRow(
  tx: Tx,
  id: string,
  status: "approved" | "rejected" | "withdrawn",
  decidedBy: string | null,
  note: string | null,
): Promise<boolean> {
  const rows = await tx
    .update(caseApprovals)
    .set({
      status,
      decidedBy,
      decidedAt: new Date(),
      decisionNote: note,
      updatedAt: new Date(),
      version: sql`${caseApprovals.version} + 1`,
    })
    .where(and(eq(caseApprovals.id, id), eq(caseApprovals.status, "pending")))
    .returning({ id: caseApprovals.id });
  return rows.length === 1;
}

export interface NewTransition {
  id: string;
  caseId: string;
  fromState: CaseState | null;
  toState: CaseState;
  reason: string;
  outcome: string | null;
  approvalId: string | null;
  at: Date;
  by: string | null;
}

export async function insertTransition(tx: Tx, row: NewTransition): Promise<void> {
  await tx.insert(caseTransitions).values(row);
}

/** Projects the organisation is a partner of that run on `today`. */
export async function findActiveProjectIds(tx: Tx, organizationId: string, today: string): Promise<string[]> {
  const rows = await tx
    .select({ id: projects.id })
    .from(projects)
    .innerJoin(projectPartners, eq(projectPartners.projectId, projects.id))
    .where(
      and(
        eq(projectPartners.organizationId, organizationId),
        lte(projects.startDate, today),
        gte(projects.endDate, today),
      ),
    )
    .orderBy(asc(projects.id));
  return rows.map((r) => r.id);
}

export async function isProjectPartner(tx: Tx, projectId: string, organizationId: string): Promise<boolean> {
  const rows = await tx
    .select({ p: projectPartners.projectId })
    .from(projectPartners)
    .where(and(eq(projectPartners.projectId, projectId), eq(projectPartners.organizationId, organizationId)))
    .limit(1);
  return rows.length > 0;
}

/** A household as the caller's row-level security shows it (its own organisation only). */
export async function findVisibleHousehold(
  tx: Tx,
  id: string,
): Promise<{ id: string; organizationId: string; label: string } | null> {
  const [row] = await tx
    .select({ id: households.id, organizationId: households.organizationId, label: households.label })
    .from(households)
    .where(eq(households.id, id));
  return row ?? null;
}

/** Cases of the subject in the organisation that are not closed. */
export async function findOpenCasesOfSubject(
  tx: Tx,
  organizationId: string,
  subject: { personId?: string | undefined; householdId?: string | undefined },
): Promise<{ id: string; reference: string }[]> {
  const bySubject = subject.personId
    ? eq(cases.personId, subject.personId)
    : eq(cases.householdId, subject.householdId ?? "00000000-0000-0000-0000-000000000000");
  return tx
    .select({ id: cases.id, reference: cases.reference })
    .from(cases)
    .where(and(eq(cases.organizationId, organizationId), bySubject, ne(cases.state, "closed")))
    .orderBy(asc(cases.id));
}

/**
 * The next reference number of the year in the organisation. A transaction-scoped advisory lock
 * serialises openings in one organisation until commit, so two cases never get the same number.
 */
export async function nextReferenceNumber(tx: Tx, organizationId: string, year: string): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`case_reference:${organizationId}`}))`);
  const [row] = await tx
    .select({
      n: sql<number>`coalesce(max(substring(${cases.reference} from 6)::int), 0)::int`,
    })
    .from(cases)
    .where(and(eq(cases.organizationId, organizationId), sql`${cases.reference} like ${`${year}-%`}`));
  return (row?.n ?? 0) + 1;
}

export interface OrgUserRow {
  id: string;
  organizationId: string;
  displayName: string;
  active: boolean;
  roles: string[];
}

/** A user of the caller's own organisation (users are row-level secured by organisation). */
export async function findOrgUser(tx: Tx, userId: string): Promise<OrgUserRow | null> {
  const [row] = await tx
    .select({
      id: users.id,
      organizationId: users.organizationId,
      displayName: users.displayName,
      active: users.active,
      roles: sql<
        string[]
      >`coalesce((select array_agg(r.role order by r.role) from user_roles r where r.user_id = ${users.id} and r.organization_id = ${users.organizationId}), '{}')`,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

export async function findServicePointOrganization(tx: Tx, id: string): Promise<string | null> {
  const [row] = await tx
    .select({ organizationId: servicePoints.organizationId })
    .from(servicePoints)
    .where(eq(servicePoints.id, id));
  return row?.organizationId ?? null;
}

export async function organizationRequiresClosureApproval(tx: Tx, organizationId: string): Promise<boolean> {
  const [row] = await tx
    .select({ r: organizations.requiresClosureApproval })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row?.r ?? false;
}

/** Active closure outcome codes for an organisation: instance defaults and its networks' entries. */
export async function findClosureOutcomeCodes(tx: Tx, organizationId: string): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ code: catalogEntries.code })
    .from(catalogEntries)
    .where(
      and(
        eq(catalogEntries.kind, "closure_outcome"),
        eq(catalogEntries.active, true),
        or(
          isNull(catalogEntries.networkId),
          inArray(
            catalogEntries.networkId,
            tx
              .select({ id: networkOrganizations.networkId })
              .from(networkOrganizations)
              .where(eq(networkOrganizations.organizationId, organizationId)),
          ),
        ),
      ),
    );
  return rows.map((r) => r.code);
}

export type NewCase = typeof cases.$inferInsert;

export async function insertCase(tx: Tx, row: NewCase): Promise<void> {
  await tx.insert(cases).values(row);
}

/** Changes the case and bumps its version when it still has `expectedVersion` (any when null). */
export async function updateCase(
  tx: Tx,
  id: string,
  expectedVersion: number | null,
  changes: Partial<Omit<NewCase, "id" | "version">>,
): Promise<boolean> {
  const where = [eq(cases.id, id)];
  if (expectedVersion !== null) where.push(eq(cases.version, expectedVersion));
  const now = new Date();
  const rows = await tx
    .update(cases)
    .set({ ...changes, updatedAt: now, lastActivityAt: now, version: sql`${cases.version} + 1` })
    .where(and(...where))
    .returning({ id: cases.id });
  return rows.length === 1;
}

export interface NewSeat {
  id: string;
  caseId: string;
  userId: string;
  organizationId: string;
  teamRole: TeamRole;
  addedBy: string | null;
}

export async function insertSeat(tx: Tx, row: NewSeat): Promise<void> {
  await tx.insert(caseTeamMembers).values(row);
}

/** Ends a current seat (history kept); false when it had already ended. */
export async function endSeat(tx: Tx, seatId: string, removedBy: string | null): Promise<boolean> {
  const rows = await tx
    .update(caseTeamMembers)
    .set({ removedAt: new Date(), removedBy })
    .where(and(eq(caseTeamMembers.id, seatId), isNull(caseTeamMembers.removedAt)))
    .returning({ id: caseTeamMembers.id });
  return rows.length === 1;
}

/** Lets an organisation see these people (its member joined a case team). */
export async function grantPersonAccess(
  tx: Tx,
  personIds: readonly string[],
  organizationId: string,
  reason: string,
): Promise<void> {
  if (personIds.length === 0) return;
  await tx
    .insert(personAccess)
    .values(personIds.map((personId) => ({ personId, organizationId, reason })))
    .onConflictDoNothing();
}

export interface TeamRow {
  id: string;
  userId: string;
  organizationId: string;
  teamRole: string;
  addedBy: string | null;
  addedAt: Date;
  removedBy: string | null;
  removedAt: Date | null;
}

/** The whole team, current members first, then past ones (history). */
export async function findTeam(tx: Tx, caseId: string): Promise<TeamRow[]> {
  return tx
    .select({
      id: caseTeamMembers.id,
      userId: caseTeamMembers.userId,
      organizationId: caseTeamMembers.organizationId,
      teamRole: caseTeamMembers.teamRole,
      addedBy: caseTeamMembers.addedBy,
      addedAt: caseTeamMembers.addedAt,
      removedBy: caseTeamMembers.removedBy,
      removedAt: caseTeamMembers.removedAt,
    })
    .from(caseTeamMembers)
    .where(eq(caseTeamMembers.caseId, caseId))
    .orderBy(
      sql`${caseTeamMembers.removedAt} is not null`,
      asc(caseTeamMembers.addedAt),
      asc(caseTeamMembers.id),
    );
}

export async function findSeat(tx: Tx, caseId: string, seatId: string): Promise<TeamRow | null> {
  const rows = await findTeam(tx, caseId);
  return rows.find((r) => r.id === seatId) ?? null;
}

export interface CaseUserRow {
  id: string;
  displayName: string;
  organizationId: string;
  organizationName: string;
}

/** Names of the users who sit or sat on the case's team or manage it (partners' users included). */
export async function findCaseUsers(tx: Tx, caseId: string): Promise<Map<string, CaseUserRow>> {
  const result = await tx.execute(sql`
    select id, display_name as "displayName", organization_id as "organizationId", organization_name as "organizationName"
      from app_case_users(${caseId}::uuid)`);
  return new Map(rowsOf<CaseUserRow>(result).map((u) => [u.id, u]));
}

/** Names of users of the caller's own organisation (row-level security), for approvals and lists. */
export async function findUserNames(tx: Tx, ids: readonly string[]): Promise<Map<string, CaseUserRow>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({
      id: users.id,
      displayName: users.displayName,
      organizationId: users.organizationId,
      organizationName: organizations.name,
    })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(inArray(users.id, wanted));
  return new Map(rows.map((u) => [u.id, u]));
}

export interface CandidateRow {
  id: string;
  displayName: string;
  organizationId: string;
  organizationName: string;
  roles: string[];
}

/** Active users of the project's partner organisations (only when the caller's organisation is one). */
export async function findPartnerUsers(
  tx: Tx,
  projectId: string,
  options: { q?: string | undefined; onlyId?: string | undefined; limit: number },
): Promise<CandidateRow[]> {
  const result = await tx.execute(sql`
    select id, display_name as "displayName", organization_id as "organizationId",
           organization_name as "organizationName", roles
      from app_project_partner_users(${projectId}::uuid, ${options.q ?? null}::text, ${options.onlyId ?? null}::uuid, ${options.limit}::int)`);
  return rowsOf<CandidateRow>(result);
}

/** Users of the caller's own organisation whose name matches, for the team picker. */
export async function findOwnOrgUsers(
  tx: Tx,
  organizationId: string,
  q: string | undefined,
  limit: number,
): Promise<CandidateRow[]> {
  const where: SQL[] = [eq(users.organizationId, organizationId), eq(users.active, true)];
  if (q) where.push(sql`strpos(lower(${users.displayName}), lower(${q})) > 0`);
  return tx
    .select({
      id: users.id,
      displayName: users.displayName,
      organizationId: users.organizationId,
      organizationName: organizations.name,
      roles: sql<
        string[]
      >`coalesce((select array_agg(r.role order by r.role) from user_roles r where r.user_id = ${users.id} and r.organization_id = ${users.organizationId}), '{}')`,
    })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(and(...where))
    .orderBy(sql`lower(${users.displayName})`, asc(users.id))
    .limit(limit);
}

export async function findCurrentTeamUserIds(tx: Tx, caseId: string): Promise<Set<string>> {
  const rows = await tx
    .select({ userId: caseTeamMembers.userId })
    .from(caseTeamMembers)
    .where(and(eq(caseTeamMembers.caseId, caseId), isNull(caseTeamMembers.removedAt)));
  return new Set(rows.map((r) => r.userId));
}

export interface ApprovalListRow extends ApprovalRow {
  caseReference: string | null;
}

/**
 * Approvals with a status: a coordinator's queue (their organisation's), or for anyone else the
 * ones they asked for. Keyset on (requested_at, id), oldest first.
 */
export async function listApprovals(
  tx: Tx,
  options: {
    organizationId: string | null;
    requestedBy: string | null;
    status: string;
    after: readonly [string, string] | null;
    limit: number;
  },
): Promise<ApprovalListRow[]> {
  const where: SQL[] = [eq(caseApprovals.status, options.status)];
  if (options.organizationId) where.push(eq(caseApprovals.organizationId, options.organizationId));
  if (options.requestedBy) where.push(eq(caseApprovals.requestedBy, options.requestedBy));
  if (options.after) {
    const [at, id] = options.after;
    where.push(sql`(${caseApprovals.requestedAt}, ${caseApprovals.id}) > (${at}::timestamptz, ${id}::uuid)`);
  }
  return tx
    .select({ ...approvalColumns, caseReference: cases.reference })
    .from(caseApprovals)
    .leftJoin(cases, eq(cases.id, caseApprovals.caseId))
    .where(and(...where))
    .orderBy(asc(caseApprovals.requestedAt), asc(caseApprovals.id))
    .limit(options.limit + 1);
}

/** Which user-role rows say a user holds a role in an organisation (for the case manager check). */
export async function hasAccountRole(
  tx: Tx,
  userId: string,
  organizationId: string,
  role: string,
): Promise<boolean> {
  const rows = await tx
    .select({ r: userRoles.role })
    .from(userRoles)
    .where(
      and(
        eq(userRoles.userId, userId),
        eq(userRoles.organizationId, organizationId),
        eq(userRoles.role, role),
      ),
    )
    .limit(1);
  return rows.length > 0;
}
