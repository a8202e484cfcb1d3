import {
  catalogKindSchema,
  catalogueEntryCreateSchema,
  catalogueEntrySchema,
  catalogueEntryUpdateSchema,
  catalogueListQuerySchema,
  catalogueListSchema,
  idSchema,
} from "@approdo/contracts";
import { z } from "zod";
import { systemActor } from "../../platform/authz/actor.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { notFound } from "../../platform/errors/app-error.ts";
import { runMutation } from "../../platform/http/mutation.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { canAdministerCatalogues, canReadCatalogues } from "./catalogues.policy.ts";
import { presentEntry } from "./catalogues.presenter.ts";
import {
  findEntry,
  findNetworkOfOrganization,
  listEffectiveEntries,
  specialDomainItemsExist,
} from "./catalogues.repository.ts";
import { createCatalogueEntry } from "./use-cases/create-catalogue-entry.ts";
import { updateCatalogueEntry } from "./use-cases/update-catalogue-entry.ts";

const tags = ["catalogues"];
const kindParams = z.object({ kind: catalogKindSchema });
const entryParams = z.object({ kind: catalogKindSchema, entryId: idSchema });

export function registerCatalogueRoutes(app: AppInstance, deps: AppDeps): void {
  const { database } = deps;

  app.get(
    "/api/v1/catalogues/:kind",
    {
      schema: {
        tags,
        params: kindParams,
        querystring: catalogueListQuerySchema,
        description:
          "The effective entries of a catalogue: per code, the network's entry where it has one, the instance-wide default otherwise. Without networkId, the network of the signed-in user's organisation.",
        response: { 200: catalogueListSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { kind } = request.params;
      const { networkId, includeInactive } = request.query;
      return inTransaction(database, actor, metaOf(request), async ({ tx }) => {
        if (!canReadCatalogues(actor)) throw notFound("catalogue");
        const network =
          networkId ??
          (actor.organizationId ? await findNetworkOfOrganization(tx, actor.organizationId) : null);
        const rows = await listEffectiveEntries(tx, kind, network, includeInactive);
        return { kind, networkId: network, items: rows.map(presentEntry) };
      });
    },
  );

  app.post(
    "/api/v1/catalogues/:kind",
    {
      schema: {
        tags,
        params: kindParams,
        body: catalogueEntryCreateSchema,
        description:
          "Administrators: a new code, instance-wide (networkId null) or for one network (also overriding a default's code).",
        response: { 201: catalogueEntrySchema },
      },
    },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        if (!canAdministerCatalogues(ctx.actor)) throw notFound("catalogue");
        const row = await createCatalogueEntry(ctx, request.params.kind, request.body);
        return { status: 201, body: presentEntry(row) };
      }),
  );

  app.patch(
    "/api/v1/catalogues/:kind/:entryId",
    {
      schema: {
        tags,
        params: entryParams,
        body: catalogueEntryUpdateSchema,
        description:
          "Administrators: translations, CISIS code, level definitions, order, activity. The code never changes and entries are never deleted (set active false).",
        response: { 200: catalogueEntrySchema },
      },
    },
    async (request, reply) => {
      const { kind, entryId } = request.params;
      const actor = actorOf(request);
      // Administrators may not read case content, so whether special-category assessment items use
      // the domain is asked as the system, in its own read-only transaction (one existence bit).
      const specialItemsExist =
        canAdministerCatalogues(actor) &&
        kind === "assessment_domain" &&
        request.body.specialCategory === false
          ? await inTransaction(database, systemActor, metaOf(request), async ({ tx }) => {
              const entry = await findEntry(tx, kind, entryId);
              return entry ? specialDomainItemsExist(tx, entry.code) : false;
            })
          : false;
      return runMutation(database, request, reply, async (ctx) => {
        if (!canAdministerCatalogues(ctx.actor)) throw notFound("catalogue entry");
        const entry = await findEntry(ctx.tx, kind, entryId, true);
        if (!entry) throw notFound("catalogue entry");
        const row = await updateCatalogueEntry(ctx, kind, entry, request.body, specialItemsExist);
        return { status: 200, body: presentEntry(row) };
      });
    },
  );
}
