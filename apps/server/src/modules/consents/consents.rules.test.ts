import { dataCategories } from "@approdo/contracts";
import { describe, expect, it } from "vitest";
import {
  type ConsentTerms,
  coverageOn,
  coversCategory,
  coversRequest,
  givenOnProblem,
  isActiveOn,
  type ReceiveRequest,
  withdrawnOnProblem,
} from "./consents.rules.ts";

const ASL = "org-asl";
const COOP = "org-coop";

const referral: ConsentTerms = {
  purpose: "referral",
  organizationIds: [ASL, COOP],
  dataCategories: [],
  givenOn: "2025-03-10",
  withdrawnOn: null,
};

const ask: ReceiveRequest = {
  organizationId: ASL,
  purpose: "referral",
  dataCategory: "identity",
  at: "2025-04-01",
};

describe("coversRequest", () => {
  it.each<[string, Partial<ConsentTerms>, Partial<ReceiveRequest>, boolean]>([
    ["a listed organisation, a plain category, the consent in force", {}, {}, true],
    ["the other listed organisation", {}, { organizationId: COOP }, true],
    ["an organisation the consent does not list", {}, { organizationId: "org-other" }, false],
    ["another purpose", {}, { purpose: "data_sharing" }, false],
    ["the day the consent was given", {}, { at: "2025-03-10" }, true],
    ["the day before it was given", {}, { at: "2025-03-09" }, false],
    ["the day before the withdrawal", { withdrawnOn: "2025-05-01" }, { at: "2025-04-30" }, true],
    ["the day of the withdrawal", { withdrawnOn: "2025-05-01" }, { at: "2025-05-01" }, false],
    ["after the withdrawal", { withdrawnOn: "2025-05-01" }, { at: "2026-01-01" }, false],
    ["health with no category listed (special: never implied)", {}, { dataCategory: "health" }, false],
    ["mental health with no category listed", {}, { dataCategory: "mental_health" }, false],
    ["addiction with no category listed", {}, { dataCategory: "addiction" }, false],
    ["trafficking with no category listed", {}, { dataCategory: "trafficking" }, false],
    ["torture with no category listed", {}, { dataCategory: "torture" }, false],
    ["every non-special category with none listed", {}, { dataCategory: "legal" }, true],
    ["health when listed", { dataCategories: ["identity", "health"] }, { dataCategory: "health" }, true],
    [
      "a listed plain category",
      { dataCategories: ["identity", "health"] },
      { dataCategory: "identity" },
      true,
    ],
    [
      "a plain category not listed when some are",
      { dataCategories: ["identity", "health"] },
      { dataCategory: "housing" },
      false,
    ],
    [
      "mental health when only health is listed",
      { dataCategories: ["health"] },
      { dataCategory: "mental_health" },
      false,
    ],
    ["a consent listing no organisation", { organizationIds: [] }, {}, false],
  ])("%s → %s", (_case, consent, request, expected) => {
    expect(coversRequest({ ...referral, ...consent }, { ...ask, ...request })).toBe(expected);
  });
});

describe("coversCategory", () => {
  it("implies exactly the seven non-special categories when none is listed", () => {
    expect(dataCategories.filter((c) => coversCategory([], c))).toEqual([
      "identity",
      "contacts",
      "social",
      "housing",
      "work",
      "education",
      "legal",
    ]);
  });
});

describe("isActiveOn", () => {
  it("is in force from the day given up to the day before the withdrawal", () => {
    const c = { givenOn: "2025-01-01", withdrawnOn: "2025-02-01" };
    expect([isActiveOn(c, "2024-12-31"), isActiveOn(c, "2025-01-01"), isActiveOn(c, "2025-01-31")]).toEqual([
      false,
      true,
      true,
    ]);
    expect(isActiveOn(c, "2025-02-01")).toBe(false);
  });
});

describe("coverageOn", () => {
  it("merges what the consents in force allow, per purpose and organisation", () => {
    const coverage = coverageOn(
      [
        { ...referral, id: "c1" },
        { ...referral, id: "c2", organizationIds: [ASL], dataCategories: ["health"] },
        {
          ...referral,
          id: "c3",
          organizationIds: [COOP],
          withdrawnOn: "2025-03-20",
          dataCategories: ["health"],
        },
        { ...referral, id: "c4", purpose: "research", organizationIds: [COOP], givenOn: "2025-05-01" },
      ],
      "2025-04-01",
    );
    expect(coverage.map((p) => p.purpose)).toEqual([
      "case_management",
      "data_sharing",
      "referral",
      "photo_video",
      "research",
      "communications",
    ]);
    const byPurpose = new Map(coverage.map((p) => [p.purpose, p.organizations]));
    expect(byPurpose.get("referral")).toEqual([
      {
        organizationId: ASL,
        dataCategories: ["identity", "contacts", "social", "housing", "work", "education", "legal", "health"],
        consentIds: ["c1", "c2"],
      },
      {
        organizationId: COOP,
        dataCategories: ["identity", "contacts", "social", "housing", "work", "education", "legal"],
        consentIds: ["c1"],
      },
    ]);
    expect(byPurpose.get("research")).toEqual([]);
  });
});

describe("consent dates", () => {
  const today = "2025-06-15";
  it.each([
    ["today", today, null],
    ["in the past", "2020-01-01", null],
    ["tomorrow", "2025-06-16", "The consent cannot be given on a day in the future"],
  ])("given %s", (_case, givenOn, problem) => {
    expect(givenOnProblem(givenOn, today)).toBe(problem);
  });

  it.each([
    ["the day it was given", "2025-01-10", null],
    ["today", today, null],
    ["before it was given", "2025-01-09", "The withdrawal date is before the day the consent was given"],
    ["tomorrow", "2025-06-16", "The withdrawal date is in the future"],
  ])("withdrawn %s", (_case, withdrawnOn, problem) => {
    expect(withdrawnOnProblem("2025-01-10", withdrawnOn, today)).toBe(problem);
  });
});
