import { caseStates } from "@approdo/contracts";
import { describe, expect, it } from "vitest";
import {
  assertTransition,
  checkOutcome,
  closureOutcomes,
  formatReference,
  milestonesFor,
} from "./cases.rules.ts";

describe("case rules", () => {
  it("formats references per year with six digits", () => {
    expect(formatReference("2026", 123)).toBe("2026-000123");
  });

  it.each([
    ["referred", "assessment", true],
    ["assessment", "active", true],
    ["active", "monitoring", true],
    ["monitoring", "closed", true],
    ["monitoring", "active", true],
    ["closed", "assessment", true],
    ["referred", "monitoring", false],
    ["referred", "active", false],
    ["closed", "active", false],
    ["closed", "closed", false],
  ] as const)("%s → %s allowed: %s", (from, to, ok) => {
    if (ok) expect(() => assertTransition(from, to)).not.toThrow();
    else
      expect(() => assertTransition(from, to)).toThrow(
        expect.objectContaining({ code: "ILLEGAL_TRANSITION" }),
      );
  });

  it("names the allowed targets of an illegal transition", () => {
    try {
      assertTransition("referred", "monitoring");
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({
        details: { from: "referred", to: "monitoring", allowed: ["assessment", "closed"] },
      });
    }
  });

  it("every state can reach closed or is closed", () => {
    for (const s of caseStates) if (s !== "closed") expect(() => assertTransition(s, "closed")).not.toThrow();
  });

  it("needs a catalogue outcome to close, and none otherwise", () => {
    const allowed = closureOutcomes([]);
    expect(allowed).toContain("autonomy_reached");
    expect(() => checkOutcome("closed", "autonomy_reached", allowed)).not.toThrow();
    expect(() => checkOutcome("closed", undefined, allowed)).toThrow(
      expect.objectContaining({ code: "VALIDATION_FAILED" }),
    );
    expect(() => checkOutcome("closed", "bogus", allowed)).toThrow(
      expect.objectContaining({ code: "VALIDATION_FAILED" }),
    );
    expect(() => checkOutcome("active", "other", allowed)).toThrow(
      expect.objectContaining({ code: "VALIDATION_FAILED" }),
    );
    expect(closureOutcomes(["custom"])).toEqual(["custom"]);
  });

  it("sets first-reach milestones once and clears closure on reopening", () => {
    const at = new Date("2026-01-02T10:00:00Z");
    const earlier = new Date("2025-12-01T10:00:00Z");
    expect(milestonesFor("assessment", at, { assessmentAt: null, activeAt: null }, null)).toEqual({
      assessmentAt: at,
      closedAt: null,
      outcome: null,
    });
    expect(milestonesFor("assessment", at, { assessmentAt: earlier, activeAt: null }, null)).toEqual({
      closedAt: null,
      outcome: null,
    });
    expect(milestonesFor("closed", at, { assessmentAt: earlier, activeAt: earlier }, "other")).toEqual({
      closedAt: at,
      outcome: "other",
    });
  });
});
