import type { CaseState, TeamRole } from "@approdo/contracts";
import type { Actor } from "../../platform/authz/actor.ts";
import type { Tx } from "../../platform/db/database.ts";
import { notFound } from "../../platform/errors/app-error.ts";
import { canWorkWithCases, caseAccessFlags } from "./cases.policy.ts";
import { type CaseRow, findCase, findCurrentSeat, findSubjectPeople, touchCase } from "./cases.repository.ts";

/** A case as the actor sees it, and what the actor may do with it (see the module's index). */
export interface CaseAccess {
  case: {
    id: string;
    organizationId: string;
    projectId: string | null;
    subjectType: "person" | "household";
    personId: string | null;
    householdId: string | null;
    state: CaseState;
    caseManagerId: string | null;
    version: number;
  };
  /** The actor's current seat on the team, if any. */
  teamRole: TeamRole | null;
  /** case_manager_id = actor, or team role case_manager. */
  isCaseManager: boolean;
  /** A special-category role, a seat on the team, and the controller organisation's member. */
  canSeeSpecial: boolean;
  /** May add assessments, plans, services, notes: a team member or a case worker of the organisation. */
  canWrite: boolean;
}

export interface LoadedCase extends CaseAccess {
  row: CaseRow;
  /** Always true once loaded (the policy's flag). */
  visible: boolean;
}

/** Like loadCaseAccess, with the whole row; `lock` keeps the case row locked until commit. */
export async function loadCase(tx: Tx, actor: Actor, caseId: string, lock = false): Promise<LoadedCase> {
  if (!canWorkWithCases(actor)) throw notFound("case");
  const row = await findCase(tx, caseId, lock);
  if (!row) throw notFound("case");
  const seat = actor.userId ? await findCurrentSeat(tx, row.id, actor.userId) : null;
  const state = row.state as CaseState;
  const flags = caseAccessFlags(
    actor,
    { organizationId: row.organizationId, caseManagerId: row.caseManagerId, state },
    seat,
  );
  if (!flags.visible) throw notFound("case");
  return {
    row,
    visible: true,
    case: {
      id: row.id,
      organizationId: row.organizationId,
      projectId: row.projectId,
      subjectType: row.subjectType === "household" ? "household" : "person",
      personId: row.personId,
      householdId: row.householdId,
      state,
      caseManagerId: row.caseManagerId,
      version: row.version,
    },
    teamRole: seat?.teamRole ?? null,
    isCaseManager: flags.isCaseManager,
    canSeeSpecial: flags.canSeeSpecial,
    canWrite: flags.canWrite,
  };
}

/** Loads the case as the actor sees it (RLS + policy); throws notFound() when missing OR forbidden. */
export async function loadCaseAccess(tx: Tx, actor: Actor, caseId: string): Promise<CaseAccess> {
  const { row: _row, visible: _visible, ...access } = await loadCase(tx, actor, caseId);
  return access;
}

/** Bumps cases.last_activity_at (and updated_at): call after writing any child record. */
export async function touchCaseActivity(tx: Tx, caseId: string): Promise<void> {
  await touchCase(tx, caseId);
}

/** Subject persons of a case (the person, or the household's current members) the caller may see. */
export async function caseSubjectPeople(
  tx: Tx,
  caseId: string,
): Promise<{ personId: string; givenName: string; familyName: string }[]> {
  return findSubjectPeople(tx, caseId);
}
