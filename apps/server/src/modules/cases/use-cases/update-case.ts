import type { CaseUpdate } from "@approdo/contracts";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError, notFound, versionConflict } from "../../../platform/errors/app-error.ts";
import type { LoadedCase } from "../access.ts";
import { canManageCase, isActiveCaseManagerOf } from "../cases.policy.ts";

import {
  endSeat,
  findOrgUser,
  findServicePointOrganization,
  findTeam,
  insertSeat,
  updateCase,
} from "../cases.repository.ts";

/**
 * Edits the summary, case manager or service point (the case manager or the organisation's
 * coordinator). A new case manager takes a case_manager seat; the previous one's seat ends.
 */
export async function updateCaseDetails(
  ctx: TxContext,
  loaded: LoadedCase,
  input: CaseUpdate,
): Promise<void> {
  const { tx, actor } = ctx;
  const kase = loaded.row;
  if (!canManageCase(actor, loaded.case, loaded)) throw notFound("case");
  if (input.version !== undefined && input.version !== kase.version) throw versionConflict(kase.version);
  const changes: { summary?: string; caseManagerId?: string | null; servicePointId?: string | null } = {};
  if (input.summary !== undefined) changes.summary = input.summary;
  if (input.servicePointId !== undefined) {
    if (
      input.servicePointId !== null &&
      (await findServicePointOrganization(tx, input.servicePointId)) !== kase.organizationId
    ) {
      throw new AppError("UNPROCESSABLE", "The service point is not of this organisation", {
        field: "servicePointId",
      });
    }
    changes.servicePointId = input.servicePointId;
  }
  if (input.caseManagerId !== undefined && input.caseManagerId !== kase.caseManagerId) {
    if (input.caseManagerId !== null) {
      const manager = await findOrgUser(tx, input.caseManagerId);
      if (!isActiveCaseManagerOf(manager, kase.organizationId)) {
        throw new AppError(
          "UNPROCESSABLE",
          "The case manager must be an active case manager of the organisation",
          {
            field: "caseManagerId",
          },
        );
      }
    }
    changes.caseManagerId = input.caseManagerId;
    const team = (await findTeam(tx, kase.id)).filter((m) => m.removedAt === null);
    for (const seat of team) {
      if (seat.teamRole === "case_manager" && seat.userId !== input.caseManagerId)
        await endSeat(tx, seat.id, actor.userId);
    }
    if (input.caseManagerId !== null) {
      const existing = team.find((m) => m.userId === input.caseManagerId);
      const seated = existing?.teamRole === "case_manager";
      if (existing && !seated) await endSeat(tx, existing.id, actor.userId);
      if (!seated) {
        await insertSeat(tx, {
          id: newId(),
          caseId: kase.id,
          userId: input.caseManagerId,
          organizationId: kase.organizationId,
          teamRole: "case_manager",
          addedBy: actor.userId,
        });
      }
    }
  }
  if (!(await updateCase(tx, kase.id, input.version ?? kase.version, changes))) throw versionConflict();
  ctx.audit({
    action: "case.updated",
    entityType: "case",
    entityId: kase.id,
    organizationId: kase.organizationId,
    details: { fields: Object.keys(changes) },
  });
}
