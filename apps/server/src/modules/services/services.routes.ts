import {
  type CatalogueEntry,
  caseServiceListQuerySchema,
  idSchema,
  serviceRecordCreateSchema,
  serviceRecordPageSchema,
  serviceRecordSchema,
  serviceRecordVoidSchema,
  serviceRegisterQuerySchema,
} from "@approdo/contracts";
import { z } from "zod";
import type { Tx } from "../../platform/db/database.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError, notFound } from "../../platform/errors/app-error.ts";
import { runMutation } from "../../platform/http/mutation.ts";
import { decodeCursor, pageFrom } from "../../platform/http/pagination.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { loadCaseAccess } from "../cases/index.ts";
import { catalogueEntries, networkOfOrganization } from "../catalogues/index.ts";
import {
  canRecordService,
  canUseSpecialServiceTypes,
  canWorkWithServices,
  registerShowsSpecialTypes,
} from "./services.policy.ts";
import { presentServiceRecord } from "./services.presenter.ts";
import {
  findRecordPeople,
  findServiceRecord,
  listCaseServices,
  listOrganizationServices,
  type ServiceRow,
} from "./services.repository.ts";
import { recordService } from "./use-cases/record-service.ts";
import { voidService } from "./use-cases/void-service.ts";

const tags = ["services"];
const caseParams = z.object({ id: idSchema });
const recordParams = z.object({ id: idSchema, serviceId: idSchema });

function dateCursor(cursor: string | undefined): [string, string] | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [on, id] = key;
  if (typeof on === "string" && /^\d{4}-\d{2}-\d{2}$/.test(on) && idSchema.safeParse(id).success)
    return [on, String(id)];
  throw new AppError("VALIDATION_FAILED", "The cursor is not valid; start again from the first page", {
    field: "cursor",
  });
}

/** The service-type catalogue that labels an organisation's records (inactive types included). */
async function serviceTypesOf(tx: Tx, organizationId: string): Promise<Map<string, CatalogueEntry>> {
  const entries = await catalogueEntries(tx, "service_type", await networkOfOrganization(tx, organizationId));
  return new Map(entries.map((e) => [e.code, e]));
}

function specialCodes(types: Map<string, CatalogueEntry>): string[] {
  return [...types.values()].filter((e) => e.specialCategory).map((e) => e.code);
}

/** A page of records with their persons (one query) and type labels. */
async function presentPage(tx: Tx, rows: ServiceRow[], limit: number, types: Map<string, CatalogueEntry>) {
  const page = pageFrom(rows, limit, (r) => [r.deliveredOn, r.id]);
  const people = await findRecordPeople(
    tx,
    page.items.map((r) => r.id),
  );
  return {
    items: page.items.map((r) =>
      presentServiceRecord(r, people.get(r.id) ?? [], types.get(r.serviceType)?.labels ?? null),
    ),
    nextCursor: page.nextCursor,
  };
}

export function registerServiceRoutes(app: AppInstance, deps: AppDeps): void {
  const { database } = deps;

  app.post(
    "/api/v1/cases/:id/services",
    {
      schema: {
        tags,
        params: caseParams,
        body: serviceRecordCreateSchema,
        description:
          "Records a service delivered (append-only). Persons default to the case's subject person(s); with correctsId the corrected record is voided in the same transaction. Accepts Idempotency-Key.",
        response: { 201: serviceRecordSchema },
      },
    },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const access = await loadCaseAccess(ctx.tx, ctx.actor, request.params.id);
        if (!canRecordService(ctx.actor, access) || !canWorkWithServices(ctx.actor)) throw notFound("case");
        const done = await recordService(ctx, access, ctx.actor.organizationId, request.body);
        return { status: 201, body: presentServiceRecord(done.row, done.people, done.labels) };
      }),
  );

  app.get(
    "/api/v1/cases/:id/services",
    {
      schema: {
        tags,
        params: caseParams,
        querystring: caseServiceListQuerySchema,
        response: { 200: serviceRecordPageSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { limit, cursor } = request.query;
      const before = dateCursor(cursor);
      return inTransaction(database, actor, metaOf(request), async (ctx) => {
        const access = await loadCaseAccess(ctx.tx, actor, request.params.id);
        const types = await serviceTypesOf(ctx.tx, access.case.organizationId);
        const hiddenTypes = canUseSpecialServiceTypes(access) ? [] : specialCodes(types);
        const rows = await listCaseServices(ctx.tx, access.case.id, { before, limit, hiddenTypes });
        const page = await presentPage(ctx.tx, rows, limit, types);
        ctx.audit({
          action: "service_record.listed",
          entityType: "case",
          entityId: access.case.id,
          organizationId: access.case.organizationId,
          details: { count: page.items.length },
        });
        return page;
      });
    },
  );

  app.post(
    "/api/v1/cases/:id/services/:serviceId/void",
    {
      schema: {
        tags,
        params: recordParams,
        body: serviceRecordVoidSchema,
        description: "Voids a service record with a reason; the record stays in the history, marked voided.",
        response: { 200: serviceRecordSchema },
      },
    },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const access = await loadCaseAccess(ctx.tx, ctx.actor, request.params.id);
        await voidService(ctx, access, request.params.serviceId, request.body.reason);
        const row = await findServiceRecord(ctx.tx, access.case.id, request.params.serviceId);
        if (!row) throw notFound("service record");
        const types = await serviceTypesOf(ctx.tx, access.case.organizationId);
        const people = await findRecordPeople(ctx.tx, [row.id]);
        return {
          status: 200,
          body: presentServiceRecord(
            row,
            people.get(row.id) ?? [],
            types.get(row.serviceType)?.labels ?? null,
          ),
        };
      }),
  );

  app.get(
    "/api/v1/services",
    {
      schema: {
        tags,
        querystring: serviceRegisterQuerySchema,
        description: "The signed-in user's organisation's register of services delivered, newest first.",
        response: { 200: serviceRecordPageSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { limit, cursor, personId, from, to, serviceType } = request.query;
      const before = dateCursor(cursor);
      return inTransaction(database, actor, metaOf(request), async (ctx) => {
        if (!canWorkWithServices(actor)) throw notFound("service register");
        const types = await serviceTypesOf(ctx.tx, actor.organizationId);
        const hiddenTypes = registerShowsSpecialTypes(actor) ? [] : specialCodes(types);
        const rows = await listOrganizationServices(
          ctx.tx,
          actor.organizationId,
          { personId, from, to, serviceType },
          { before, limit, hiddenTypes },
        );
        const page = await presentPage(ctx.tx, rows, limit, types);
        ctx.audit({
          action: "service_record.listed",
          entityType: personId ? "person" : "organization",
          entityId: personId ?? actor.organizationId,
          organizationId: actor.organizationId,
          details: {
            count: page.items.length,
            filters: { from: from ?? null, to: to ?? null, serviceType: serviceType ?? null },
          },
        });
        return page;
      });
    },
  );
}
