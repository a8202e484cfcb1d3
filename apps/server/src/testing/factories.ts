import type { PersonCreate } from "@approdo/contracts";
import { createPeopleBulk } from "../modules/people/index.ts";
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

/** Letters only (digits separate words in the name index): "Kabedo", "Lufira"… distinct per call. */
function uniqueSurname(): string {
  counter += 1;
  const syllables = ["ka", "lu", "mo", "ri", "ta", "be", "do", "fi", "ne", "so", "gu", "pe"];
  let n = counter * 7919 + (Date.now() % 100_000);
  let out = "";
  for (let i = 0; i < 4; i++) {
    out += syllables[n % syllables.length];
    n = Math.floor(n / syllables.length);
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/**
 * A person registered through the people module's own bulk create (same checks and name index as
 * the API), as the system, in `organizationId` (a new organisation when omitted).
 */
export async function buildPerson(
  database: Database,
  options: Partial<PersonCreate> & { organizationId?: string } = {},
): Promise<PersonCreate & { id: string; organizationId: string }> {
  const { organizationId: orgId, ...overrides } = options;
  const organizationId = orgId ?? (await buildOrganization(database)).id;
  const input: PersonCreate = {
    givenName: "Amina",
    familyName: uniqueSurname(),
    sex: "female",
    ...overrides,
  };
  const [id] = await inTransaction(database, systemActor, noMeta, (ctx) =>
    createPeopleBulk(ctx, organizationId, [input]),
  );
  if (!id) throw new Error("buildPerson created nobody");
  return { ...input, id, organizationId };
}
