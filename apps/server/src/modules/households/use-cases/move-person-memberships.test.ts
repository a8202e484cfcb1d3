import { describe, expect, it } from "vitest";
import { decodeStep, encodeStep, type MergeStep } from "./move-person-memberships.ts";

const id = "0194d7a1-8a0b-7000-8000-000000000001";

describe("merge steps of household memberships", () => {
  it.each<[string, MergeStep, string]>([
    ["a moved row is its bare id", { kind: "moved", id }, id],
    ["a closed membership", { kind: "closed", id, wasReference: false }, `closed:${id}`],
    ["a closed reference membership", { kind: "closed", id, wasReference: true }, `closed-reference:${id}`],
    ["a reference flag handed over", { kind: "reference", id }, `reference:${id}`],
  ])("%s round-trips", (_case, step, encoded) => {
    expect(encodeStep(step)).toBe(encoded);
    expect(decodeStep(encoded)).toEqual(step);
  });
});
