import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ChainedFields, canonicalJson, chainHash, GENESIS_HASH } from "./hash-chain.ts";

describe("canonicalJson", () => {
  it("does not depend on the order of object keys, at any depth", () => {
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
    expect(canonicalJson({ x: { d: [1, { z: 0, y: null }], c: "é" }, w: true })).toBe(
      canonicalJson({ w: true, x: { c: "é", d: [1, { y: null, z: 0 }] } }),
    );
  });

  it("keeps the order of array elements (it is meaningful)", () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it("tells values of different types apart", () => {
    const values = [null, 0, "0", false, "false", [], {}, [null], { a: null }, "null"];
    expect(new Set(values.map(canonicalJson)).size).toBe(values.length);
  });

  it("drops undefined properties and serialises like JSON.stringify (Dates as ISO strings)", () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(canonicalJson(undefined)).toBe("null");
    expect(canonicalJson([undefined])).toBe("[null]");
    expect(canonicalJson({ at: new Date("2025-01-02T03:04:05.678Z") })).toBe(
      '{"at":"2025-01-02T03:04:05.678Z"}',
    );
  });

  it("gives the same text for any value and its JSON round trip with shuffled keys (what jsonb returns)", () => {
    const shuffle = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(shuffle);
      if (v && typeof v === "object")
        return Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .reverse()
            .map(([k, x]) => [k, shuffle(x)]),
        );
      return v;
    };
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const roundTripped = shuffle(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(roundTripped)).toBe(canonicalJson(value));
      }),
    );
  });
});

describe("chainHash", () => {
  const row: ChainedFields = {
    seq: 1,
    id: "0190f3a2-0000-7000-8000-000000000001",
    occurredAt: new Date("2025-01-02T03:04:05.678Z"),
    actorUserId: null,
    actorOrganizationId: null,
    organizationId: "0190f3a2-0000-7000-8000-0000000000aa",
    action: "case.create",
    entityType: "case",
    entityId: "42",
    ip: "203.0.113.7",
    requestId: "req-1",
    details: { b: 1, a: [1, 2] },
  };

  it("is a sha256 hex digest, stable across key order of the details", () => {
    const h = chainHash(GENESIS_HASH, row);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(GENESIS_HASH, { ...row, details: { a: [1, 2], b: 1 } })).toBe(h);
  });

  it("changes with the previous hash and with every field of the row", () => {
    const h = chainHash(GENESIS_HASH, row);
    expect(chainHash("1".repeat(64), row)).not.toBe(h);
    const changes: Partial<ChainedFields>[] = [
      { seq: 2 },
      { id: "0190f3a2-0000-7000-8000-000000000002" },
      { occurredAt: new Date("2025-01-02T03:04:05.679Z") },
      { actorUserId: "0190f3a2-0000-7000-8000-0000000000bb" },
      { actorOrganizationId: "0190f3a2-0000-7000-8000-0000000000cc" },
      { organizationId: null },
      { action: "case.update" },
      { entityType: "person" },
      { entityId: null },
      { ip: null },
      { requestId: "req-2" },
      { details: { b: 1, a: [2, 1] } },
    ];
    for (const change of changes) expect(chainHash(GENESIS_HASH, { ...row, ...change })).not.toBe(h);
  });
});
