import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testEngine } from "../../testing/index.ts";
import { type Actor, systemActor } from "../authz/actor.ts";
import { inTransaction, noMeta } from "../db/transaction.ts";
import { verifyAuditChain } from "./audit.repository.ts";

/**
 * The audit trail is a hash chain: every row's hash covers the previous hash and the row's
 * content. The application may only append (RLS test); these tests tamper as the connection's
 * own role — what someone with direct database access could do — and check verification names
 * the first broken row.
 */
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

async function head() {
  const { rows } = await db.database.raw.query<{ seq: string | number; hash: string }>(
    "select seq, hash from audit_head where id = 1",
  );
  return { seq: Number(rows[0]?.seq), hash: rows[0]?.hash };
}

async function seqs(): Promise<number[]> {
  const { rows } = await db.database.raw.query<{ seq: string | number }>(
    "select seq from audit_events order by seq",
  );
  return rows.map((r) => Number(r.seq));
}

const verify = () => verifyAuditChain(db.database.db);

describe(`audit hash chain (${testEngine})`, () => {
  it("verifies an untouched chain written through inTransaction", async () => {
    const operator: Actor = { kind: "user", userId: null, organizationId: null, roles: ["operator"] };
    await inTransaction(db.database, systemActor, noMeta, async (ctx) => {
      ctx.audit({ action: "test.one", entityType: "test", entityId: "1" });
      ctx.audit({
        action: "test.two",
        entityType: "test",
        entityId: "2",
        details: { b: 2, a: [1, { z: 1, y: 2 }] },
      });
    });
    await inTransaction(db.database, operator, { ip: "203.0.113.7", requestId: "req-1" }, async (ctx) => {
      ctx.audit({ action: "test.three", entityType: "test", details: { nested: { when: "x", n: 1.5 } } });
    });
    // A value with toJSON (a Date) is stored by jsonb as its JSON form and must hash the same way.
    await inTransaction(db.database, systemActor, noMeta, async (ctx) => {
      ctx.audit({
        action: "test.four",
        entityType: "test",
        details: { at: new Date("2025-01-02T03:04:05.678Z") },
      });
      ctx.audit({
        action: "test.five",
        entityType: "test",
        details: { unicode: "مرحبا — Привет", empty: {} },
      });
    });
    // Nothing to audit: nothing appended.
    await inTransaction(db.database, systemActor, noMeta, async () => undefined);
    const result = await verify();
    expect(result).toEqual({ ok: true, checked: 5, firstBroken: null });
    expect(await seqs()).toEqual([1, 2, 3, 4, 5]);
    expect((await head()).seq).toBe(5);
  });

  it("does not append events of a transaction that rolls back", async () => {
    await expect(
      inTransaction(db.database, systemActor, noMeta, async (ctx) => {
        ctx.audit({ action: "test.rolled_back", entityType: "test" });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect((await verify()).checked).toBe(5);
    expect((await head()).seq).toBe(5);
  });

  it("names the row whose content was changed, and is intact again once it is restored", async () => {
    await db.database.raw.query("update audit_events set action = 'x' where seq = 2");
    const broken = await verify();
    expect(broken.ok).toBe(false);
    expect(broken.checked).toBe(1);
    expect(broken.firstBroken).toEqual({ seq: 2, reason: "content does not match its hash" });
    await db.database.raw.query("update audit_events set action = 'test.two' where seq = 2");
    expect((await verify()).ok).toBe(true);
  });

  it("detects a change of the details, the time or the IP address", async () => {
    const tamperings = [
      "update audit_events set details = jsonb_set(details, '{b}', '3') where seq = 2",
      "update audit_events set occurred_at = occurred_at + interval '1 second' where seq = 3",
      "update audit_events set ip = '198.51.100.1' where seq = 3",
    ];
    for (const statement of tamperings) {
      const { rows } = await db.database.raw.query<Record<string, unknown>>(
        "select details, occurred_at, ip from audit_events where seq in (2, 3) order by seq",
      );
      await db.database.raw.query(statement);
      const result = await verify();
      expect(result.ok).toBe(false);
      expect([2, 3]).toContain(result.firstBroken?.seq);
      // Put the original values back.
      await db.database.raw.query("update audit_events set details = $1::jsonb where seq = 2", [
        JSON.stringify(rows[0]?.details),
      ]);
      await db.database.raw.query("update audit_events set occurred_at = $1, ip = $2 where seq = 3", [
        rows[1]?.occurred_at,
        rows[1]?.ip,
      ]);
      expect((await verify()).ok).toBe(true);
    }
  });

  it("detects a deleted row in the middle and at the end of the chain", async () => {
    await db.database.raw.exec(
      "create table audit_copy as select * from audit_events where seq in (3, 5); delete from audit_events where seq = 3",
    );
    const middle = await verify();
    expect(middle.ok).toBe(false);
    expect(middle.firstBroken).toEqual({ seq: 3, reason: "row 3 is missing" });

    await db.database.raw.exec(
      "insert into audit_events select * from audit_copy where seq = 3; delete from audit_events where seq = 5",
    );
    const tail = await verify();
    expect(tail.ok).toBe(false);
    expect(tail.firstBroken?.seq).toBe(5);
    expect(tail.firstBroken?.reason).toMatch(/ends at 4 but its head says 5/);

    await db.database.raw.exec(
      "insert into audit_events select * from audit_copy where seq = 5; drop table audit_copy",
    );
    expect(await verify()).toEqual({ ok: true, checked: 5, firstBroken: null });
  });

  it("detects a row whose hash was recomputed to hide a change (the next link breaks)", async () => {
    const { rows } = await db.database.raw.query<{ hash: string }>(
      "select hash from audit_events where seq = 2",
    );
    await db.database.raw.query("update audit_events set hash = repeat('a', 64) where seq = 2");
    const result = await verify();
    expect(result.firstBroken?.seq).toBe(2);
    await db.database.raw.query("update audit_events set hash = $1 where seq = 2", [rows[0]?.hash]);
    expect((await verify()).ok).toBe(true);
  });

  it("keeps one gap-free chain under 10 concurrent writers", async () => {
    const before = (await head()).seq;
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        inTransaction(db.database, systemActor, { ip: null, requestId: `w${i}` }, async (ctx) => {
          // A little work before the append, so the transactions really overlap on PostgreSQL.
          await ctx.tx.execute(sql`select pg_sleep(0.01)`);
          ctx.audit({ action: "test.concurrent", entityType: "test", entityId: String(i) });
          ctx.audit({ action: "test.concurrent", entityType: "test", entityId: `${i}b` });
        }),
      ),
    );
    const all = await seqs();
    expect(all).toEqual(Array.from({ length: before + 20 }, (_, i) => i + 1));
    expect((await head()).seq).toBe(before + 20);
    expect(await verify()).toEqual({ ok: true, checked: before + 20, firstBroken: null });
    // The two events of one transaction are adjacent: appends of different writers never interleave.
    const { rows } = await db.database.raw.query<{ seq: string | number; request_id: string }>(
      "select seq, request_id from audit_events where action = 'test.concurrent' order by seq",
    );
    for (let i = 0; i < rows.length; i += 2) expect(rows[i]?.request_id).toBe(rows[i + 1]?.request_id);
  });

  it("walks the chain in batches", async () => {
    const small = await verifyAuditChain(db.database.db, 3);
    expect(small.ok).toBe(true);
    expect(small.checked).toBe((await head()).seq);
  });
});
