// Temporary local shapes of the cases API, until engineer CORE's contracts land in
// packages/contracts/src/cases.ts; then these become re-exports of the shared types.
import type { CaseOrigin, CaseState, TeamRole } from "@approdo/contracts";

export interface CaseSummary {
  id: string;
  reference: string;
  state: CaseState;
  subjectType: "person" | "household";
  personId: string | null;
  householdId: string | null;
  subjectName: string;
  organizationId: string;
  projectId: string | null;
  caseManagerId: string | null;
  caseManagerName: string | null;
  stateChangedAt: string;
  lastActivityAt: string;
  nextDueOn: string | null;
  pendingApproval: boolean;
}

export interface CaseDetail extends CaseSummary {
  origin: CaseOrigin;
  summary: string;
  organizationName: string;
  projectTitle: string | null;
  servicePointId: string | null;
  contactedAt: string;
  assessmentAt: string | null;
  activeAt: string | null;
  closedAt: string | null;
  outcome: string | null;
  pendingApprovalInfo: {
    id: string;
    kind: "closure" | "plan_version";
    requestedAt: string;
    requestedByName: string | null;
  } | null;
  /** The organisation asks for a coordinator's approval to close. */
  requiresClosureApproval?: boolean;
  version: number;
  permissions: { canTransition: boolean; canManageTeam: boolean; canWrite: boolean };
}

export interface CaseCreate {
  id?: string;
  personId?: string;
  householdId?: string;
  organizationId?: string;
  projectId?: string;
  origin?: CaseOrigin;
  summary?: string;
}

export interface CaseTransitionBody {
  to: CaseState;
  reason: string;
  outcome?: string;
  version?: number;
}

export interface TeamMember {
  id: string;
  userId: string;
  displayName: string;
  organizationId: string;
  organizationName: string;
  teamRole: TeamRole;
  addedAt: string;
}

export interface TeamCandidate {
  userId: string;
  displayName: string;
  organizationId: string;
  organizationName: string;
  roles: string[];
}

export interface TimelineEntry {
  id: string;
  kind: string;
  at: string;
  byName: string | null;
  summary: string | null;
  details: Record<string, unknown>;
}

export interface ApprovalItem {
  id: string;
  caseId: string;
  caseReference: string;
  subjectName: string;
  kind: "closure" | "plan_version";
  payload: Record<string, unknown>;
  requestedAt: string;
  requestedByName: string | null;
}

export interface ReminderItem {
  id: string;
  kind: string;
  subjectId: string;
  caseId: string | null;
  caseReference: string | null;
  dueOn: string;
  params: Record<string, string | number | null>;
  createdAt: string;
  dismissedAt: string | null;
}

export interface Worklist {
  cases: CaseSummary[];
  reminders: ReminderItem[];
  approvals: ApprovalItem[];
}

export interface Caseload {
  byState: { state: CaseState; count: number }[];
  byOperator: {
    userId: string | null;
    displayName: string | null;
    counts: Partial<Record<CaseState, number>>;
    total: number;
  }[];
  waitingTimes: { stage: string; medianDays: number | null; averageDays: number | null; count: number }[];
}
