import type {
  Plan,
  PlanDetail,
  PlanStatus,
  PlanVersion,
  PlanVersionStatus,
  PlanVersionSummary,
} from "@approdo/contracts";
import type { PlanRow, VersionRow, VersionSummaryRow } from "./care-plans.repository.ts";
import { isLocked, visibleGoals } from "./care-plans.rules.ts";

export function presentPlan(row: PlanRow): Plan {
  return {
    id: row.id,
    caseId: row.caseId,
    title: row.title,
    // Written only by the use cases, with the contract's values.
    status: row.status as PlanStatus,
    currentVersion: row.currentVersion,
    approvedVersion: row.approvedVersion === null ? null : Number(row.approvedVersion),
    nextReviewOn: row.nextReviewOn,
    approvalRequired: Boolean(row.approvalRequired),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentVersionSummary(row: VersionSummaryRow): PlanVersionSummary {
  return {
    id: row.id,
    planId: row.planId,
    number: row.number,
    status: row.status as PlanVersionStatus,
    changeNote: row.changeNote,
    approvedBy: row.approvedBy,
    approvedAt: row.approvedAt ? row.approvedAt.toISOString() : null,
    agreement: {
      signed: row.agreementSigned,
      agreedOn: row.agreedOn,
      language: row.agreementLanguage,
      documentId: row.agreementDocumentId,
    },
    locked: isLocked(row),
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A version's content; special-category goals only for readers who may see them. */
export function presentVersion(row: VersionRow, canSeeSpecial: boolean): PlanVersion {
  return {
    ...presentVersionSummary(row),
    title: row.content.title,
    nextReviewOn: row.content.nextReviewOn,
    goals: visibleGoals(row.content.goals, canSeeSpecial).map((g) => ({
      id: g.id,
      domain: g.domain,
      personId: g.personId,
      description: g.description,
      specialCategory: g.specialCategory,
      actions: g.actions.map((a) => ({
        id: a.id,
        description: a.description,
        responsibleOrganizationId: a.responsibleOrganizationId,
        responsibleUserId: a.responsibleUserId,
        dueOn: a.dueOn,
        status: a.status,
      })),
    })),
  };
}

export function presentPlanDetail(plan: PlanRow, current: VersionRow, canSeeSpecial: boolean): PlanDetail {
  return { ...presentPlan(plan), current: presentVersion(current, canSeeSpecial) };
}
