import type { ImportStart } from "@approdo/contracts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError, notFound } from "../../../platform/errors/app-error.ts";
import { findImport, storedMappingOf, updateImport } from "../imports.repository.ts";
import { checkMapping } from "./check-mapping.ts";

/**
 * Checks the mapping against the file's columns, stores it and marks the import queued (the caller
 * sends the job once this transaction has committed). A previewed import starts; a failed one may
 * start again (nothing of it was imported); anything else answers 422.
 */
export async function startImport(ctx: TxContext, importId: string, body: ImportStart): Promise<void> {
  const row = await findImport(ctx.tx, importId, true);
  if (!row) throw notFound("import");
  if (row.status !== "previewed" && row.status !== "failed") {
    throw new AppError("UNPROCESSABLE", "This import has already been started", { status: row.status });
  }
  if (!row.storageKey) {
    throw new AppError("UNPROCESSABLE", "The file of this import is no longer kept: upload it again");
  }
  const stored = storedMappingOf(row);
  const fields = checkMapping(body.mapping, stored.columns, { requireFields: true });
  await updateImport(ctx.tx, importId, {
    status: "queued",
    mapping: { ...stored, fields },
    processedRows: 0,
    acceptedRows: 0,
    rejectedRows: 0,
    error: null,
  });
  ctx.audit({
    action: "import.started",
    entityType: "import",
    entityId: importId,
    organizationId: row.organizationId,
    details: {
      totalRows: row.totalRows,
      mappedColumns: Object.keys(fields).length,
      restart: row.status === "failed",
    },
  });
}
