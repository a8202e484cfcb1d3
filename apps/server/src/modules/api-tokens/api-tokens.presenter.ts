import type { apiTokenCreatedSchema, apiTokenSchema, Role } from "@approdo/contracts";
import type { z } from "zod";
import type { ApiTokenRow } from "./api-tokens.repository.ts";

export type ApiToken = z.infer<typeof apiTokenSchema>;
export type ApiTokenCreated = z.infer<typeof apiTokenCreatedSchema>;

/** A token's record: never its hash. */
export function presentApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    organizationId: row.organizationId,
    // Only roles of the contract are ever written (the create schema checks them).
    role: row.role as Role,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** The only time the plaintext token leaves the server. */
export function presentCreatedApiToken(row: ApiTokenRow, token: string): ApiTokenCreated {
  return { ...presentApiToken(row), token };
}
