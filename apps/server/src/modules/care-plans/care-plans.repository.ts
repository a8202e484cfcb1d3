import { and, desc, eq, inArray, lt, ne, notInArray, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import {
  attachments,
  carePlans,
  carePlanVersions,
  cases,
  organizations,
  planActions,
} from "../../platform/db/schema.ts";
import type { PlanContent } from "./care-plans.rules.ts";

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

export interface PlanRow {
  id: string;
  caseId: string;
  title: string;
  status: string;
  currentVersion: number;
  nextReviewOn: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /** The latest approved version's number (the plan in force). */
  approvedVersion: number | null;
  /** The case organisation's approval flag (organizations.requires_closure_approval). */
  approvalRequired: boolean;
}

// Written out in full: inside a one-table select Drizzle leaves column names unqualified.
const approvedVersion = sql<
  number | null
>`(select max(v.number) from care_plan_versions v where v.plan_id = care_plans.id and v.status in ('approved', 'superseded') and v.approved_at is not null)`;
const approvalRequired = sql<boolean>`coalesce((select o.requires_closure_approval from cases c join organizations o on o.id = c.organization_id where c.id = care_plans.case_id), false)`;

const planColumns = {
  id: carePlans.id,
  caseId: carePlans.caseId,
  title: carePlans.title,
  status: carePlans.status,
  currentVersion: carePlans.currentVersion,
  nextReviewOn: carePlans.nextReviewOn,
  version: carePlans.version,
  createdAt: carePlans.createdAt,
  updatedAt: carePlans.updatedAt,
  approvedVersion,
  approvalRequired,
};

export async function findPlan(
  tx: Tx,
  caseId: string,
  planId: string,
  lock = false,
): Promise<PlanRow | null> {
  const query = tx
    .select(planColumns)
    .from(carePlans)
    .where(and(eq(carePlans.id, planId), eq(carePlans.caseId, caseId)));
  const [row] = lock ? await query.for("update", { of: carePlans }) : await query;
  return row ?? null;
}

/** The case's most recent plan that is not closed (for the printable summary). */
export async function findLatestPlan(tx: Tx, caseId: string): Promise<PlanRow | null> {
  const [row] = await tx
    .select(planColumns)
    .from(carePlans)
    .where(and(eq(carePlans.caseId, caseId), ne(carePlans.status, "closed")))
    .orderBy(desc(carePlans.id))
    .limit(1);
  return row ?? null;
}

/** Newest first (UUIDv7 ids are time-ordered), keyset on id. */
export async function listPlans(
  tx: Tx,
  options: { caseId: string; after: string | null; limit: number },
): Promise<PlanRow[]> {
  const where: SQL[] = [eq(carePlans.caseId, options.caseId)];
  if (options.after) where.push(lt(carePlans.id, options.after));
  return tx
    .select(planColumns)
    .from(carePlans)
    .where(and(...where))
    .orderBy(desc(carePlans.id))
    .limit(options.limit + 1);
}

export async function insertPlan(
  tx: Tx,
  row: { id: string; caseId: string; title: string; nextReviewOn: string | null; createdBy: string | null },
): Promise<void> {
  await tx.insert(carePlans).values({ ...row, status: "draft", currentVersion: 1 });
}

/** Saves the plan's header after a change and bumps its version. */
export async function updatePlan(
  tx: Tx,
  id: string,
  change: { title?: string; nextReviewOn?: string | null; status?: string; currentVersion?: number },
): Promise<void> {
  await tx
    .update(carePlans)
    .set({ ...change, version: sql`${carePlans.version} + 1`, updatedAt: sql`now()` })
    .where(eq(carePlans.id, id));
}

export interface VersionRow {
  id: string;
  planId: string;
  caseId: string;
  number: number;
  content: PlanContent;
  changeNote: string;
  status: string;
  approvedBy: string | null;
  approvedAt: Date | null;
  agreementSigned: boolean;
  agreedOn: string | null;
  agreementLanguage: string | null;
  agreementDocumentId: string | null;
  createdBy: string | null;
  createdAt: Date;
}

const versionColumns = {
  id: carePlanVersions.id,
  planId: carePlanVersions.planId,
  caseId: carePlanVersions.caseId,
  number: carePlanVersions.number,
  content: sql<PlanContent>`${carePlanVersions.content}`,
  changeNote: carePlanVersions.changeNote,
  status: carePlanVersions.status,
  approvedBy: carePlanVersions.approvedBy,
  approvedAt: carePlanVersions.approvedAt,
  agreementSigned: carePlanVersions.agreementSigned,
  agreedOn: carePlanVersions.agreedOn,
  agreementLanguage: carePlanVersions.agreementLanguage,
  agreementDocumentId: carePlanVersions.agreementDocumentId,
  createdBy: carePlanVersions.createdBy,
  createdAt: carePlanVersions.createdAt,
};

export async function findVersion(
  tx: Tx,
  planId: string,
  number: number,
  lock = false,
): Promise<VersionRow | null> {
  const query = tx
    .select(versionColumns)
    .from(carePlanVersions)
    .where(and(eq(carePlanVersions.planId, planId), eq(carePlanVersions.number, number)));
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

export type VersionSummaryRow = Omit<VersionRow, "content">;

const { content: _content, ...summaryColumns } = versionColumns;

/** Newest first, keyset on the number. */
export async function listVersions(
  tx: Tx,
  options: { planId: string; before: number | null; limit: number },
): Promise<VersionSummaryRow[]> {
  const where: SQL[] = [eq(carePlanVersions.planId, options.planId)];
  if (options.before !== null) where.push(lt(carePlanVersions.number, options.before));
  return tx
    .select(summaryColumns)
    .from(carePlanVersions)
    .where(and(...where))
    .orderBy(desc(carePlanVersions.number))
    .limit(options.limit + 1);
}

export async function insertVersion(
  tx: Tx,
  row: {
    id: string;
    planId: string;
    caseId: string;
    number: number;
    content: PlanContent;
    changeNote: string;
    createdBy: string | null;
  },
): Promise<void> {
  await tx.insert(carePlanVersions).values({ ...row, status: "draft" });
}

export async function updateVersion(
  tx: Tx,
  id: string,
  change: Partial<{
    content: PlanContent;
    changeNote: string;
    status: string;
    approvedBy: string | null;
    approvedAt: Date | null;
    agreementSigned: boolean;
    agreedOn: string | null;
    agreementLanguage: string | null;
    agreementDocumentId: string | null;
  }>,
): Promise<void> {
  await tx.update(carePlanVersions).set(change).where(eq(carePlanVersions.id, id));
}

/** Approving a version supersedes the versions approved before it. */
export async function supersedeApprovedBefore(tx: Tx, planId: string, number: number): Promise<void> {
  await tx
    .update(carePlanVersions)
    .set({ status: "superseded" })
    .where(
      and(
        eq(carePlanVersions.planId, planId),
        lt(carePlanVersions.number, number),
        inArray(carePlanVersions.status, ["approved", "draft"]),
      ),
    );
}

export interface ActionRow {
  id: string;
  planId: string;
  caseId: string;
  goalId: string;
  domain: string;
  status: string;
  version: number;
}

const actionColumns = {
  id: planActions.id,
  planId: planActions.planId,
  caseId: planActions.caseId,
  goalId: planActions.goalId,
  domain: planActions.domain,
  status: planActions.status,
  version: planActions.version,
};

export async function findAction(
  tx: Tx,
  planId: string,
  actionId: string,
  lock = false,
): Promise<ActionRow | null> {
  const query = tx
    .select(actionColumns)
    .from(planActions)
    .where(and(eq(planActions.id, actionId), eq(planActions.planId, planId)));
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

/** Which of these action ids already exist, and in which plan (ids are global). */
export async function findActionPlans(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: planActions.id, planId: planActions.planId })
    .from(planActions)
    .where(inArray(planActions.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.planId]));
}

/**
 * Mirrors the content's actions into plan_actions (due dates, responsible people, reminders,
 * links from services): new ones inserted, existing ones updated, and the plan's actions that the
 * content no longer has are kept as `cancelled` (services may point at them; nothing is deleted).
 */
export async function syncActions(
  tx: Tx,
  plan: { id: string; caseId: string },
  content: PlanContent,
): Promise<void> {
  const rows = content.goals.flatMap((g) =>
    g.actions.map((a) => ({
      id: a.id,
      planId: plan.id,
      caseId: plan.caseId,
      goalId: g.id,
      domain: g.domain,
      description: a.description,
      responsibleOrganizationId: a.responsibleOrganizationId,
      responsibleUserId: a.responsibleUserId,
      dueOn: a.dueOn,
      status: a.status,
    })),
  );
  if (rows.length) {
    await tx
      .insert(planActions)
      .values(rows)
      .onConflictDoUpdate({
        target: planActions.id,
        set: {
          goalId: sql`excluded.goal_id`,
          domain: sql`excluded.domain`,
          description: sql`excluded.description`,
          responsibleOrganizationId: sql`excluded.responsible_organization_id`,
          responsibleUserId: sql`excluded.responsible_user_id`,
          dueOn: sql`excluded.due_on`,
          status: sql`excluded.status`,
          version: sql`${planActions.version} + 1`,
          updatedAt: sql`now()`,
        },
        setWhere: eq(planActions.planId, plan.id),
      });
  }
  const keep = rows.map((r) => r.id);
  const where: SQL[] = [eq(planActions.planId, plan.id), ne(planActions.status, "cancelled")];
  if (keep.length) where.push(notInArray(planActions.id, keep));
  await tx
    .update(planActions)
    .set({ status: "cancelled", version: sql`${planActions.version} + 1`, updatedAt: sql`now()` })
    .where(and(...where));
}

export async function updateActionStatus(tx: Tx, id: string, status: string): Promise<void> {
  await tx
    .update(planActions)
    .set({ status, version: sql`${planActions.version} + 1`, updatedAt: sql`now()` })
    .where(eq(planActions.id, id));
}

/** A document the caller can see, not deleted, with the case and person it belongs to. */
export async function findDocument(
  tx: Tx,
  id: string,
): Promise<{ id: string; caseId: string | null; personId: string | null } | null> {
  const [row] = await tx
    .select({ id: attachments.id, caseId: attachments.caseId, personId: attachments.personId })
    .from(attachments)
    .where(and(eq(attachments.id, id), sql`${attachments.deletedAt} is null`));
  return row ?? null;
}

/** Names for the printable summary: organisations by id. */
export async function organizationNames(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Names of the case's team users (security-definer function of the cases module's migration). */
export async function caseUserNames(tx: Tx, caseId: string): Promise<Map<string, string>> {
  const rows = rowsOf<{ id: string; display_name: string }>(
    await tx.execute(sql`select id, display_name from app_case_users(${caseId}::uuid)`),
  );
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** The case's reference and organisation name, for the printable summary's header. */
export async function caseHeader(
  tx: Tx,
  caseId: string,
): Promise<{ reference: string; organizationName: string } | null> {
  const [row] = await tx
    .select({ reference: cases.reference, organizationName: organizations.name })
    .from(cases)
    .innerJoin(organizations, eq(organizations.id, cases.organizationId))
    .where(eq(cases.id, caseId));
  return row ?? null;
}
