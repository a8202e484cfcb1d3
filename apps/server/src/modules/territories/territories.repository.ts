import { and, asc, eq, inArray, like, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import { networkOrganizations, networks, territories } from "../../platform/db/schema.ts";

/** `%`, `_` and `\` typed by a user are literal characters, not LIKE wildcards. */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}

export interface TerritoryRow {
  istatCode: string;
  name: string;
  province: string;
  region: string;
  belfioreCode: string | null;
  sortName: string;
}

const sortName = sql<string>`lower(${territories.name})`;

/**
 * Digits match the ISTAT code by prefix, a letter and three digits the cadastral code, anything else
 * the name by prefix; ordered by (lower(name), code).
 */
export async function searchTerritories(
  tx: Tx,
  options: { q?: string | undefined; after: readonly [string, string] | null; limit: number },
): Promise<TerritoryRow[]> {
  const where: SQL[] = [];
  const q = options.q?.trim();
  if (q && /^\d+$/.test(q)) where.push(like(territories.istatCode, `${escapeLike(q)}%`));
  else if (q && /^[a-z]\d{3}$/i.test(q)) where.push(eq(territories.belfioreCode, q.toUpperCase()));
  else if (q) where.push(sql`${sortName} like ${`${escapeLike(q.toLowerCase())}%`}`);
  if (options.after) {
    const [name, code] = options.after;
    where.push(sql`(${sortName}, ${territories.istatCode}) > (${name}, ${code})`);
  }
  return tx
    .select({
      istatCode: territories.istatCode,
      name: territories.name,
      province: territories.province,
      region: territories.region,
      belfioreCode: territories.belfioreCode,
      sortName,
    })
    .from(territories)
    .where(and(...where))
    .orderBy(sortName, asc(territories.istatCode))
    .limit(options.limit + 1);
}

export interface TerritoryRecord {
  istatCode: string;
  name: string;
  province: string;
  region: string;
  belfioreCode: string | null;
}

/** One line per territory, in ISTAT code order: the text whose md5 fingerprints a list of territories. */
export function territoriesFingerprintText(records: readonly TerritoryRecord[]): string {
  return [...records]
    .sort((a, b) => (a.istatCode < b.istatCode ? -1 : a.istatCode > b.istatCode ? 1 : 0))
    .map((r) => [r.istatCode, r.name, r.province, r.region, r.belfioreCode ?? ""].join("|"))
    .join("\n");
}

/**
 * How many of `codes` are in the table, and the md5 of their rows as `territoriesFingerprintText`
 * writes them: one cheap query tells whether the table already holds exactly these rows. Other rows
 * (municipalities merged away but still referenced, test rows) are ignored.
 */
export async function territoriesFingerprint(
  tx: Tx,
  codes: readonly string[],
): Promise<{ count: number; md5: string }> {
  const line = sql`${territories.istatCode} || '|' || ${territories.name} || '|' || ${territories.province} || '|' || ${territories.region} || '|' || coalesce(${territories.belfioreCode}, '')`;
  const [row] = await tx
    .select({
      count: sql<number>`count(*)::int`,
      md5: sql<string>`md5(coalesce(string_agg(${line}, E'\n' order by ${territories.istatCode}), ''))`,
    })
    .from(territories)
    .where(sql`${territories.istatCode} = any(string_to_array(${codes.join(",")}, ','))`);
  return { count: row?.count ?? 0, md5: row?.md5 ?? "" };
}

/**
 * Inserts the territories, or updates those that differ (ISTAT code is the key), in one statement: the
 * rows travel as one JSON parameter, several times faster than thousands of bound values.
 */
export async function upsertTerritories(tx: Tx, records: readonly TerritoryRecord[]): Promise<void> {
  if (records.length === 0) return;
  const rows = JSON.stringify(
    records.map((r) => ({ c: r.istatCode, n: r.name, p: r.province, r: r.region, b: r.belfioreCode })),
  );
  await tx.execute(sql`
    insert into ${territories} (istat_code, name, province, region, belfiore_code)
    select c, n, p, r, b from json_to_recordset(${rows}::json) as x(c text, n text, p text, r text, b text)
    on conflict (istat_code) do update
      set name = excluded.name, province = excluded.province, region = excluded.region,
          belfiore_code = excluded.belfiore_code
      where (${territories.name}, ${territories.province}, ${territories.region}, ${territories.belfioreCode})
        is distinct from (excluded.name, excluded.province, excluded.region, excluded.belfiore_code)`);
}

/** The codes among `codes` that are not known territories. */
export async function findMissingTerritories(tx: Tx, codes: readonly string[]): Promise<string[]> {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) return [];
  const rows = await tx
    .select({ istatCode: territories.istatCode })
    .from(territories)
    .where(inArray(territories.istatCode, wanted));
  const found = new Set(rows.map((r) => r.istatCode));
  return wanted.filter((c) => !found.has(c));
}

export interface NetworkRow {
  id: string;
  name: string;
  description: string;
  organizationIds: string[];
  sortName: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const networkSortName = sql<string>`lower(${networks.name})`;

/** Networks are few (one per programme); ordered by (lower(name), id). */
export async function listNetworks(
  tx: Tx,
  options: { after: readonly [string, string] | null; limit: number },
): Promise<NetworkRow[]> {
  const organizationIds = sql<
    string[]
  >`coalesce((select array_agg(${networkOrganizations.organizationId}::text order by ${networkOrganizations.organizationId}) from ${networkOrganizations} where ${networkOrganizations.networkId} = ${networks.id}), '{}'::text[])`;
  const after = options.after;
  return tx
    .select({
      id: networks.id,
      name: networks.name,
      description: networks.description,
      organizationIds,
      sortName: networkSortName,
      version: networks.version,
      createdAt: networks.createdAt,
      updatedAt: networks.updatedAt,
    })
    .from(networks)
    .where(after ? sql`(${networkSortName}, ${networks.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined)
    .orderBy(networkSortName, asc(networks.id))
    .limit(options.limit + 1);
}

/** The ids among `ids` that are not known networks. */
export async function findMissingNetworks(tx: Tx, ids: readonly string[]): Promise<string[]> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  const rows = await tx.select({ id: networks.id }).from(networks).where(inArray(networks.id, wanted));
  const found = new Set(rows.map((r) => r.id));
  return wanted.filter((id) => !found.has(id));
}
