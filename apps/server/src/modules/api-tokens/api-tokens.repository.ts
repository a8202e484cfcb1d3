import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import { apiTokens, organizations } from "../../platform/db/schema.ts";

export interface ApiTokenRow {
  id: string;
  name: string;
  organizationId: string;
  role: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

/** Never the hash: it is only ever compared, by the authentication hook. */
const tokenColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  organizationId: apiTokens.organizationId,
  role: apiTokens.role,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  expiresAt: apiTokens.expiresAt,
  revokedAt: apiTokens.revokedAt,
};

/** Newest first (ids are UUIDv7, so id order is creation order); `limit + 1` rows. */
export async function listApiTokens(
  tx: Tx,
  filter: { organizationId?: string },
  beforeId: string | null,
  limit: number,
): Promise<ApiTokenRow[]> {
  const where: SQL[] = [];
  if (filter.organizationId) where.push(eq(apiTokens.organizationId, filter.organizationId));
  if (beforeId) where.push(lt(apiTokens.id, beforeId));
  return tx
    .select(tokenColumns)
    .from(apiTokens)
    .where(and(...where))
    .orderBy(desc(apiTokens.id))
    .limit(limit + 1);
}

export async function findApiTokenById(tx: Tx, id: string): Promise<ApiTokenRow | null> {
  const [row] = await tx.select(tokenColumns).from(apiTokens).where(eq(apiTokens.id, id));
  return row ?? null;
}

export async function organizationExists(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id));
  return rows.length > 0;
}

export interface NewApiToken {
  id: string;
  name: string;
  organizationId: string;
  role: string;
  tokenHash: string;
  createdBy: string | null;
  expiresAt: Date | null;
}

export async function insertApiToken(tx: Tx, token: NewApiToken): Promise<ApiTokenRow> {
  const [row] = await tx.insert(apiTokens).values(token).returning(tokenColumns);
  if (!row) throw new Error("insert into api_tokens returned no row");
  return row;
}

export async function revokeApiToken(tx: Tx, id: string, at: Date): Promise<ApiTokenRow | null> {
  const [row] = await tx
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(eq(apiTokens.id, id))
    .returning(tokenColumns);
  return row ?? null;
}
