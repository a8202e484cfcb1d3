import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildOrganization,
  buildUser,
  createTestDatabase,
  type TestDatabase,
  testEngine,
} from "../../testing/index.ts";
import type { Actor } from "../authz/actor.ts";
import { systemActor } from "../authz/actor.ts";
import { newId } from "./ids.ts";
import { inTransaction, noMeta } from "./transaction.ts";

/**
 * Row-level security is the defence in depth behind the service layer: even a query that forgets
 * its tenant filter must not see or write another organisation's rows. These tests run raw SQL
 * inside inTransaction, exactly as every request does.
 */
let db: TestDatabase;
let orgA: string;
let orgB: string;
let usersA: string[];
let usersB: string[];
let operatorA: Actor;
let operatorB: Actor;
let adminA: Actor;

/** The SQLSTATE of a driver error, wrapped or not by Drizzle (DrizzleQueryError keeps it in `cause`). */
function sqlState(error: unknown): string | undefined {
  let e = error as { code?: unknown; cause?: unknown } | undefined;
  for (let i = 0; e && i < 5; i++) {
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

function fullMessage(error: unknown): string {
  const parts: string[] = [];
  let e = error as { message?: unknown; cause?: unknown } | undefined;
  for (let i = 0; e && i < 5; i++) {
    if (typeof e.message === "string") parts.push(e.message);
    e = e.cause as typeof e;
  }
  return parts.join(" ← ");
}

async function failure(promise: Promise<unknown>): Promise<{ code: string | undefined; message: string }> {
  try {
    await promise;
  } catch (error) {
    return { code: sqlState(error), message: fullMessage(error) };
  }
  throw new Error("expected the statement to fail, it succeeded");
}

function run<R>(actor: Actor, text: ReturnType<typeof sql>) {
  return inTransaction(db.database, actor, noMeta, async ({ tx }) => {
    const result = await tx.execute(text);
    return ((result as { rows?: R[] }).rows ?? (result as unknown as R[])) as R[];
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  orgA = (await buildOrganization(db.database)).id;
  orgB = (await buildOrganization(db.database)).id;
  usersA = [
    (await buildUser(db.database, { organizationId: orgA })).id,
    (await buildUser(db.database, { organizationId: orgA })).id,
  ];
  usersB = [(await buildUser(db.database, { organizationId: orgB })).id];
  operatorA = { kind: "user", userId: usersA[0] ?? null, organizationId: orgA, roles: ["operator"] };
  operatorB = { kind: "user", userId: usersB[0] ?? null, organizationId: orgB, roles: ["operator"] };
  adminA = { kind: "user", userId: usersA[1] ?? null, organizationId: orgA, roles: ["admin"] };
  // One audit event owned by each organisation.
  await inTransaction(db.database, systemActor, noMeta, async (ctx) => {
    ctx.audit({ action: "test.rls_a", entityType: "test", organizationId: orgA });
    ctx.audit({ action: "test.rls_b", entityType: "test", organizationId: orgB });
  });
});

afterAll(async () => {
  await db?.drop();
});

describe(`row-level security (${testEngine})`, () => {
  it("runs every transaction as app_user, which is not a superuser", async () => {
    const [row] = await run<{ user: string; superuser: boolean }>(
      operatorA,
      sql`select current_user as "user", (select rolsuper from pg_roles where rolname = current_user) as superuser`,
    );
    expect(row?.user).toBe("app_user");
    expect(row?.superuser).toBe(false);
    const [bypass] = await run<{ rolbypassrls: boolean }>(
      operatorA,
      sql`select rolbypassrls from pg_roles where rolname = current_user`,
    );
    expect(bypass?.rolbypassrls).toBe(false);
  });

  it("shows an operator of A only A's users, even with no filter in the query", async () => {
    const rows = await run<{ id: string; organization_id: string }>(operatorA, sql`select * from users`);
    expect(rows.map((r) => r.id).sort()).toEqual([...usersA].sort());
    expect(new Set(rows.map((r) => r.organization_id))).toEqual(new Set([orgA]));
    const roles = await run<{ organization_id: string }>(operatorA, sql`select * from user_roles`);
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.every((r) => r.organization_id === orgA)).toBe(true);
    // Asking for B's user by id finds nothing.
    const direct = await run(operatorA, sql`select id from users where id = ${usersB[0]}`);
    expect(direct).toEqual([]);
  });

  it("refuses to insert a user or an API token into organisation B for an actor of A", async () => {
    const user = await failure(
      run(
        operatorA,
        sql`insert into users (id, organization_id, username, display_name) values (${newId()}, ${orgB}, ${`intruder.${Date.now()}`}, 'Intruder')`,
      ),
    );
    expect(user.code).toBe("42501");
    expect(user.message).toMatch(/row-level security/i);
    const token = await failure(
      run(
        operatorA,
        sql`insert into api_tokens (id, organization_id, name, token_hash, role) values (${newId()}, ${orgB}, 'x', ${newId()}, 'operator')`,
      ),
    );
    expect(token.code).toBe("42501");
    expect(token.message).toMatch(/row-level security/i);
    // Into A it works (the policy is not simply closed).
    await run(
      operatorA,
      sql`insert into api_tokens (id, organization_id, name, token_hash, role) values (${newId()}, ${orgA}, 'ok', ${newId()}, 'operator')`,
    );
    const tokens = await run<{ organization_id: string }>(
      operatorA,
      sql`select organization_id from api_tokens`,
    );
    expect(tokens.map((r) => r.organization_id)).toEqual([orgA]);
  });

  it("neither updates nor moves rows across organisations", async () => {
    const updated = await run<{ id: string }>(
      operatorA,
      sql`update users set display_name = 'changed' where id = ${usersB[0]} returning id`,
    );
    expect(updated).toEqual([]);
    const moved = await failure(
      run(operatorA, sql`update users set organization_id = ${orgB} where id = ${usersA[0]} returning id`),
    );
    expect(moved.code).toBe("42501");
    const deleted = await run<{ id: string }>(
      operatorA,
      sql`delete from user_roles where user_id = ${usersB[0]} returning user_id as id`,
    );
    expect(deleted).toEqual([]);
  });

  it("shows an administrator (scope 'all') both organisations", async () => {
    const rows = await run<{ id: string; organization_id: string }>(adminA, sql`select * from users`);
    const ids = rows.map((r) => r.id);
    for (const id of [...usersA, ...usersB]) expect(ids).toContain(id);
    expect(new Set(rows.map((r) => r.organization_id))).toEqual(new Set([orgA, orgB]));
  });

  it("lets an actor of A read A's audit events but not B's, and an administrator read both", async () => {
    const mine = await run<{ action: string }>(
      operatorA,
      sql`select action from audit_events where action like 'test.rls_%'`,
    );
    expect(mine.map((r) => r.action)).toEqual(["test.rls_a"]);
    const theirs = await run<{ action: string }>(
      operatorB,
      sql`select action from audit_events where action like 'test.rls_%'`,
    );
    expect(theirs.map((r) => r.action)).toEqual(["test.rls_b"]);
    const all = await run<{ action: string }>(
      adminA,
      sql`select action from audit_events where action like 'test.rls_%' order by seq`,
    );
    expect(all.map((r) => r.action)).toEqual(["test.rls_a", "test.rls_b"]);
    // Organisation-less events (e.g. failed sign-ins of unknown users) are for administrators only.
    await inTransaction(db.database, systemActor, noMeta, async (ctx) => {
      ctx.audit({ action: "test.rls_none", entityType: "test", organizationId: null });
    });
    expect(await run(operatorA, sql`select 1 from audit_events where action = 'test.rls_none'`)).toEqual([]);
    expect(await run(adminA, sql`select 1 from audit_events where action = 'test.rls_none'`)).toHaveLength(1);
  });

  it("forbids app_user to UPDATE or DELETE audit events, even with scope 'all'", async () => {
    for (const actor of [adminA, operatorA, systemActor]) {
      const update = await failure(run(actor, sql`update audit_events set action = 'rewritten'`));
      expect(update.code).toBe("42501");
      expect(update.message).toMatch(/permission denied/i);
      const del = await failure(run(actor, sql`delete from audit_events`));
      expect(del.code).toBe("42501");
      expect(del.message).toMatch(/permission denied/i);
      const truncate = await failure(run(actor, sql`truncate audit_events`));
      expect(truncate.code).toBe("42501");
    }
    const { rows } = await db.database.raw.query<{ n: number }>(
      "select count(*)::int as n from audit_events where action = 'rewritten'",
    );
    expect(rows[0]?.n).toBe(0);
  });
});
