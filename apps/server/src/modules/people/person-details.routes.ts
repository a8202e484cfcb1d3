import {
  idSchema,
  personNameInputSchema,
  personNameSchema,
  residencePermitInputSchema,
  residencePermitListSchema,
  residencePermitSchema,
  vulnerabilityEndSchema,
  vulnerabilityInputSchema,
  vulnerabilitySchema,
} from "@approdo/contracts";
import { z } from "zod";
import { inTransaction } from "../../platform/db/transaction.ts";
import { notFound } from "../../platform/errors/app-error.ts";
import { runMutation } from "../../platform/http/mutation.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { canUsePeople } from "./people.policy.ts";
import { presentName, presentPermit, presentVulnerability } from "./people.presenter.ts";
import { findPerson } from "./people.repository.ts";
import { listPermits } from "./person-details.repository.ts";
import { addPersonName } from "./use-cases/add-person-name.ts";
import { endVulnerability } from "./use-cases/end-vulnerability.ts";
import { loadPersonForWrite } from "./use-cases/read-person.ts";
import { recordResidencePermit } from "./use-cases/record-residence-permit.ts";
import { recordVulnerability } from "./use-cases/record-vulnerability.ts";

const tags = ["people"];
const params = z.object({ id: idSchema });

/** Other spellings, residence permits and vulnerabilities: append-only children of a person. */
export function registerPersonDetailRoutes(app: AppInstance, { database }: AppDeps): void {
  app.post(
    "/api/v1/people/:id/names",
    { schema: { tags, params, body: personNameInputSchema, response: { 201: personNameSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        if (!canUsePeople(ctx.actor)) throw notFound("person");
        const person = await loadPersonForWrite(ctx, request.params.id);
        return { status: 201, body: presentName(await addPersonName(ctx, person, request.body)) };
      }),
  );

  app.post(
    "/api/v1/people/:id/permits",
    { schema: { tags, params, body: residencePermitInputSchema, response: { 201: residencePermitSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        if (!canUsePeople(ctx.actor)) throw notFound("person");
        const person = await loadPersonForWrite(ctx, request.params.id);
        return { status: 201, body: presentPermit(await recordResidencePermit(ctx, person, request.body)) };
      }),
  );

  app.get(
    "/api/v1/people/:id/permits",
    { schema: { tags, params, response: { 200: residencePermitListSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return inTransaction(database, actor, metaOf(request), async (ctx) => {
        const person = canUsePeople(actor) ? await findPerson(ctx.tx, request.params.id) : null;
        if (!person) throw notFound("person");
        ctx.audit({
          action: "person.permits_listed",
          entityType: "person",
          entityId: person.id,
          organizationId: person.organizationId,
        });
        return { items: (await listPermits(ctx.tx, person.id)).map(presentPermit) };
      });
    },
  );

  app.post(
    "/api/v1/people/:id/vulnerabilities",
    { schema: { tags, params, body: vulnerabilityInputSchema, response: { 201: vulnerabilitySchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        if (!canUsePeople(ctx.actor)) throw notFound("person");
        const person = await loadPersonForWrite(ctx, request.params.id);
        const row = await recordVulnerability(ctx, person, request.body);
        return { status: 201, body: presentVulnerability(row) };
      }),
  );

  app.post(
    "/api/v1/people/:id/vulnerabilities/:vulnerabilityId/end",
    {
      schema: {
        tags,
        params: params.extend({ vulnerabilityId: idSchema }),
        body: vulnerabilityEndSchema,
        response: { 200: vulnerabilitySchema },
      },
    },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        if (!canUsePeople(ctx.actor)) throw notFound("person");
        const person = await loadPersonForWrite(ctx, request.params.id);
        const { vulnerabilityId } = request.params;
        const row = await endVulnerability(ctx, person, vulnerabilityId, request.body.until);
        return { status: 200, body: presentVulnerability(row) };
      }),
  );
}
