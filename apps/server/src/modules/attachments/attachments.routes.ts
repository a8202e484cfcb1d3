import {
  attachmentListQuerySchema,
  attachmentPageSchema,
  attachmentSchema,
  idSchema,
} from "@approdo/contracts";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { inTransaction, type TxContext } from "../../platform/db/transaction.ts";
import { AppError, notFound } from "../../platform/errors/app-error.ts";
import { runMutation } from "../../platform/http/mutation.ts";
import { decodeCursor, pageFrom } from "../../platform/http/pagination.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { assertPeopleVisible } from "../people/index.ts";
import { canDeleteAttachment, canWorkWithAttachments } from "./attachments.policy.ts";
import { presentAttachment } from "./attachments.presenter.ts";
import {
  type AttachmentRow,
  findAttachment,
  findPersonController,
  listAttachments,
} from "./attachments.repository.ts";
import { contentDisposition } from "./file-name.ts";
import { deleteAttachment } from "./use-cases/delete-attachment.ts";
import { recordDownload } from "./use-cases/download-attachment.ts";
import { openAttachmentContent } from "./use-cases/open-attachment-content.ts";
import { receiveUpload } from "./use-cases/receive-upload.ts";
import { type PersonRef, recordAttachment } from "./use-cases/upload-attachment.ts";

const tags = ["attachments"];
const personParams = z.object({ personId: idSchema });
const params = z.object({ id: idSchema });

/** The person whose documents are asked for: unknown, invisible, merged or off-limits all answer 404. */
async function loadPerson(ctx: TxContext, personId: string): Promise<PersonRef> {
  if (!canWorkWithAttachments(ctx.actor)) throw notFound("person");
  await assertPeopleVisible(ctx.tx, [personId]);
  const organizationId = await findPersonController(ctx.tx, personId);
  if (!organizationId) throw notFound("person");
  return { id: personId, organizationId };
}

/** An attachment the caller may work with, and its person. */
async function loadAttachment(ctx: TxContext, id: string, lock = false) {
  if (!canWorkWithAttachments(ctx.actor)) throw notFound("attachment");
  const row = await findAttachment(ctx.tx, id, lock);
  if (!row?.personId) throw notFound("attachment");
  const person = await loadPerson(ctx, row.personId).catch(() => {
    throw notFound("attachment");
  });
  return { row, person };
}

function beforeCursor(cursor: string | undefined): [string, string] | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [createdAt, id] = key;
  if (
    typeof createdAt === "string" &&
    !Number.isNaN(Date.parse(createdAt)) &&
    idSchema.safeParse(id).success
  ) {
    return [createdAt, String(id)];
  }
  throw new AppError("VALIDATION_FAILED", "The cursor is not valid; start again from the first page", {
    field: "cursor",
  });
}

function assertMultipart(request: FastifyRequest): void {
  if (!request.isMultipart()) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the file as multipart/form-data");
  }
}

export function registerAttachmentRoutes(app: AppInstance, deps: AppDeps): void {
  const { database, storage, config } = deps;

  app.post(
    "/api/v1/people/:personId/attachments",
    {
      schema: {
        tags,
        params: personParams,
        consumes: ["multipart/form-data"],
        description:
          "multipart/form-data with the fields `kind`, `retentionClass` and one `file` (at most 20 MB; PDF, JPEG, PNG, WebP, HEIC or UTF-8 text, recognised from its content).",
        response: { 201: attachmentSchema },
      },
    },
    async (request, reply) => {
      assertMultipart(request);
      const { personId } = request.params;
      // Refuse early, before reading the file; the write transaction checks again.
      await inTransaction(database, actorOf(request), metaOf(request), (ctx) => loadPerson(ctx, personId));
      const upload = await receiveUpload(request.parts(), storage, config.secretKey);
      let recorded = false;
      try {
        const body = await runMutation(database, request, reply, async (ctx) => {
          const row = await recordAttachment(ctx, await loadPerson(ctx, personId), upload);
          recorded = true;
          return { status: 201, body: presentAttachment(row) };
        });
        // An idempotent replay answers the first upload's row: this copy of the file is not needed.
        if (!recorded) await storage.delete(upload.file.storageKey);
        return body;
      } catch (error) {
        await storage.delete(upload.file.storageKey).catch(() => {});
        throw error;
      }
    },
  );

  app.get(
    "/api/v1/people/:personId/attachments",
    {
      schema: {
        tags,
        params: personParams,
        querystring: attachmentListQuerySchema,
        response: { 200: attachmentPageSchema },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      const before = beforeCursor(cursor);
      const rows = await inTransaction(database, actorOf(request), metaOf(request), async (ctx) => {
        const person = await loadPerson(ctx, request.params.personId);
        const found = await listAttachments(ctx.tx, person.id, { before, limit });
        ctx.audit({
          action: "attachment.listed",
          entityType: "person",
          entityId: person.id,
          organizationId: person.organizationId,
          details: { count: Math.min(found.length, limit) },
        });
        return found;
      });
      const page = pageFrom(rows, limit, (r: AttachmentRow) => [r.createdAt.toISOString(), r.id]);
      return { items: page.items.map(presentAttachment), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/api/v1/attachments/:id/download",
    { schema: { tags, params, description: "The file's content, decrypted; every download is audited." } },
    async (request, reply) => {
      const row = await inTransaction(database, actorOf(request), metaOf(request), async (ctx) => {
        const found = await loadAttachment(ctx, request.params.id);
        recordDownload(ctx, found.person, found.row);
        return found.row;
      });
      const content = await openAttachmentContent(storage, config.secretKey, row, request.log);
      const type = row.contentType === "text/plain" ? "text/plain; charset=utf-8" : row.contentType;
      return reply
        .header("Content-Type", type)
        .header("Content-Length", String(row.sizeBytes))
        .header("Content-Disposition", contentDisposition(row.fileName))
        .header("Cache-Control", "no-store")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .send(content);
    },
  );

  app.delete(
    "/api/v1/attachments/:id",
    { schema: { tags, params, response: { 204: z.null() } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const { row, person } = await loadAttachment(ctx, request.params.id, true);
        if (!canDeleteAttachment(ctx.actor, row)) throw notFound("attachment");
        await deleteAttachment(ctx, person, row);
        return { status: 204, body: null };
      }),
  );
}
