import { sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import { rowsOf } from "./cases.repository.ts";

export interface TimelineRow {
  kind: "transition" | "assessment" | "plan_version" | "service" | "note";
  id: string;
  /** ISO 8601 UTC with microseconds: also the keyset cursor. */
  at: string;
  by: string | null;
  summary: Record<string, unknown>;
}

/**
 * One keyset page of a case's history, newest first: transitions, assessments, plan versions,
 * services and notes in one UNION ALL, each branch on its (case_id, …) index and under the reader's
 * row-level security (case-manager-only and special notes the reader may not see never come back).
 * Without `special`, special-category notes are left out even where the database would allow them.
 */
export async function findTimelinePage(
  tx: Tx,
  caseId: string,
  options: { special: boolean; after: readonly [string, string] | null; limit: number },
): Promise<TimelineRow[]> {
  const before = options.after
    ? sql`and (e.at, e.id) < (${options.after[0]}::timestamptz, ${options.after[1]}::uuid)`
    : sql``;
  const result = await tx.execute(sql`
    select e.kind, e.id, to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at, e.by, e.summary
      from (
        select 'transition' as kind, t.id, t.at, t.by,
               jsonb_build_object('from', t.from_state, 'to', t.to_state, 'reason', t.reason,
                                  'outcome', t.outcome, 'approvalId', t.approval_id) as summary
          from case_transitions t where t.case_id = ${caseId}::uuid
        union all
        select 'assessment', a.id, a.created_at, a.created_by,
               jsonb_build_object('assessedOn', a.assessed_on, 'summary', a.summary,
                                  'superseded', a.superseded_by_id is not null)
          from assessments a where a.case_id = ${caseId}::uuid
        union all
        select 'plan_version', v.id, v.created_at, v.created_by,
               jsonb_build_object('planId', v.plan_id, 'number', v.number, 'status', v.status,
                                  'changeNote', v.change_note)
          from care_plan_versions v where v.case_id = ${caseId}::uuid
        union all
        select 'service', s.id, s.created_at, s.created_by,
               jsonb_build_object('serviceType', s.service_type, 'deliveredOn', s.delivered_on,
                                  'durationMinutes', s.duration_minutes, 'voided', s.voided_at is not null,
                                  'correctsId', s.corrects_id)
          from service_records s where s.case_id = ${caseId}::uuid
        union all
        select 'note', n.id, n.created_at, n.author_id,
               jsonb_build_object('confidentiality', n.confidentiality, 'body', n.body, 'correctsId', n.corrects_id)
          from case_notes n
         where n.case_id = ${caseId}::uuid and (n.confidentiality <> 'special_category' or ${options.special})
      ) e
     where true ${before}
     order by e.at desc, e.id desc
     limit ${options.limit + 1}`);
  return rowsOf<TimelineRow>(result);
}
