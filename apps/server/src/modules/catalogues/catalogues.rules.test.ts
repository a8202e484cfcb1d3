import {
  catalogKinds,
  defaultAssessmentDomains,
  defaultClosureOutcomes,
  vulnerabilityCatalogue,
} from "@approdo/contracts";
import { describe, expect, it } from "vitest";
import { defaultCatalogueEntries } from "./catalogues.defaults.ts";
import { attributesWith, defaultDurationOf, kindFieldProblem } from "./catalogues.rules.ts";

const levels = { "0": { it: "a" }, "1": { it: "b" }, "2": { it: "c" }, "3": { it: "d" } };

describe("kind-specific fields", () => {
  it.each([
    ["assessment_domain", { levels }, true, null],
    ["assessment_domain", {}, true, "levels"],
    ["assessment_domain", { levels: null }, false, "levels"],
    ["assessment_domain", {}, false, null],
    ["assessment_domain", { levels, defaultDurationMinutes: 30 }, true, "defaultDurationMinutes"],
    ["assessment_domain", { levels, cisisCode: "A1" }, true, "cisisCode"],
    ["service_type", { defaultDurationMinutes: 30, cisisCode: "A1" }, true, null],
    ["service_type", { levels }, true, "levels"],
    ["closure_outcome", {}, true, null],
    ["closure_outcome", { defaultDurationMinutes: 10 }, false, "defaultDurationMinutes"],
    ["vulnerability", { cisisCode: null, defaultDurationMinutes: null, levels: null }, true, null],
  ] as const)("%s %o (creating %s): problem with %s", (kind, fields, creating, field) => {
    expect(kindFieldProblem(kind, fields, creating)?.field ?? null).toBe(field);
  });

  it("keeps other attributes when the default duration changes", () => {
    expect(attributesWith({ x: 1, defaultDurationMinutes: 30 }, 45)).toEqual({
      x: 1,
      defaultDurationMinutes: 45,
    });
    expect(attributesWith({ x: 1, defaultDurationMinutes: 30 }, null)).toEqual({ x: 1 });
    expect(defaultDurationOf({ defaultDurationMinutes: 45 })).toBe(45);
    expect(defaultDurationOf({})).toBeNull();
    expect(defaultDurationOf(null)).toBeNull();
  });
});

describe("default catalogues", () => {
  const of = (kind: string) => defaultCatalogueEntries.filter((e) => e.kind === kind);

  it("has entries of every kind, each code once per kind, Italian, English, French and Arabic labels", () => {
    for (const kind of catalogKinds) {
      const codes = of(kind).map((e) => e.code);
      expect(codes.length).toBeGreaterThan(0);
      expect(new Set(codes).size).toBe(codes.length);
    }
    for (const e of defaultCatalogueEntries) {
      expect(Object.keys(e.labels).sort()).toEqual(["ar", "en", "fr", "it"]);
      expect(kindFieldProblem(e.kind, e, true)).toBeNull();
    }
  });

  it("lists the assessment domains and closure outcomes of the contracts, special flags included", () => {
    expect(of("assessment_domain").map((e) => [e.code, e.specialCategory])).toEqual(
      defaultAssessmentDomains.map((d) => [d.code, d.special]),
    );
    expect(
      of("assessment_domain")
        .filter((e) => e.specialCategory)
        .map((e) => e.code),
    ).toEqual(["health", "mental_health_addiction"]);
    for (const d of of("assessment_domain")) {
      expect(Object.keys(d.levels ?? {})).toEqual(["0", "1", "2", "3"]);
      for (const level of Object.values(d.levels ?? {})) expect(level.en).toBeTruthy();
    }
    expect(of("closure_outcome").map((e) => e.code)).toEqual([...defaultClosureOutcomes]);
  });

  it("mirrors the people module's vulnerability codes and special flags", () => {
    expect(of("vulnerability").map((e) => [e.code, e.specialCategory])).toEqual(
      vulnerabilityCatalogue.map((v) => [v.code, v.specialCategory]),
    );
  });

  it("has the service types of the issue, with a default duration and CISIS codes only where justified", () => {
    const codes = of("service_type").map((e) => e.code);
    for (const code of [
      "orientation",
      "legal_advice",
      "psychological_support",
      "cultural_mediation",
      "health_accompaniment",
      "school_enrolment",
      "housing_placement",
      "rent_support",
      "civic_engagement_placement",
      "language_course",
      "workshop",
      "job_orientation",
      "social_secretariat",
      "home_visit",
    ]) {
      expect(codes).toContain(code);
    }
    const cisis = of("service_type")
      .filter((e) => e.cisisCode !== null)
      .map((e) => e.cisisCode);
    expect(new Set(cisis)).toEqual(new Set(["A1", "A2"]));
    expect(of("service_type").find((e) => e.code === "orientation")?.defaultDurationMinutes).toBe(30);
  });
});
