import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import { attachments, caseNotes, users } from "../../platform/db/schema.ts";

export type NewNote = typeof caseNotes.$inferInsert;

export interface NoteRow {
  id: string;
  caseId: string;
  confidentiality: string;
  body: string;
  correctsId: string | null;
  attachmentId: string | null;
  authorId: string | null;
  authorOrganizationId: string | null;
  createdAt: Date;
}

const columns = {
  id: caseNotes.id,
  caseId: caseNotes.caseId,
  confidentiality: caseNotes.confidentiality,
  body: caseNotes.body,
  correctsId: caseNotes.correctsId,
  attachmentId: caseNotes.attachmentId,
  authorId: caseNotes.authorId,
  authorOrganizationId: caseNotes.authorOrganizationId,
  createdAt: caseNotes.createdAt,
};

export async function insertNote(tx: Tx, row: NewNote): Promise<void> {
  await tx.insert(caseNotes).values(row);
}

/** A note of the case as the caller sees it (row-level security hides what they may not read). */
export async function findNote(tx: Tx, caseId: string, id: string): Promise<NoteRow | null> {
  const [row] = await tx
    .select(columns)
    .from(caseNotes)
    .where(and(eq(caseNotes.id, id), eq(caseNotes.caseId, caseId)));
  return row ?? null;
}

export interface ListedNote extends NoteRow {
  authorName: string | null;
}

/**
 * A case's notes the caller may read, newest first (index case_notes_case_idx, read backwards).
 * Author names come from the case's users (team, partners included, via the cases module's
 * security-definer function) or, for a colleague off the team, from users under RLS.
 */
export async function listNotes(
  tx: Tx,
  caseId: string,
  options: { before: readonly [string, string] | null; limit: number },
): Promise<ListedNote[]> {
  const before = options.before
    ? sql`and (n.created_at, n.id) < (${options.before[0]}::timestamptz, ${options.before[1]}::uuid)`
    : sql``;
  const result = await tx.execute(sql`
    select n.id, n.case_id as "caseId", n.confidentiality, n.body, n.corrects_id as "correctsId",
           n.attachment_id as "attachmentId", n.author_id as "authorId",
           n.author_organization_id as "authorOrganizationId", n.created_at as "createdAt",
           coalesce(cu.display_name, u.display_name) as "authorName"
      from case_notes n
      left join app_case_users(${caseId}::uuid) cu on cu.id = n.author_id
      left join ${users} u on u.id = n.author_id
     where n.case_id = ${caseId}::uuid ${before}
     order by n.created_at desc, n.id desc
     limit ${options.limit + 1}`);
  return (result as unknown as { rows: (ListedNote & { createdAt: Date | string })[] }).rows.map((r) => ({
    ...r,
    createdAt: r.createdAt instanceof Date ? r.createdAt : new Date(r.createdAt),
  }));
}

/** For each of these notes, the latest correction the caller may see (one statement per page). */
export async function findCorrections(
  tx: Tx,
  caseId: string,
  noteIds: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (noteIds.length === 0) return out;
  const rows = await tx
    .select({ id: caseNotes.id, correctsId: caseNotes.correctsId })
    .from(caseNotes)
    .where(and(eq(caseNotes.caseId, caseId), inArray(caseNotes.correctsId, [...noteIds])))
    .orderBy(desc(caseNotes.createdAt), desc(caseNotes.id));
  for (const r of rows) if (r.correctsId && !out.has(r.correctsId)) out.set(r.correctsId, r.id);
  return out;
}

export interface AttachmentFacts {
  id: string;
  caseId: string | null;
  deleted: boolean;
  /** Filed on one of the case's subject people. */
  ofSubject: boolean;
}

/** An attachment as the caller sees it (RLS), and whether it concerns one of the case's subject people. */
export async function findAttachmentFor(
  tx: Tx,
  attachmentId: string,
  caseId: string,
): Promise<AttachmentFacts | null> {
  const [row] = await tx
    .select({
      id: attachments.id,
      caseId: attachments.caseId,
      deleted: sql<boolean>`${attachments.deletedAt} is not null`,
      // Written out in full: inside a one-table select Drizzle leaves column names unqualified,
      // and the function's own person_id column would shadow it.
      ofSubject: sql<boolean>`exists (select 1 from app_case_subject_person_ids(${caseId}::uuid) s where s.person_id = attachments.person_id)`,
    })
    .from(attachments)
    .where(eq(attachments.id, attachmentId));
  return row ?? null;
}

/** Files the attachment on the case too (attachments.case_id), so the case's documents list it. */
export async function linkAttachmentToCase(tx: Tx, attachmentId: string, caseId: string): Promise<void> {
  await tx
    .update(attachments)
    .set({ caseId })
    .where(and(eq(attachments.id, attachmentId), sql`${attachments.caseId} is null`));
}
