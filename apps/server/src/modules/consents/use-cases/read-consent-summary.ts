import type { ConsentSummary } from "@approdo/contracts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { presentSummary } from "../consents.presenter.ts";
import { listConsents, organizationNames, type PersonRef } from "../consents.repository.ts";
import { coverageOn, todayInItaly } from "../consents.rules.ts";

/** What the person's consents allow today, per purpose and organisation (for the person page). */
export async function readConsentSummary(ctx: TxContext, person: PersonRef): Promise<ConsentSummary> {
  const personId = person.id;
  const today = todayInItaly();
  const coverage = coverageOn(await listConsents(ctx.tx, personId), today);
  const ids = coverage.flatMap((p) => p.organizations.map((o) => o.organizationId));
  const names = await organizationNames(ctx.tx, [...new Set(ids)]);
  ctx.audit({
    action: "consent.listed",
    entityType: "person",
    entityId: personId,
    organizationId: person.organizationId,
    details: { view: "summary" },
  });
  return presentSummary(personId, person.organizationId, today, coverage, names);
}
