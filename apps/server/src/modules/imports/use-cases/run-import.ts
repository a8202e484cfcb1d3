import type { HouseholdRelation, ImportRejectionCode, PersonCreate } from "@approdo/contracts";
import type { Actor } from "../../../platform/authz/actor.ts";
import { isRole } from "../../../platform/authz/roles.ts";
import type { Database } from "../../../platform/db/database.ts";
import { inTransaction, noMeta } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import type { AppDeps } from "../../../platform/http/types.ts";
import { DecryptionError, FileNotFoundError, openDecrypted } from "../../../platform/storage/index.ts";
import { type BulkHousehold, createHouseholdsBulk } from "../../households/index.ts";
import {
  createPreparedPeople,
  findRegistryDuplicates,
  loadRegistryIndex,
  type PreparedPerson,
  preparePerson,
} from "../../people/index.ts";
import { presentMapping } from "../imports.presenter.ts";
import {
  deleteRejections,
  findImport,
  type ImportRow,
  insertRejections,
  listMunicipalities,
  type NewRejection,
  storedMappingOf,
  touchRunningImport,
  updateImport,
} from "../imports.repository.ts";
import { FileDuplicates } from "../mapping/file-duplicates.ts";
import { columnIndex, type HouseholdCell, mapRow } from "../mapping/map-row.ts";
import { municipalityIndex } from "../mapping/reference-lookup.ts";
import { openSheet, SheetError, type SheetRow } from "../spreadsheet/sheet-reader.ts";

export const IMPORT_PEOPLE_JOB = "imports.people";

/** What the job carries: the import and who started it (their roles at that moment). */
export interface ImportJobData {
  importId: string;
  actor: {
    kind: "user" | "token";
    userId: string | null;
    organizationId: string;
    roles: string[];
    tokenId?: string;
  };
}

export interface ImportRunOptions {
  /** Rows per duplicate check against the registry (default 2,000). */
  batchSize?: number;
  /** People per insert, and per progress update on PostgreSQL (default 2,000). */
  insertBatchSize?: number;
  /** Tests: called inside the insert transaction before each batch (throw to simulate a failure). */
  beforeInsertBatch?: (batch: number) => void | Promise<void>;
  /** Tests: the clock the lease is judged by (default Date.now). */
  now?: () => number;
  /** Tests: the interval of the heartbeat (default 30 s). */
  heartbeatMs?: number;
  /** Benchmarks: told how long each phase took (check, write, households, commit). */
  onPhase?: (phase: ImportPhase, ms: number) => void;
}

/**
 * The timed phases: reading and checking the file's rows on their own, waiting for the registry's
 * name keys (read meanwhile), checking the rows against the registry, writing people, households,
 * commit.
 */
export type ImportPhase = "validate" | "registry" | "check" | "write" | "households" | "commit";

export type ImportRunDeps = Pick<AppDeps, "database" | "storage" | "config">;

interface Accepted {
  rowNumber: number;
  /** The rows to write (id, name index…), prepared once: the duplicate checks use its name index. */
  prepared: PreparedPerson;
  household: HouseholdCell | null;
  /** Set when the row's household turned out invalid after it passed its own checks. */
  dropped: boolean;
}

interface Survivor {
  row: SheetRow;
  input: PersonCreate;
  prepared: PreparedPerson;
  household: HouseholdCell | null;
  data: Record<string, string>;
}

/** A batch of rows checked on their own, waiting for the registry check. */
interface ValidatedBatch {
  rows: number;
  rejected: NewRejection[];
  survivors: Survivor[];
  memberOf: Map<number, HouseholdMemberRow>;
}

interface HouseholdMemberRow {
  rowNumber: number;
  /** The accepted row, or null when the row itself was rejected. */
  accepted: Accepted | null;
  rowData: Record<string, string>;
}

const DEFAULT_BATCH = 2000;
const DEFAULT_INSERT_BATCH = 2000;
/** Candidates examined per row when looking for duplicates in the registry. */
const CANDIDATES_PER_ROW = 50;
const MAX_HOUSEHOLD_MEMBERS = 40;

export function actorOfJob(data: ImportJobData): Actor {
  return {
    kind: data.actor.kind,
    userId: data.actor.userId,
    organizationId: data.actor.organizationId,
    roles: data.actor.roles.filter(isRole),
    ...(data.actor.tokenId ? { tokenId: data.actor.tokenId } : {}),
  };
}

/**
 * What is kept of a rejected row: its mapped columns only. A column the user chose not to import
 * (notes, health remarks…) is not copied into the database.
 */
function rowObject(
  kept: readonly (readonly [string, number])[],
  values: readonly string[],
): Record<string, string> {
  const data: Record<string, string> = {};
  for (const [column, i] of kept) data[column] = values[i] ?? "";
  return data;
}

function rejection(
  importId: string,
  rowNumber: number,
  code: ImportRejectionCode,
  message: string,
  rowData: Record<string, string>,
): NewRejection {
  return { importId, rowNumber, code, message, rowData };
}

/** What the user may read about a failure: our own messages, never a driver's (they can quote data). */
function failureMessage(error: unknown): string {
  if (error instanceof AppError || error instanceof SheetError) return error.message;
  if (error instanceof DecryptionError) return "The stored file cannot be decrypted: upload it again";
  if (error instanceof FileNotFoundError) return "The stored file is missing: upload it again";
  return "The import stopped because of an internal error";
}

function logFailure(importId: string, error: unknown): void {
  const err = error as Error & { code?: string };
  const frames = (err?.stack ?? "").split("\n").slice(1, 6).join("\n");
  process.stderr.write(
    `${JSON.stringify({ level: 50, msg: "import failed", importId, err: { name: err?.name, code: err?.code, frames } })}\n`,
  );
}

async function* batches(rows: AsyncIterable<SheetRow>, size: number): AsyncGenerator<SheetRow[]> {
  let batch: SheetRow[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * How long a running import may go without a sign of life (a progress update or the heartbeat)
 * before another delivery of its job may take it over: its run is then taken to have died with its
 * process. The heartbeat comes every HEARTBEAT_MS; on PostgreSQL the write phase also reports
 * progress from another connection every insert batch.
 */
export const IMPORT_LEASE_MS = 10 * 60_000;
const HEARTBEAT_MS = 30_000;

/**
 * The pg-boss options of the import job. pg-boss fails an active job after its expiry (15 minutes
 * by default) and retries it while the first run goes on: the expiry is set far beyond any import
 * (100,000 rows take about a minute), and a retry waits longer than the lease, so that it finds
 * the run it replaces either finished, failed, or silent for longer than IMPORT_LEASE_MS.
 */
export const IMPORT_JOB_OPTIONS = {
  expireInSeconds: 2 * 3_600,
  retryLimit: 2,
  retryDelaySeconds: IMPORT_LEASE_MS / 1000 + 60,
} as const;

/** Imports this process is running (on the embedded database there is no other process). */
const runningHere = new Set<string>();

/**
 * Marks the import running, under a lock on its row; null when there is nothing to do. A queued
 * import is taken; a running one only when its run shows no sign of life for IMPORT_LEASE_MS (the
 * process running it died) — a second delivery of the job while the first run is alive does
 * nothing; a completed, failed or previewed import is not touched.
 */
async function claim(database: Database, actor: Actor, importId: string, now: () => number) {
  return inTransaction(database, actor, noMeta, async ({ tx }) => {
    const row = await findImport(tx, importId, true);
    if (!row || runningHere.has(importId)) return null;
    const silentFor = now() - row.updatedAt.getTime();
    if (row.status !== "queued" && !(row.status === "running" && silentFor > IMPORT_LEASE_MS)) return null;
    runningHere.add(importId);
    await deleteRejections(tx, importId);
    await updateImport(tx, importId, {
      status: "running",
      processedRows: 0,
      acceptedRows: 0,
      rejectedRows: 0,
      error: null,
    });
    const municipalities = await listMunicipalities(tx);
    return { row, municipalities };
  }).catch((error: unknown) => {
    runningHere.delete(importId);
    throw error;
  });
}

/**
 * Household rules on the rows that passed their own checks: a household is imported whole or not
 * at all (a rejected member rejects the others, so the corrected file can be imported again as
 * it is); exactly one reference person (a household of one is its own reference); at most 40.
 */
function checkHouseholds(importId: string, groups: Map<string, HouseholdMemberRow[]>): NewRejection[] {
  const rejected: NewRejection[] = [];
  for (const members of groups.values()) {
    const accepted = members.map((m) => m.accepted).filter((a): a is Accepted => a !== null);
    if (accepted.length === 0) continue;
    let reason: string | null = null;
    const failed = members.find((m) => m.accepted === null);
    if (failed) {
      reason = `householdKey: row ${failed.rowNumber} of the same household was rejected`;
    } else if (members.length > MAX_HOUSEHOLD_MEMBERS) {
      reason = `householdKey: the household has more than ${MAX_HOUSEHOLD_MEMBERS} members`;
    } else {
      const references = accepted.filter(
        (a) => a.household?.isReference ?? a.household?.relation === "reference_person",
      );
      if (references.length === 0 && accepted.length === 1 && accepted[0]?.household) {
        accepted[0].household.isReference = true;
      } else if (references.length === 0) {
        reason = "householdKey: the household has no reference person";
      } else if (references.length > 1) {
        const rows = references.map((r) => r.rowNumber).join(", ");
        reason = `householdKey: the household has ${references.length} reference persons (rows ${rows})`;
      }
    }
    if (!reason) continue;
    for (const m of members) {
      if (!m.accepted) continue;
      m.accepted.dropped = true;
      rejected.push(rejection(importId, m.rowNumber, "HOUSEHOLD_INVALID", reason, m.rowData));
    }
  }
  return rejected;
}

function householdsOf(accepted: readonly Accepted[], ids: ReadonlyMap<Accepted, string>): BulkHousehold[] {
  const groups = new Map<string, Accepted[]>();
  for (const a of accepted) {
    if (a.dropped || !a.household) continue;
    groups.set(a.household.key, [...(groups.get(a.household.key) ?? []), a]);
  }
  return [...groups.values()].map((members) => {
    const reference =
      members.find((m) => m.household?.isReference ?? m.household?.relation === "reference_person") ??
      members[0];
    const label = reference
      ? `${reference.prepared.person.familyName} ${reference.prepared.person.givenName}`
      : "";
    return {
      label: label.trim() || "—",
      members: members.map((m) => {
        const isReference = m === reference;
        const relation: HouseholdRelation =
          m.household?.relation ?? (isReference ? "reference_person" : "other");
        return { personId: ids.get(m) ?? "", relation, isReference };
      }),
    };
  });
}

/**
 * The background job of an import, run once at a time (see claim). Phase 1 streams the file and
 * checks every row on its own — the contract's schema and reference validators, duplicates within
 * the file — while the registry's name keys are read; then against the registry, per batch of rows
 * (tax codes in SQL, name candidates of the same birth year from the index, read by id and scored)
 * — writing rejections and progress in short transactions. Phase 2 writes every accepted person
 * and household in ONE transaction: if anything fails, nothing is imported and the import is
 * marked failed. On PostgreSQL the progress of phase 2 is written from another connection; the
 * embedded database has one session, so there progress jumps from "checked" to "completed".
 */
export async function runImportJob(
  deps: ImportRunDeps,
  data: ImportJobData,
  options: ImportRunOptions = {},
): Promise<void> {
  const { database } = deps;
  const actor = actorOfJob(data);
  const importId = data.importId;
  const claimed = await claim(database, actor, importId, options.now ?? Date.now);
  if (!claimed) return;
  // Signs of life for the lease (see claim), from their own short transactions.
  const heartbeat = setInterval(() => {
    inTransaction(database, actor, noMeta, ({ tx }) => touchRunningImport(tx, importId)).catch(() => {});
  }, options.heartbeatMs ?? HEARTBEAT_MS);
  heartbeat.unref();
  try {
    await runPhases(deps, actor, claimed.row, claimed.municipalities, options);
  } catch (error) {
    logFailure(importId, error);
    await inTransaction(database, actor, noMeta, async (ctx) => {
      const row = await findImport(ctx.tx, importId, true);
      if (row?.status !== "running") return;
      await updateImport(ctx.tx, importId, {
        status: "failed",
        acceptedRows: 0,
        error: failureMessage(error),
      });
      ctx.audit({
        action: "import.failed",
        entityType: "import",
        entityId: importId,
        organizationId: row.organizationId,
        details: { processedRows: row.processedRows, rejectedRows: row.rejectedRows },
      });
    });
  } finally {
    clearInterval(heartbeat);
    runningHere.delete(importId);
  }
}

async function runPhases(
  deps: ImportRunDeps,
  actor: Actor,
  row: ImportRow,
  municipalityRows: Awaited<ReturnType<typeof listMunicipalities>>,
  options: ImportRunOptions,
): Promise<void> {
  const { database, storage, config } = deps;
  const importId = row.id;
  const organizationId = row.organizationId;
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const insertBatchSize = options.insertBatchSize ?? DEFAULT_INSERT_BATCH;
  if (!row.storageKey || !row.wrappedKey) {
    throw new AppError("UNPROCESSABLE", "The file of this import is no longer kept: upload it again");
  }
  const stored = storedMappingOf(row);
  const source = await openDecrypted(storage, config.secretKey, row.storageKey, row.wrappedKey);
  const sheet = await openSheet(source, stored.format);
  const columns = sheet.columns;
  const fields = presentMapping(stored.fields);
  const index = columnIndex(columns, fields);
  const kept = columns.flatMap((column, i) => (fields[column] ? [[column, i] as const] : []));
  const municipalities = municipalityIndex(municipalityRows);
  let clock = performance.now();
  const lap = (phase: ImportPhase) => {
    const now = performance.now();
    options.onPhase?.(phase, now - clock);
    clock = now;
  };
  // The name keys of everyone the organisation sees, by key and birth year, once for the whole
  // file, read in pages of short transactions (other requests get through between them) while
  // the file is read and its rows checked on their own.
  const registryReady = loadRegistryIndex(
    (fn) => inTransaction(database, actor, noMeta, ({ tx }) => fn(tx)),
    organizationId,
  );
  registryReady.catch(() => {}); // awaited below; a failure of the file's reading comes first
  const householdColumn = index.householdKey;

  // Phase 1a: read and check every row on its own (schema, references, duplicates in the file).
  const fileDuplicates = new FileDuplicates();
  const accepted: Accepted[] = [];
  const groups = new Map<string, HouseholdMemberRow[]>();
  const validated: ValidatedBatch[] = [];
  let read = 0;
  for await (const rows of batches(sheet.rows, batchSize)) {
    const rejected: NewRejection[] = [];
    const survivors: Survivor[] = [];
    const memberOf = new Map<number, HouseholdMemberRow>();
    for (const sheetRow of rows) {
      const data = rowObject(kept, sheetRow.values);
      const key = householdColumn === undefined ? "" : (sheetRow.values[householdColumn] ?? "").trim();
      if (key) {
        const member: HouseholdMemberRow = { rowNumber: sheetRow.rowNumber, accepted: null, rowData: data };
        groups.set(key, [...(groups.get(key) ?? []), member]);
        memberOf.set(sheetRow.rowNumber, member);
      }
      const mapped = mapRow(sheetRow.values, index, municipalities);
      if (!mapped.ok) {
        rejected.push(rejection(importId, sheetRow.rowNumber, mapped.code, mapped.message, data));
        continue;
      }
      const prepared = preparePerson(mapped.input, organizationId, actor.userId);
      const duplicate = fileDuplicates.check(sheetRow.rowNumber, mapped.input, prepared.person.nameSkeleton);
      if (duplicate) {
        rejected.push(rejection(importId, sheetRow.rowNumber, duplicate.code, duplicate.message, data));
        continue;
      }
      survivors.push({ row: sheetRow, input: mapped.input, prepared, household: mapped.household, data });
    }
    validated.push({ rows: rows.length, rejected, survivors, memberOf });
    read += rows.length;
    // Progress: rows read and checked on their own; the registry check follows, batch by batch,
    // reporting the rejections it finds (progress stays at "checked" meanwhile).
    await inTransaction(database, actor, noMeta, ({ tx }) =>
      updateImport(tx, importId, { processedRows: read }),
    );
  }
  lap("validate");
  const registry = await registryReady;
  lap("registry");

  // Phase 1b: the rows against the registry, a batch per short transaction (rejections, progress).
  let processed = 0;
  let rejectedCount = 0;
  for (let batch = validated.shift(); batch; batch = validated.shift()) {
    const { rows, rejected, survivors, memberOf } = batch;
    processed += rows;
    await inTransaction(database, actor, noMeta, async ({ tx }) => {
      const found = await findRegistryDuplicates(
        tx,
        survivors.map((s) => ({ ...s.input, nameKeys: s.prepared.person.nameKeys })),
        { minScore: 0.9, candidatesPerProbe: CANDIDATES_PER_ROW, index: registry },
      );
      survivors.forEach((s, i) => {
        const duplicate = found.get(i);
        if (duplicate) {
          const why =
            duplicate.reason === "tax_code"
              ? "same tax code"
              : `similar name and birth data, match score ${duplicate.score.toFixed(2)}`;
          rejected.push(
            rejection(
              importId,
              s.row.rowNumber,
              "POSSIBLE_DUPLICATE",
              `probably already registered as person ${duplicate.personId} (${why})`,
              s.data,
            ),
          );
          return;
        }
        const entry: Accepted = {
          rowNumber: s.row.rowNumber,
          prepared: s.prepared,
          household: s.household,
          dropped: false,
        };
        accepted.push(entry);
        const member = memberOf.get(s.row.rowNumber);
        if (member) member.accepted = entry;
      });
      rejectedCount += rejected.length;
      await insertRejections(tx, rejected);
      // processedRows already counts every row read (phase 1a): progress stays monotonic.
      await updateImport(tx, importId, { rejectedRows: rejectedCount });
    });
  }

  const householdRejections = checkHouseholds(importId, groups);
  rejectedCount += householdRejections.length;
  await inTransaction(database, actor, noMeta, async ({ tx }) => {
    await insertRejections(tx, householdRejections);
    await updateImport(tx, importId, {
      totalRows: processed,
      processedRows: processed,
      rejectedRows: rejectedCount,
    });
  });

  lap("check");

  // Phase 2: write everything accepted, in one transaction.
  const toInsert = accepted.filter((a) => !a.dropped);
  let households = 0;
  await inTransaction(database, actor, noMeta, async (ctx) => {
    const ids = new Map<Accepted, string>();
    for (let start = 0, batch = 0; start < toInsert.length; start += insertBatchSize, batch++) {
      await options.beforeInsertBatch?.(batch);
      const slice = toInsert.slice(start, start + insertBatchSize);
      const created = await createPreparedPeople(
        ctx,
        organizationId,
        slice.map((a) => a.prepared),
      );
      slice.forEach((a, i) => {
        ids.set(a, created[i] ?? "");
      });
      if (database.kind === "postgres") {
        // Another connection: visible to GET while this transaction is still open.
        await inTransaction(database, actor, noMeta, ({ tx }) =>
          updateImport(tx, importId, { acceptedRows: ids.size }),
        );
      }
    }
    lap("write");
    const created = await createHouseholdsBulk(ctx, organizationId, householdsOf(toInsert, ids));
    lap("households");
    households = created.length;
    await updateImport(ctx.tx, importId, {
      status: "completed",
      totalRows: processed,
      processedRows: processed,
      acceptedRows: toInsert.length,
      rejectedRows: rejectedCount,
      error: null,
      storageKey: null,
      wrappedKey: null,
    });
    ctx.audit({
      action: "import.completed",
      entityType: "import",
      entityId: importId,
      organizationId,
      details: { accepted: toInsert.length, rejected: rejectedCount, households },
    });
  });
  lap("commit");
  // The file is not needed any more; a failure here leaves an orphan for the daily sweep.
  await storage.delete(row.storageKey).catch(() => {});
}
