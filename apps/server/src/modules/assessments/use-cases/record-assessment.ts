import type { AssessmentCreate } from "@approdo/contracts";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { notFound } from "../../../platform/errors/app-error.ts";
import { type CaseAccess, caseSubjectPeople, touchCaseActivity } from "../../cases/index.ts";
import { canCorrectAssessment, canRecordAssessment, canRecordItem } from "../assessments.policy.ts";
import {
  findAssessmentForUpdate,
  insertAssessment,
  markSuperseded,
  type NewAssessmentItem,
} from "../assessments.repository.ts";
import { domainProblem, subjectPerson, todayInItaly } from "../assessments.rules.ts";
import { assertCaseOpen, invalidField } from "./invalid-field.ts";
import { loadDomainMap } from "./load-domains.ts";

const domainMessages = {
  UNKNOWN_DOMAIN: "This domain is not in the assessment catalogue of the case's network",
  INACTIVE_DOMAIN: "This domain is no longer in use: choose another one",
};

/**
 * Records an assessment (first, re-assessment or correction) of a visible case; returns its id.
 * Items are checked against the network's domain catalogue; special-category domains need a
 * special-category role on the team (422 SPECIAL_CATEGORY_NOT_ALLOWED: the case is visible to the
 * caller, so there is nothing to hide); a member must be a subject of the case. A correction
 * (`correctsId`) marks the old assessment superseded by the new one.
 */
export async function recordAssessment(
  ctx: TxContext,
  access: CaseAccess,
  input: AssessmentCreate,
): Promise<string> {
  if (!canRecordAssessment(access)) throw notFound("case");
  assertCaseOpen(access);
  const kase = access.case;
  if (input.assessedOn > todayInItaly()) {
    throw invalidField("assessedOn", "DATE_IN_FUTURE", "The assessment date is in the future");
  }
  const domains = await loadDomainMap(ctx.tx, kase.organizationId);
  const members = new Set((await caseSubjectPeople(ctx.tx, kase.id)).map((p) => p.personId));
  const id = input.id ?? newId();
  const items: NewAssessmentItem[] = input.items.map((item, i) => {
    const problem = domainProblem(domains, item.domain);
    if (problem) throw invalidField(`items.${i}.domain`, problem, domainMessages[problem]);
    const specialCategory = domains.get(item.domain)?.specialCategory ?? false;
    if (!canRecordItem(access, specialCategory)) {
      throw invalidField(
        `items.${i}.domain`,
        "SPECIAL_CATEGORY_NOT_ALLOWED",
        "Your role on this case may not record this domain: ask the case manager or the psychologist",
      );
    }
    const personId = subjectPerson(item.personId, kase, members);
    if (personId === undefined) {
      throw invalidField(`items.${i}.personId`, "NOT_A_SUBJECT", "This person is not a subject of the case");
    }
    return {
      id: newId(),
      assessmentId: id,
      caseId: kase.id,
      domain: item.domain,
      personId,
      level: item.level,
      notes: item.notes ?? "",
      evidence: item.evidence ?? "",
      specialCategory,
    };
  });
  if (input.correctsId) {
    if (!canCorrectAssessment(access)) {
      throw invalidField(
        "correctsId",
        "CORRECTION_NOT_ALLOWED",
        "Only a team member who sees every domain may correct an assessment: record a new assessment instead",
      );
    }
    const old = await findAssessmentForUpdate(ctx.tx, kase.id, input.correctsId);
    if (!old) throw notFound("assessment");
    if (old.supersededById) {
      throw invalidField("correctsId", "ALREADY_SUPERSEDED", "This assessment was already corrected", {
        supersededById: old.supersededById,
      });
    }
  }
  await insertAssessment(
    ctx.tx,
    {
      id,
      caseId: kase.id,
      assessedOn: input.assessedOn,
      summary: input.summary ?? "",
      createdBy: ctx.actor.userId,
    },
    items,
  );
  if (input.correctsId) await markSuperseded(ctx.tx, input.correctsId, id);
  await touchCaseActivity(ctx.tx, kase.id);
  ctx.audit({
    action: input.correctsId ? "assessment.corrected" : "assessment.recorded",
    entityType: "case",
    entityId: kase.id,
    organizationId: kase.organizationId,
    details: {
      assessmentId: id,
      itemCount: items.length,
      specialItemCount: items.filter((i) => i.specialCategory).length,
      ...(input.correctsId ? { correctsId: input.correctsId } : {}),
    },
  });
  return id;
}
