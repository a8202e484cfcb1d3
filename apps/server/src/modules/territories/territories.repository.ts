import { and, asc, inArray, like, type SQL, sql } from "drizzle-orm";
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
  sortName: string;
}

const sortName = sql<string>`lower(${territories.name})`;

/** Digits match the ISTAT code by prefix, anything else the name by prefix; ordered by (lower(name), code). */
export async function searchTerritories(
  tx: Tx,
  options: { q?: string | undefined; after: readonly [string, string] | null; limit: number },
): Promise<TerritoryRow[]> {
  const where: SQL[] = [];
  const q = options.q?.trim();
  if (q && /^\d+$/.test(q)) where.push(like(territories.istatCode, `${escapeLike(q)}%`));
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
      sortName,
    })
    .from(territories)
    .where(and(...where))
    .orderBy(sortName, asc(territories.istatCode))
    .limit(options.limit + 1);
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
