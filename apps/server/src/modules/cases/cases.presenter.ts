import {
  type Approval,
  type Case,
  type CaseDetail,
  type CaseState,
  type CaseUser,
  caseTransitions,
  type TeamMember,
  type TeamRole,
} from "@approdo/contracts";
import type { LoadedCase } from "./access.ts";
import type {
  ApprovalListRow,
  ApprovalRow,
  CaseRow,
  CaseUserRow,
  SubjectPersonRow,
  TeamRow,
} from "./cases.repository.ts";

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function presentCase(row: CaseRow): Case {
  return {
    id: row.id,
    reference: row.reference,
    organizationId: row.organizationId,
    projectId: row.projectId,
    subjectType: row.subjectType === "household" ? "household" : "person",
    personId: row.personId,
    householdId: row.householdId,
    state: row.state as CaseState,
    origin: row.origin,
    caseManagerId: row.caseManagerId,
    servicePointId: row.servicePointId,
    summary: row.summary,
    outcome: row.outcome,
    contactedAt: row.contactedAt.toISOString(),
    assessmentAt: iso(row.assessmentAt),
    activeAt: iso(row.activeAt),
    closedAt: iso(row.closedAt),
    stateChangedAt: row.stateChangedAt.toISOString(),
    lastActivityAt: row.lastActivityAt.toISOString(),
    pendingApprovalId: row.pendingApprovalId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** A user as the reader may know them: the id always, the name when known. */
export function presentUser(id: string | null, names: ReadonlyMap<string, CaseUserRow>): CaseUser | null {
  if (!id) return null;
  const u = names.get(id);
  return {
    id,
    displayName: u?.displayName ?? null,
    organizationId: u?.organizationId ?? null,
    organizationName: u?.organizationName ?? null,
  };
}

export function presentTeamMember(
  row: TeamRow,
  caseOrganizationId: string,
  names: ReadonlyMap<string, CaseUserRow>,
): TeamMember {
  const u = names.get(row.userId);
  return {
    id: row.id,
    userId: row.userId,
    displayName: u?.displayName ?? null,
    organizationId: row.organizationId,
    organizationName: u?.organizationName ?? null,
    teamRole: row.teamRole as TeamRole,
    partner: row.organizationId !== caseOrganizationId,
    addedBy: row.addedBy,
    addedAt: row.addedAt.toISOString(),
    removedBy: row.removedBy,
    removedAt: iso(row.removedAt),
  };
}

export function presentApproval(
  row: ApprovalRow | ApprovalListRow,
  names: ReadonlyMap<string, CaseUserRow>,
): Approval {
  return {
    id: row.id,
    caseId: row.caseId,
    caseReference: "caseReference" in row ? row.caseReference : null,
    organizationId: row.organizationId,
    kind: row.kind === "plan_version" ? "plan_version" : "closure",
    payload: row.payload,
    requestedBy: presentUser(row.requestedBy, names),
    requestedAt: row.requestedAt.toISOString(),
    status: row.status as Approval["status"],
    decidedBy: presentUser(row.decidedBy, names),
    decidedAt: iso(row.decidedAt),
    decisionNote: row.decisionNote,
  };
}

export function presentCaseDetail(
  loaded: LoadedCase,
  parts: {
    row: CaseRow;
    householdLabel: string | null;
    people: SubjectPersonRow[];
    team: TeamRow[];
    pendingApproval: ApprovalRow | null;
    names: ReadonlyMap<string, CaseUserRow>;
    canManage: boolean;
    canTransition: boolean;
  },
): CaseDetail {
  const row = parts.row;
  const state = row.state as CaseState;
  return {
    ...presentCase(row),
    subject: {
      type: row.subjectType === "household" ? "household" : "person",
      personId: row.personId,
      householdId: row.householdId,
      label: parts.householdLabel,
      people: parts.people,
    },
    caseManager: presentUser(row.caseManagerId, parts.names),
    team: parts.team.map((m) => presentTeamMember(m, row.organizationId, parts.names)),
    pendingApproval: parts.pendingApproval ? presentApproval(parts.pendingApproval, parts.names) : null,
    allowedTransitions: [...caseTransitions[state]],
    access: {
      teamRole: loaded.teamRole,
      isCaseManager: loaded.isCaseManager,
      canSeeSpecial: loaded.canSeeSpecial,
      canWrite: loaded.canWrite,
      canManage: parts.canManage,
      canTransition: parts.canTransition,
    },
  };
}
