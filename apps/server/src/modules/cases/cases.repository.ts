import type { CaseState, TeamRole } from "@approdo/contracts";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import { caseApprovals, cases, caseTeamMembers, caseTransitions } from "../../platform/db/schema.ts";

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
