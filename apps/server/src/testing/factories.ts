import { systemActor } from "../platform/authz/actor.ts";
import type { Role } from "../platform/authz/roles.ts";
import type { Database } from "../platform/db/database.ts";
import { newId } from "../platform/db/ids.ts";
import { organizations, territories, userRoles, users } from "../platform/db/schema.ts";
import { inTransaction, noMeta } from "../platform/db/transaction.ts";
import { hashPassword } from "../platform/security/passwords.ts";
import { encryptSecret } from "../platform/security/secrets.ts";
import { TEST_SECRET_KEY } from "./test-app.ts";

export const TEST_PASSWORD = "correct horse battery staple";
export const TEST_TOTP_SECRET = "JBSWY3DPEHPK3PXP";
let passwordHash: Promise<string> | null = null;
let counter = 0;

function unique(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}`;
}

export async function buildTerritory(database: Database, istatCode = "082053", name = "Palermo") {
  await inTransaction(database, systemActor, noMeta, ({ tx }) =>
    tx
      .insert(territories)
      .values({ istatCode, name, province: "PA", region: "Sicilia" })
      .onConflictDoNothing(),
  );
  return istatCode;
}

export async function buildOrganization(
  database: Database,
  overrides: Partial<typeof organizations.$inferInsert> = {},
) {
  const istatCode = await buildTerritory(database);
  const row = { id: newId(), name: unique("Comune di Test "), type: "municipality", istatCode, ...overrides };
  await inTransaction(database, systemActor, noMeta, ({ tx }) => tx.insert(organizations).values(row));
  return row;
}

export interface BuiltUser {
  id: string;
  username: string;
  organizationId: string;
  roles: Role[];
  password: string;
  totpSecret: string | undefined;
}

/** A user with a known password; roles that require two-factor get the test TOTP secret enrolled. */
export async function buildUser(
  database: Database,
  options: {
    organizationId?: string;
    roles?: Role[];
    username?: string;
    totp?: boolean;
    active?: boolean;
  } = {},
): Promise<BuiltUser> {
  const organizationId = options.organizationId ?? (await buildOrganization(database)).id;
  const roles = options.roles ?? ["operator"];
  const totp =
    options.totp ??
    roles.some((r) => ["admin", "dpo", "case_manager", "psychologist", "legal_advisor"].includes(r));
  const username = options.username ?? unique("user.");
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const id = newId();
  await inTransaction(database, systemActor, noMeta, async ({ tx }) => {
    await tx.insert(users).values({
      id,
      organizationId,
      username,
      displayName: `Test ${username}`,
      passwordHash: await passwordHash,
      totpEnabled: totp,
      totpSecretEnc: totp ? encryptSecret(Buffer.from(TEST_SECRET_KEY, "base64"), TEST_TOTP_SECRET) : null,
      active: options.active ?? true,
    });
    if (roles.length)
      await tx.insert(userRoles).values(roles.map((role) => ({ userId: id, organizationId, role })));
  });
  return {
    id,
    username,
    organizationId,
    roles,
    password: TEST_PASSWORD,
    totpSecret: totp ? TEST_TOTP_SECRET : undefined,
  };
}
