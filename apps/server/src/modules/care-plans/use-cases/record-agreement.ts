import type { PlanAgreement } from "@approdo/contracts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { notFound } from "../../../platform/errors/app-error.ts";
import { type CaseAccess, caseSubjectPeople, touchCaseActivity } from "../../cases/index.ts";
import { canRecordAgreement } from "../care-plans.policy.ts";
import {
  findDocument,
  findVersion,
  type PlanRow,
  updatePlan,
  updateVersion,
} from "../care-plans.repository.ts";
import { todayInItaly } from "../care-plans.rules.ts";
import { assertCaseOpen, invalidField } from "./build-content.ts";

/**
 * Records the beneficiary's agreement to a version ("patto"): signed or not, the date, the language
 * it was explained in, and the signed document (an attachment of the case or of one of its
 * subjects). Once signed, the version is locked: a change makes a new version.
 */
export async function recordAgreement(
  ctx: TxContext,
  access: CaseAccess,
  plan: PlanRow,
  number: number,
  input: PlanAgreement,
): Promise<void> {
  if (!canRecordAgreement(access)) throw notFound("plan");
  assertCaseOpen(access);
  const version = await findVersion(ctx.tx, plan.id, number, true);
  if (!version) throw notFound("plan version");
  if (version.status === "superseded") {
    throw invalidField(
      "number",
      "SUPERSEDED",
      "A newer version replaced this one: record the agreement on it",
    );
  }
  if (version.agreementSigned) {
    throw invalidField("signed", "ALREADY_SIGNED", "The beneficiary already signed this version");
  }
  if (input.agreedOn > todayInItaly()) {
    throw invalidField("agreedOn", "DATE_IN_FUTURE", "The agreement date is in the future");
  }
  const documentId = input.documentId ?? null;
  if (documentId) {
    const document = await findDocument(ctx.tx, documentId);
    const subjects = new Set((await caseSubjectPeople(ctx.tx, plan.caseId)).map((p) => p.personId));
    const ofCase =
      document &&
      (document.caseId === plan.caseId || (document.personId !== null && subjects.has(document.personId)));
    if (!ofCase) {
      throw invalidField(
        "documentId",
        "DOCUMENT_NOT_OF_CASE",
        "The document is not one of this case or its people",
      );
    }
  }
  await updateVersion(ctx.tx, version.id, {
    agreementSigned: input.signed,
    agreedOn: input.agreedOn,
    agreementLanguage: input.language,
    agreementDocumentId: documentId,
  });
  await updatePlan(ctx.tx, plan.id, {});
  await touchCaseActivity(ctx.tx, plan.caseId);
  ctx.audit({
    action: "care_plan.agreement_recorded",
    entityType: "case",
    entityId: plan.caseId,
    organizationId: access.case.organizationId,
    details: { planId: plan.id, version: number, signed: input.signed, language: input.language, documentId },
  });
}
