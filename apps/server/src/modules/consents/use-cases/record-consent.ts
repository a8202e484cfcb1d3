import type { ConsentCreate } from "@approdo/contracts";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { findMissingOrganizations } from "../../organizations/index.ts";
import { findAttachment, insertConsent, type PersonRef } from "../consents.repository.ts";
import { givenOnProblem, todayInItaly } from "../consents.rules.ts";

function unprocessable(path: string, message: string, code = "unknown_reference"): AppError {
  return new AppError("UNPROCESSABLE", message, { issues: [{ path, message, code }] });
}

/** The signed form must be an attachment the caller can see, of this person or of nobody yet. */
async function checkDocument(ctx: TxContext, personId: string, documentId: string): Promise<void> {
  const attachment = await findAttachment(ctx.tx, documentId);
  if (!attachment) throw unprocessable("body.documentId", "The document does not exist");
  if (attachment.personId !== null && attachment.personId !== personId) {
    throw unprocessable("body.documentId", "The document belongs to another person", "other_person");
  }
}

/**
 * Records a consent of a person the caller can see (checked by the caller); returns its id.
 * Consents are append-only: a change is a withdrawal plus a new consent.
 */
export async function recordConsent(
  ctx: TxContext,
  person: PersonRef,
  input: ConsentCreate,
): Promise<string> {
  const personId = person.id;
  const problem = givenOnProblem(input.givenOn, todayInItaly());
  if (problem) {
    throw new AppError("VALIDATION_FAILED", problem, {
      issues: [{ path: "body.givenOn", message: problem, code: "future_date" }],
    });
  }
  const organizationIds = [...new Set(input.organizationIds)];
  const missing = await findMissingOrganizations(ctx.tx, organizationIds);
  if (missing.length > 0) {
    throw new AppError("UNPROCESSABLE", "Some organisations do not exist", {
      issues: [{ path: "body.organizationIds", message: "unknown organisation", code: "unknown_reference" }],
      missing,
    });
  }
  if (input.documentId) await checkDocument(ctx, personId, input.documentId);
  const id = input.id ?? newId();
  const dataCategories = [...new Set(input.dataCategories ?? [])];
  await insertConsent(ctx.tx, {
    id,
    personId,
    purpose: input.purpose,
    organizationIds,
    dataCategories,
    givenOn: input.givenOn,
    explainedInLanguage: input.explainedInLanguage,
    documentId: input.documentId ?? null,
    recordedBy: ctx.actor.userId,
  });
  ctx.audit({
    action: "consent.recorded",
    entityType: "consent",
    entityId: id,
    organizationId: person.organizationId,
    details: {
      personId,
      purpose: input.purpose,
      organizationCount: organizationIds.length,
      categoryCount: dataCategories.length,
      withDocument: input.documentId !== undefined,
    },
  });
  return id;
}
