import type { CatalogKind } from "@approdo/contracts";
import { and, asc, eq, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import { assessmentItems, catalogEntries, networkOrganizations } from "../../platform/db/schema.ts";

export interface CatalogueRow {
  id: string;
  networkId: string | null;
  kind: string;
  code: string;
  labels: unknown;
  descriptions: unknown;
  cisisCode: string | null;
  specialCategory: boolean;
  levels: unknown;
  attributes: unknown;
  sortOrder: number;
  active: boolean;
  version: number;
  updatedAt: Date;
}

const columns = {
  id: catalogEntries.id,
  networkId: catalogEntries.networkId,
  kind: catalogEntries.kind,
  code: catalogEntries.code,
  labels: catalogEntries.labels,
  descriptions: catalogEntries.descriptions,
  cisisCode: catalogEntries.cisisCode,
  specialCategory: catalogEntries.specialCategory,
  levels: catalogEntries.levels,
  attributes: catalogEntries.attributes,
  sortOrder: catalogEntries.sortOrder,
  active: catalogEntries.active,
  version: catalogEntries.version,
  updatedAt: catalogEntries.updatedAt,
};

/** The defaults, and the network's own entries when a network is given. */
function inScope(networkId: string | null): SQL {
  const global = isNull(catalogEntries.networkId);
  return networkId ? (or(global, eq(catalogEntries.networkId, networkId)) as SQL) : global;
}

/**
 * The effective entries of a kind for a network: per code, the network's entry when it has one,
 * the default otherwise (DISTINCT ON code, network rows first); ordered for display.
 */
export async function listEffectiveEntries(
  tx: Tx,
  kind: CatalogKind,
  networkId: string | null,
  includeInactive: boolean,
): Promise<CatalogueRow[]> {
  const effective = tx
    .selectDistinctOn([catalogEntries.code], columns)
    .from(catalogEntries)
    .where(and(eq(catalogEntries.kind, kind), inScope(networkId)))
    .orderBy(catalogEntries.code, sql`${catalogEntries.networkId} nulls last`)
    .as("e");
  return tx
    .select()
    .from(effective)
    .where(includeInactive ? undefined : eq(effective.active, true))
    .orderBy(asc(effective.sortOrder), asc(effective.code)) as Promise<CatalogueRow[]>;
}

/** The effective entry of one code for a network (active or not), or null. */
export async function findEffectiveEntry(
  tx: Tx,
  kind: CatalogKind,
  code: string,
  networkId: string | null,
): Promise<CatalogueRow | null> {
  const [row] = await tx
    .select(columns)
    .from(catalogEntries)
    .where(and(eq(catalogEntries.kind, kind), eq(catalogEntries.code, code), inScope(networkId)))
    .orderBy(sql`${catalogEntries.networkId} nulls last`)
    .limit(1);
  return row ?? null;
}

/** The network whose catalogue applies to an organisation's records (subquery, one row at most). */
function networkOf(organizationId: string): SQL {
  return sql`(select ${networkOrganizations.networkId} from ${networkOrganizations} where ${networkOrganizations.organizationId} = ${organizationId} order by ${networkOrganizations.networkId} limit 1)`;
}

/** Like findEffectiveEntry, resolving the organisation's network in the same statement. */
export async function findEntryForOrganization(
  tx: Tx,
  kind: CatalogKind,
  code: string,
  organizationId: string,
): Promise<CatalogueRow | null> {
  const [row] = await tx
    .select(columns)
    .from(catalogEntries)
    .where(
      and(
        eq(catalogEntries.kind, kind),
        eq(catalogEntries.code, code),
        or(isNull(catalogEntries.networkId), eq(catalogEntries.networkId, networkOf(organizationId))),
      ),
    )
    .orderBy(sql`${catalogEntries.networkId} nulls last`)
    .limit(1);
  return row ?? null;
}

/**
 * The network of an organisation, for its catalogue: the first of its networks (by id, i.e. the
 * oldest membership's network when ids are UUIDv7); null when it belongs to none.
 */
export async function findNetworkOfOrganization(tx: Tx, organizationId: string): Promise<string | null> {
  const [row] = await tx
    .select({ networkId: networkOrganizations.networkId })
    .from(networkOrganizations)
    .where(eq(networkOrganizations.organizationId, organizationId))
    .orderBy(asc(networkOrganizations.networkId))
    .limit(1);
  return row?.networkId ?? null;
}

export async function findEntry(
  tx: Tx,
  kind: CatalogKind,
  id: string,
  lock = false,
): Promise<CatalogueRow | null> {
  const query = tx
    .select(columns)
    .from(catalogEntries)
    .where(and(eq(catalogEntries.id, id), eq(catalogEntries.kind, kind)));
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

export type NewCatalogueRow = typeof catalogEntries.$inferInsert;

export async function insertEntry(tx: Tx, row: NewCatalogueRow): Promise<CatalogueRow> {
  const [inserted] = await tx.insert(catalogEntries).values(row).returning(columns);
  if (!inserted) throw new Error("catalogue entry not inserted");
  return inserted;
}

/** Inserts the entries whose (network, kind, code) is not there yet; returns how many were new. */
export async function insertMissingEntries(tx: Tx, rows: NewCatalogueRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await tx
    .insert(catalogEntries)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: catalogEntries.id });
  return inserted.length;
}

export type CatalogueChanges = Partial<
  Pick<
    NewCatalogueRow,
    | "labels"
    | "descriptions"
    | "cisisCode"
    | "specialCategory"
    | "levels"
    | "attributes"
    | "sortOrder"
    | "active"
  >
>;

/** Applies the changes if the row is still at `version`; null when someone changed it first. */
export async function updateEntry(
  tx: Tx,
  id: string,
  version: number,
  changes: CatalogueChanges,
): Promise<CatalogueRow | null> {
  const [row] = await tx
    .update(catalogEntries)
    .set({ ...changes, version: version + 1, updatedAt: sql`now()` })
    .where(and(eq(catalogEntries.id, id), eq(catalogEntries.version, version)))
    .returning(columns);
  return row ?? null;
}

/** Whether any assessment item recorded in this domain is special-category (run as the system). */
export async function specialDomainItemsExist(tx: Tx, domain: string): Promise<boolean> {
  const rows = await tx
    .select({ id: assessmentItems.id })
    .from(assessmentItems)
    .where(and(eq(assessmentItems.domain, domain), eq(assessmentItems.specialCategory, true)))
    .limit(1);
  return rows.length > 0;
}
