import {
  idSchema,
  importListQuerySchema,
  importPageSchema,
  importPreviewSchema,
  importQueuedSchema,
  importRejectionsCsvQuerySchema,
  importSchema,
  importStartSchema,
} from "@approdo/contracts";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { newId } from "../../platform/db/ids.ts";
import { inTransaction, noMeta, type TxContext } from "../../platform/db/transaction.ts";
import { AppError, notFound } from "../../platform/errors/app-error.ts";
import { runMutation } from "../../platform/http/mutation.ts";
import { decodeCursor, pageFrom } from "../../platform/http/pagination.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { canImportPeople } from "./imports.policy.ts";
import { presentImport, presentImportSummary } from "./imports.presenter.ts";
import {
  findImport,
  type ImportRow,
  insertImport,
  listImports,
  listMunicipalities,
  listRejections,
  storedMappingOf,
  updateImport,
} from "./imports.repository.ts";
import { previewImport } from "./use-cases/preview-import.ts";
import { receiveImportFile } from "./use-cases/receive-import-file.ts";
import { rejectionsCsv } from "./use-cases/rejections-csv.ts";
import { IMPORT_JOB_OPTIONS, IMPORT_PEOPLE_JOB, type ImportJobData } from "./use-cases/run-import.ts";
import { startImport } from "./use-cases/start-import.ts";

const tags = ["imports"];
const params = z.object({ id: idSchema });
const REJECTIONS_SHOWN = 100;

/** An import of the caller's organisation (row-level security) they may work with; otherwise 404. */
async function loadImport(ctx: TxContext, id: string): Promise<ImportRow> {
  if (!canImportPeople(ctx.actor)) throw notFound("import");
  const row = await findImport(ctx.tx, id);
  if (!row) throw notFound("import");
  return row;
}

/** `attachment` with an ASCII `filename` and the exact UTF-8 `filename*` (RFC 6266/5987). */
function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9 ._()-]/g, "_");
  const exact = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${exact}`;
}

function assertMultipart(request: FastifyRequest): void {
  if (!request.isMultipart()) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the file as multipart/form-data");
  }
}

function beforeCursor(cursor: string | undefined): string | null {
  const key = decodeCursor(cursor, 1);
  if (!key) return null;
  const [id] = key;
  if (idSchema.safeParse(id).success) return String(id);
  throw new AppError("VALIDATION_FAILED", "The cursor is not valid; start again from the first page", {
    field: "cursor",
  });
}

const getQuerySchema = z.object({
  /** "false" while polling for progress: no rows of the file (no personal data, not audited). */
  includeRejections: z.enum(["true", "false"]).default("true"),
});

export function registerImportRoutes(app: AppInstance, deps: AppDeps): void {
  const { database, storage, config, jobs } = deps;

  app.post(
    "/api/v1/imports/people",
    {
      schema: {
        tags,
        consumes: ["multipart/form-data"],
        description:
          "multipart/form-data with one `file` (CSV in UTF-8 — `;` or `,` separated — or XLSX; at most 20 MB and 200,000 rows) and an optional `mapping` field (JSON: column → field). The file is kept encrypted until the import runs; the answer previews it.",
        response: { 201: importPreviewSchema },
      },
    },
    async (request, reply) => {
      assertMultipart(request);
      const actor = actorOf(request);
      if (!canImportPeople(actor) || !actor.organizationId) throw notFound("import");
      const organizationId = actor.organizationId;
      const upload = await receiveImportFile(request.parts(), storage, config.secretKey);
      const { file } = upload;
      let recorded = false;
      try {
        const municipalities = await inTransaction(database, actor, metaOf(request), ({ tx }) =>
          listMunicipalities(tx),
        );
        const preview = await previewImport(
          storage,
          config.secretKey,
          file,
          upload.mappingText,
          municipalities,
        );
        const body = await runMutation(database, request, reply, async (ctx) => {
          if (!canImportPeople(ctx.actor)) throw notFound("import");
          const id = newId();
          await insertImport(ctx.tx, {
            id,
            organizationId,
            kind: "people",
            status: "previewed",
            fileName: file.fileName,
            storageKey: file.storageKey,
            wrappedKey: file.wrappedKey,
            mapping: { columns: preview.columns, fields: preview.mapping, format: file.format },
            totalRows: preview.totalRows,
            createdBy: ctx.actor.userId,
          });
          recorded = true;
          ctx.audit({
            action: "import.uploaded",
            entityType: "import",
            entityId: id,
            organizationId,
            details: {
              format: file.format,
              sizeBytes: file.sizeBytes,
              totalRows: preview.totalRows,
              columns: preview.columns.length,
            },
          });
          return {
            status: 201,
            body: { importId: id, status: "previewed" as const, fileName: file.fileName, ...preview },
          };
        });
        // An idempotent replay answers the first upload: this copy of the file is not needed.
        if (!recorded) await storage.delete(file.storageKey).catch(() => {});
        return body;
      } catch (error) {
        if (!recorded) await storage.delete(file.storageKey).catch(() => {});
        throw error;
      }
    },
  );

  app.post(
    "/api/v1/imports/:id/start",
    {
      schema: {
        tags,
        params,
        body: importStartSchema,
        description:
          "Stores the mapping (column → field; givenName and familyName required) and queues the import as a background job. Poll `GET /imports/{id}` for progress.",
        response: { 202: importQueuedSchema },
      },
    },
    async (request, reply) => {
      const importId = request.params.id;
      const actor = actorOf(request);
      const body = await runMutation(database, request, reply, async (ctx) => {
        await loadImport(ctx, importId);
        await startImport(ctx, importId, request.body);
        return { status: 202, body: { importId, status: "queued" as const } };
      });
      if (reply.getHeader("Idempotent-Replayed")) return body;
      if (!actor.organizationId) throw notFound("import");
      const data: ImportJobData = {
        importId,
        actor: {
          kind: actor.kind === "token" ? "token" : "user",
          userId: actor.userId,
          organizationId: actor.organizationId,
          roles: [...actor.roles],
          ...(actor.tokenId ? { tokenId: actor.tokenId } : {}),
        },
      };
      try {
        const jobId = await jobs.send(IMPORT_PEOPLE_JOB, data, IMPORT_JOB_OPTIONS);
        await inTransaction(database, actor, noMeta, ({ tx }) => updateImport(tx, importId, { jobId }));
      } catch (error) {
        await inTransaction(database, actor, noMeta, ({ tx }) =>
          updateImport(tx, importId, {
            status: "failed",
            error: "The import could not be queued: try again",
          }),
        );
        throw error;
      }
      return body;
    },
  );

  app.get(
    "/api/v1/imports",
    { schema: { tags, querystring: importListQuerySchema, response: { 200: importPageSchema } } },
    async (request) => {
      const { limit, cursor } = request.query;
      const before = beforeCursor(cursor);
      const rows = await inTransaction(database, actorOf(request), metaOf(request), async (ctx) => {
        if (!canImportPeople(ctx.actor)) throw notFound("import");
        return listImports(ctx.tx, before, limit);
      });
      const page = pageFrom(rows, limit, (r) => [r.id]);
      return { items: page.items.map(presentImportSummary), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/api/v1/imports/:id",
    {
      schema: {
        tags,
        params,
        querystring: getQuerySchema,
        description:
          "Status and progress; with the first 100 rejected rows unless `includeRejections=false` (use that while polling: reading rejected rows is audited).",
        response: { 200: importSchema },
      },
    },
    async (request) =>
      inTransaction(database, actorOf(request), metaOf(request), async (ctx) => {
        const row = await loadImport(ctx, request.params.id);
        const include = request.query.includeRejections === "true";
        const rejections = include ? await listRejections(ctx.tx, row.id, 0, REJECTIONS_SHOWN) : [];
        if (rejections.length > 0) {
          ctx.audit({
            action: "import.rejections_read",
            entityType: "import",
            entityId: row.id,
            organizationId: row.organizationId,
            details: { count: rejections.length },
          });
        }
        return presentImport(row, rejections);
      }),
  );

  app.get(
    "/api/v1/imports/:id/rejections.csv",
    {
      schema: {
        tags,
        params,
        querystring: importRejectionsCsvQuerySchema,
        description:
          "Every rejected row with its code and reason, then its original columns; semicolon-separated UTF-8 with a byte-order mark, cells escaped against formula injection. Every download is audited.",
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await inTransaction(database, actor, metaOf(request), async (ctx) => {
        const found = await loadImport(ctx, request.params.id);
        ctx.audit({
          action: "import.rejections_downloaded",
          entityType: "import",
          entityId: found.id,
          organizationId: found.organizationId,
          details: { count: found.rejectedRows },
        });
        return found;
      });
      const stored = storedMappingOf(row);
      // The mapped columns: only those were kept of the rejected rows.
      const columns = stored.columns.filter((c) => stored.fields[c]);
      const locale = request.query.locale;
      const stem = row.fileName.replace(/\.[^.]*$/, "") || "import";
      const suffix = locale === "it" ? "scartate" : "rejected";
      return reply
        .header("Content-Type", "text/csv; charset=utf-8")
        .header("Content-Disposition", contentDisposition(`${stem}-${suffix}.csv`))
        .header("Cache-Control", "no-store")
        .send(rejectionsCsv(database, actor, row.id, columns, locale));
    },
  );
}
