import type { User } from "@approdo/contracts";
import type { UserRow } from "./users.repository.ts";

/** The JSON of a user account. Password hashes, TOTP secrets and lock-out counters never leave the server. */
export function presentUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    roles: row.roles,
    locale: row.locale === "en" ? "en" : "it",
    active: row.active,
    totpEnabled: row.totpEnabled,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
