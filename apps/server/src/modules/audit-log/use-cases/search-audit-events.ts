import type { AuditSearchQuery } from "@approdo/contracts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { decodeCursor, pageFrom } from "../../../platform/http/pagination.ts";
import {
  type AuditFilter,
  type AuditRow,
  searchAuditEvents as selectEvents,
} from "../audit-log.repository.ts";

export interface AuditPageRows {
  items: AuditRow[];
  nextCursor: string | null;
}

function beforeSeq(cursor: string | undefined): number | null {
  const key = decodeCursor(cursor, 1);
  if (!key) return null;
  const [seq] = key;
  if (typeof seq !== "number" || !Number.isSafeInteger(seq)) {
    throw new AppError("VALIDATION_FAILED", "The cursor is not valid; start again from the first page", {
      field: "cursor",
    });
  }
  return seq;
}

/** The filters actually given, as recorded in the audit event of the search itself (ids and codes only). */
export function filtersOf(query: AuditSearchQuery): Record<string, string> {
  const used: Record<string, string> = {};
  for (const name of [
    "actorUserId",
    "organizationId",
    "entityType",
    "entityId",
    "action",
    "from",
    "to",
  ] as const) {
    const value = query[name];
    if (value !== undefined) used[name] = value;
  }
  return used;
}

/** One page of the trail, newest first. Reading the trail is itself recorded in it. */
export async function searchAuditEvents(ctx: TxContext, query: AuditSearchQuery): Promise<AuditPageRows> {
  const filters = filtersOf(query);
  const filter: AuditFilter = {
    ...filters,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
  };
  const rows = await selectEvents(ctx.tx, filter, beforeSeq(query.cursor), query.limit);
  const page = pageFrom(rows, query.limit, (e) => [e.seq]);
  ctx.audit({
    action: "audit.searched",
    entityType: "audit_event",
    details: { filters, count: page.items.length, ...(query.cursor ? { nextPage: true } : {}) },
  });
  return page;
}
