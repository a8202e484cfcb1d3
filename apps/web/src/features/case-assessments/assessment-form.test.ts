import type { Assessment, AssessmentProgress } from "@approdo/contracts";
import { describe, expect, it } from "vitest";
import { formResolver } from "../../app/forms/form-resolver.ts";
import {
  assessmentFormDefaults,
  assessmentFormSchema,
  chosenRows,
  offeredDomains,
  rowIndex,
} from "./assessment-form-schema.ts";
import { progressTable } from "./progress.ts";

const options = { fields: {}, shouldUseNativeValidation: false };
const mother = "0192f5a0-0000-7000-8000-0000000000a1";
const child = "0192f5a0-0000-7000-8000-0000000000a2";
const caseId = "0192f5a0-0000-7000-8000-0000000000c1";
const domains = [
  { code: "housing", specialCategory: false, active: true, sortOrder: 10 },
  { code: "work", specialCategory: false, active: true, sortOrder: 20 },
  { code: "mental_health_addiction", specialCategory: true, active: true, sortOrder: 30 },
];

const last: Pick<Assessment, "items"> = {
  items: [
    {
      id: "0192f5a0-0000-7000-8000-0000000000f1",
      domain: "housing",
      personId: null,
      level: 3,
      notes: "Ospiti da parenti",
      evidence: "Colloquio",
      specialCategory: false,
    },
    {
      id: "0192f5a0-0000-7000-8000-0000000000f2",
      domain: "work",
      personId: mother,
      level: 2,
      notes: "",
      evidence: "",
      specialCategory: false,
    },
  ],
};

describe("assessment form", () => {
  it("prefills a re-assessment from the last one, per member where it was per member", () => {
    const form = assessmentFormDefaults(domains.slice(0, 2), [mother, child], "2026-03-01", last);
    expect(form.assessedOn).toBe("2026-03-01");
    expect(form.perMember).toEqual(["work"]);
    expect(form.rows[rowIndex(form, "housing", "")]).toMatchObject({
      level: "3",
      notes: "Ospiti da parenti",
      evidence: "Colloquio",
    });
    expect(form.rows[rowIndex(form, "work", mother)]?.level).toBe("2");
    expect(form.rows[rowIndex(form, "work", child)]?.level).toBe("");
    // one row for the household and one per member, per domain
    expect(form.rows).toHaveLength(6);
  });

  it("sends only the assessed rows, per member only where chosen, as the shared create body", async () => {
    const form = assessmentFormDefaults(domains.slice(0, 2), [mother, child], "2026-03-01", last);
    // a household-level level for work is ignored while work is assessed per member
    const workAll = rowIndex(form, "work", "");
    form.rows[workAll] = { ...form.rows[workAll]!, level: "1" };
    const childWork = rowIndex(form, "work", child);
    form.rows[childWork] = { ...form.rows[childWork]!, level: "0", notes: " va a scuola " };
    expect(chosenRows(form).map((row) => `${row.domain}|${row.personId}`)).toEqual([
      "housing|",
      `work|${mother}`,
      `work|${child}`,
    ]);
    const result = await formResolver(assessmentFormSchema)(form, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({
      assessedOn: "2026-03-01",
      items: [
        { domain: "housing", personId: null, level: 3, notes: "Ospiti da parenti", evidence: "Colloquio" },
        { domain: "work", personId: mother, level: 2 },
        { domain: "work", personId: child, level: 0, notes: "va a scuola" },
      ],
    });
  });

  it("needs a date and at least one domain", async () => {
    const form = assessmentFormDefaults(domains, [], "", null);
    const result = await formResolver(assessmentFormSchema)(form, undefined, options);
    expect(Object.keys(result.errors).sort()).toEqual(["assessedOn", "items"]);
  });

  it("offers special-category domains only to readers who may record them, and keeps domains in use", () => {
    const withInactive = [
      ...domains,
      { code: "income", specialCategory: false, active: false, sortOrder: 5 },
    ];
    expect(offeredDomains(withInactive, false).map((d) => d.code)).toEqual(["housing", "work"]);
    expect(offeredDomains(withInactive, true).map((d) => d.code)).toEqual([
      "housing",
      "work",
      "mental_health_addiction",
    ]);
    const usedIncome = { items: [{ ...last.items[0]!, domain: "income" }] };
    expect(offeredDomains(withInactive, false, usedIncome).map((d) => d.code)).toEqual([
      "income",
      "housing",
      "work",
    ]);
  });
});

describe("assessment progress", () => {
  it("lays the series out as a table (one column per assessment) and as chart data", () => {
    const progress: AssessmentProgress = {
      caseId,
      domains: [
        {
          code: "housing",
          labels: { it: "Abitare" },
          specialCategory: false,
          levels: {},
          sortOrder: 10,
          active: true,
        },
        {
          code: "work",
          labels: { it: "Lavoro" },
          specialCategory: false,
          levels: {},
          sortOrder: 20,
          active: true,
        },
      ],
      people: [
        { personId: mother, givenName: "Amina", familyName: "Tesfaye" },
        { personId: child, givenName: "Selam", familyName: "Tesfaye" },
      ],
      dates: [
        { assessmentId: "0192f5a0-0000-7000-8000-0000000000d1", assessedOn: "2026-01-10" },
        { assessmentId: "0192f5a0-0000-7000-8000-0000000000d2", assessedOn: "2026-03-01" },
      ],
      series: [
        {
          domain: "work",
          personId: child,
          specialCategory: false,
          points: [
            { assessmentId: "0192f5a0-0000-7000-8000-0000000000d2", assessedOn: "2026-03-01", level: 1 },
          ],
          change: 0,
        },
        {
          domain: "work",
          personId: mother,
          specialCategory: false,
          points: [
            { assessmentId: "0192f5a0-0000-7000-8000-0000000000d2", assessedOn: "2026-03-01", level: 2 },
          ],
          change: 0,
        },
        {
          domain: "housing",
          personId: null,
          specialCategory: false,
          points: [
            { assessmentId: "0192f5a0-0000-7000-8000-0000000000d1", assessedOn: "2026-01-10", level: 3 },
            { assessmentId: "0192f5a0-0000-7000-8000-0000000000d2", assessedOn: "2026-03-01", level: 1 },
          ],
          change: -2,
        },
      ],
    };
    const table = progressTable(progress);
    expect(table.rows.map((row) => [row.key, row.levels, row.change])).toEqual([
      ["housing__all", [3, 1], -2],
      [`work__${mother}`, [null, 2], 0],
      [`work__${child}`, [null, 1], 0],
    ]);
    expect(table.chartData).toEqual([
      { assessedOn: "2026-01-10", housing__all: 3, [`work__${mother}`]: null, [`work__${child}`]: null },
      { assessedOn: "2026-03-01", housing__all: 1, [`work__${mother}`]: 2, [`work__${child}`]: 1 },
    ]);
  });
});
