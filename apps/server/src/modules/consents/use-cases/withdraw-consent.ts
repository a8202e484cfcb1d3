import type { ConsentWithdraw } from "@approdo/contracts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { type ConsentRow, markWithdrawn, type PersonRef } from "../consents.repository.ts";
import { todayInItaly, withdrawnOnProblem } from "../consents.rules.ts";

function alreadyWithdrawn(consent: ConsentRow): AppError {
  return new AppError("CONSENT_ALREADY_WITHDRAWN", "This consent was already withdrawn", {
    withdrawnOn: consent.withdrawnOn,
  });
}

/**
 * Withdraws a consent the caller loaded with a lock. The row is kept (what was allowed, and
 * until when, stays provable); a withdrawal is final, so a second one is a conflict.
 */
export async function withdrawConsent(
  ctx: TxContext,
  person: PersonRef,
  consent: ConsentRow,
  input: ConsentWithdraw,
): Promise<void> {
  if (consent.withdrawnOn !== null) throw alreadyWithdrawn(consent);
  const problem = withdrawnOnProblem(consent.givenOn, input.withdrawnOn, todayInItaly());
  if (problem) {
    throw new AppError("VALIDATION_FAILED", problem, {
      issues: [{ path: "body.withdrawnOn", message: problem, code: "date_order" }],
    });
  }
  if (!(await markWithdrawn(ctx.tx, consent.id, input.withdrawnOn, input.note ?? null))) {
    throw alreadyWithdrawn(consent);
  }
  ctx.audit({
    action: "consent.withdrawn",
    entityType: "consent",
    entityId: consent.id,
    organizationId: person.organizationId,
    details: { personId: consent.personId, purpose: consent.purpose },
  });
}
