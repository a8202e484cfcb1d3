import {
  consentCreateSchema,
  consentListSchema,
  consentSchema,
  consentSummarySchema,
  consentWithdrawSchema,
  idSchema,
} from "@approdo/contracts";
import { z } from "zod";
import { inTransaction, type TxContext } from "../../platform/db/transaction.ts";
import { notFound } from "../../platform/errors/app-error.ts";
import { runMutation } from "../../platform/http/mutation.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { assertPeopleVisible, registerPersonReferenceMover } from "../people/index.ts";
import { canWorkWithConsents } from "./consents.policy.ts";
import { presentConsent } from "./consents.presenter.ts";
import { findConsent, findPersonControl, listConsents, type PersonRef } from "./consents.repository.ts";
import { todayInItaly } from "./consents.rules.ts";
import { moveConsents, restoreConsents } from "./use-cases/move-person-consents.ts";
import { readConsentSummary } from "./use-cases/read-consent-summary.ts";
import { recordConsent } from "./use-cases/record-consent.ts";
import { withdrawConsent } from "./use-cases/withdraw-consent.ts";

const tags = ["consents"];
const base = "/api/v1/people/:personId/consents";
const params = z.object({ personId: idSchema });
const consentParams = z.object({ personId: idSchema, consentId: idSchema });

/** The person whose consents are asked for: unknown, invisible or off-limits all answer 404. */
async function loadPerson(ctx: TxContext, personId: string): Promise<PersonRef> {
  if (!canWorkWithConsents(ctx.actor)) throw notFound("person");
  await assertPeopleVisible(ctx.tx, [personId]);
  const person = await findPersonControl(ctx.tx, personId);
  if (!person) throw notFound("person");
  return { id: personId, organizationId: person.organizationId };
}

export function registerConsentRoutes(app: AppInstance, deps: AppDeps): void {
  const { database } = deps;
  // When two person records are merged, the duplicate's consents follow the survivor (and back on undo).
  registerPersonReferenceMover({ name: "consents", move: moveConsents, restore: restoreConsents });

  app.get(base, { schema: { tags, params, response: { 200: consentListSchema } } }, async (request) =>
    inTransaction(database, actorOf(request), metaOf(request), async (ctx) => {
      const person = await loadPerson(ctx, request.params.personId);
      const rows = await listConsents(ctx.tx, person.id);
      ctx.audit({
        action: "consent.listed",
        entityType: "person",
        entityId: person.id,
        organizationId: person.organizationId,
        details: { count: rows.length },
      });
      const today = todayInItaly();
      return { items: rows.map((r) => presentConsent(r, today)) };
    }),
  );

  app.get(
    `${base}/summary`,
    { schema: { tags, params, response: { 200: consentSummarySchema } } },
    async (request) =>
      inTransaction(database, actorOf(request), metaOf(request), async (ctx) =>
        readConsentSummary(ctx, await loadPerson(ctx, request.params.personId)),
      ),
  );

  app.post(
    base,
    { schema: { tags, params, body: consentCreateSchema, response: { 201: consentSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const person = await loadPerson(ctx, request.params.personId);
        const id = await recordConsent(ctx, person, request.body);
        const row = await findConsent(ctx.tx, person.id, id);
        if (!row) throw notFound("consent");
        return { status: 201, body: presentConsent(row, todayInItaly()) };
      }),
  );

  app.post(
    `${base}/:consentId/withdraw`,
    {
      schema: { tags, params: consentParams, body: consentWithdrawSchema, response: { 200: consentSchema } },
    },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const person = await loadPerson(ctx, request.params.personId);
        const consent = await findConsent(ctx.tx, person.id, request.params.consentId, true);
        if (!consent) throw notFound("consent");
        await withdrawConsent(ctx, person, consent, request.body);
        const row = await findConsent(ctx.tx, person.id, consent.id);
        if (!row) throw notFound("consent");
        return { status: 200, body: presentConsent(row, todayInItaly()) };
      }),
  );
}
