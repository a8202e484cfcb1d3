import {
  caseNoteCreateSchema,
  caseNoteListQuerySchema,
  caseNotePageSchema,
  caseNoteSchema,
  idSchema,
} from "@approdo/contracts";
import { z } from "zod";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError, notFound } from "../../platform/errors/app-error.ts";
import { runMutation } from "../../platform/http/mutation.ts";
import { decodeCursor, pageFrom } from "../../platform/http/pagination.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { loadCaseAccess } from "../cases/index.ts";
import { canWriteNotes } from "./case-notes.policy.ts";
import { presentNote } from "./case-notes.presenter.ts";
import { findCorrections, listNotes } from "./case-notes.repository.ts";
import { addNote } from "./use-cases/add-note.ts";

const tags = ["case notes"];
const params = z.object({ id: idSchema });

function timeCursor(cursor: string | undefined): [string, string] | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [at, id] = key;
  if (typeof at === "string" && !Number.isNaN(Date.parse(at)) && idSchema.safeParse(id).success)
    return [at, String(id)];
  throw new AppError("VALIDATION_FAILED", "The cursor is not valid; start again from the first page", {
    field: "cursor",
  });
}

export function registerCaseNoteRoutes(app: AppInstance, deps: AppDeps): void {
  const { database } = deps;

  app.post(
    "/api/v1/cases/:id/notes",
    {
      schema: {
        tags,
        params,
        body: caseNoteCreateSchema,
        description:
          "Adds a note (append-only: no edit, no delete; a correction is a new note with correctsId). Accepts Idempotency-Key.",
        response: { 201: caseNoteSchema },
      },
    },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const access = await loadCaseAccess(ctx.tx, ctx.actor, request.params.id);
        if (!canWriteNotes(access)) throw notFound("case");
        const row = await addNote(ctx, access, request.body);
        return { status: 201, body: presentNote(row, null, null) };
      }),
  );

  app.get(
    "/api/v1/cases/:id/notes",
    {
      schema: {
        tags,
        params,
        querystring: caseNoteListQuerySchema,
        description:
          "The notes the reader may see, newest first; a corrected note names its latest visible correction.",
        response: { 200: caseNotePageSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { limit, cursor } = request.query;
      const before = timeCursor(cursor);
      return inTransaction(database, actor, metaOf(request), async (ctx) => {
        const access = await loadCaseAccess(ctx.tx, actor, request.params.id);
        const rows = await listNotes(ctx.tx, access.case.id, { before, limit });
        const page = pageFrom(rows, limit, (r) => [r.createdAt.toISOString(), r.id]);
        const corrections = await findCorrections(
          ctx.tx,
          access.case.id,
          page.items.map((n) => n.id),
        );
        ctx.audit({
          action: "case_note.listed",
          entityType: "case",
          entityId: access.case.id,
          organizationId: access.case.organizationId,
          details: { count: page.items.length },
        });
        return {
          items: page.items.map((n) => presentNote(n, n.authorName, corrections.get(n.id) ?? null)),
          nextCursor: page.nextCursor,
        };
      });
    },
  );
}
