// The shapes of the cases API, from the shared contracts (packages/contracts/src/cases.ts), plus
// small helpers the screens share.
import type { CaseDetail, CaseListItem, teamCandidateSchema, Worklist } from "@approdo/contracts";
import type { z } from "zod";

export type {
  Approval,
  CaseCreate,
  CaseDetail,
  CaseListItem,
  Caseload,
  CaseTransitionCreate,
  Reminder,
  TeamMember,
  TimelineEntry,
  Worklist,
} from "@approdo/contracts";

export type TeamCandidate = z.infer<typeof teamCandidateSchema>;
export type WorklistCase = Worklist["cases"][number];

/** A row of a cases table: the list's items and the worklist's cases. */
export type CaseRow = Pick<
  CaseListItem,
  "id" | "reference" | "state" | "subjectLabel" | "nextDueOn" | "pendingApprovalId"
> & {
  caseManagerName?: string | null;
};

/** The person's name or the household's label, as far as the reader may see them. */
export function subjectName(caseRecord: CaseDetail, hidden: string): string {
  const subject = caseRecord.subject;
  if (subject.type === "household") return subject.label ?? hidden;
  const person = subject.people[0];
  return person ? `${person.givenName} ${person.familyName}` : hidden;
}

/** The current team (members who left are kept by the server as history). */
export function currentTeam(caseRecord: CaseDetail): CaseDetail["team"] {
  return caseRecord.team.filter((member) => member.removedAt === null);
}
