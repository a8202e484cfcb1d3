import type { TeamMemberCreate } from "@approdo/contracts";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError, notFound } from "../../../platform/errors/app-error.ts";
import { mayReceive } from "../../consents/index.ts";
import type { LoadedCase } from "../access.ts";
import { canManageTeam } from "../cases.policy.ts";
import {
  findCurrentTeamUserIds,
  findOrgUser,
  findPartnerUsers,
  findSubjectPersonIds,
  grantPersonAccess,
  insertSeat,
} from "../cases.repository.ts";

/**
 * Adds a user to the team (the case manager or the organisation's coordinator). A user of a partner
 * organisation joins only when the organisation is a partner of the case's project and every
 * subject person consented, today, to data sharing with it; their organisation then may see the
 * subject people (person_access, reason 'case_team').
 */
export async function addTeamMember(
  ctx: TxContext,
  loaded: LoadedCase,
  input: TeamMemberCreate,
): Promise<string> {
  const { tx, actor } = ctx;
  const kase = loaded.row;
  if (!canManageTeam(actor, loaded.case, loaded)) throw notFound("case");
  if ((await findCurrentTeamUserIds(tx, kase.id)).has(input.userId)) {
    throw new AppError("ALREADY_EXISTS", "This user is already on the team", { field: "userId" });
  }
  let memberOrg: string;
  const own = await findOrgUser(tx, input.userId);
  if (own && own.organizationId === kase.organizationId) {
    if (!own.active) throw new AppError("UNPROCESSABLE", "This user is not active", { field: "userId" });
    memberOrg = own.organizationId;
  } else {
    const [partner] = kase.projectId
      ? await findPartnerUsers(tx, kase.projectId, { onlyId: input.userId, limit: 1 })
      : [];
    if (!partner) {
      throw new AppError(
        "UNPROCESSABLE",
        "The user must belong to the case's organisation or to a partner of the case's project",
        { field: "userId" },
      );
    }
    memberOrg = partner.organizationId;
  }

  const partner = memberOrg !== kase.organizationId;
  if (partner && input.teamRole === "case_manager") {
    throw new AppError("UNPROCESSABLE", "The case manager comes from the case's own organisation", {
      field: "teamRole",
    });
  }
  const subjectIds = await findSubjectPersonIds(tx, kase.id);
  if (partner) {
    const missing: string[] = [];
    for (const personId of subjectIds) {
      const answer = await mayReceive(tx, {
        personId,
        organizationId: memberOrg,
        purpose: "data_sharing",
        dataCategory: "social",
      });
      if (!answer.allowed) missing.push(personId);
    }
    if (missing.length > 0 || subjectIds.length === 0) {
      throw new AppError(
        "CONSENT_MISSING",
        "The people of this case have not consented to share their data with this organisation",
        { personIds: missing, organizationId: memberOrg },
      );
    }
  }
  const id = input.id ?? newId();
  await insertSeat(tx, {
    id,
    caseId: kase.id,
    userId: input.userId,
    organizationId: memberOrg,
    teamRole: input.teamRole,
    addedBy: actor.userId,
  });
  if (partner) await grantPersonAccess(tx, subjectIds, memberOrg, "case_team");
  ctx.audit({
    action: "case.team_member_added",
    entityType: "case",
    entityId: kase.id,
    organizationId: kase.organizationId,
    details: {
      seatId: id,
      userId: input.userId,
      teamRole: input.teamRole,
      memberOrganizationId: memberOrg,
      partner,
    },
  });
  return id;
}
