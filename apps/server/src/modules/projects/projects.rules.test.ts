import type { ProjectPartnerInput } from "@approdo/contracts";
import { describe, expect, it } from "vitest";
import { AppError } from "../../platform/errors/app-error.ts";
import {
  datesInOrder,
  partnersAfterLeadChange,
  partnersWithLead,
  samePartners,
  sameTargets,
} from "./projects.rules.ts";

const lead = "lead-org";
const other = "other-org";

describe("partnersWithLead", () => {
  it("adds the lead with role lead when it is missing", () => {
    expect(partnersWithLead([{ organizationId: other, role: "partner" }], lead)).toEqual([
      { organizationId: lead, role: "lead" },
      { organizationId: other, role: "partner" },
    ]);
    expect(partnersWithLead([], lead)).toEqual([{ organizationId: lead, role: "lead" }]);
  });

  it("keeps a list that already has the lead as lead", () => {
    const list: ProjectPartnerInput[] = [
      { organizationId: other, role: "funder" },
      { organizationId: lead, role: "lead" },
    ];
    expect(partnersWithLead(list, lead)).toEqual(list);
  });

  it.each([
    ["the lead with another role", [{ organizationId: lead, role: "partner" }]],
    ["another organisation as lead", [{ organizationId: other, role: "lead" }]],
  ] as [string, ProjectPartnerInput[]][])("refuses %s with VALIDATION_FAILED", (_case, list) => {
    let error: unknown;
    try {
      partnersWithLead(list, lead);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("VALIDATION_FAILED");
    expect((error as AppError).details).toMatchObject({ issues: [{ path: "body.partners" }] });
  });
});

describe("partnersAfterLeadChange", () => {
  it("demotes the former lead to partner and promotes the new lead", () => {
    const stored: ProjectPartnerInput[] = [
      { organizationId: lead, role: "lead" },
      { organizationId: other, role: "coordination" },
    ];
    expect(partnersAfterLeadChange(stored, other)).toEqual([
      { organizationId: other, role: "lead" },
      { organizationId: lead, role: "partner" },
    ]);
  });

  it("adds a new lead that was not a partner", () => {
    expect(partnersAfterLeadChange([{ organizationId: lead, role: "lead" }], "new-org")).toEqual([
      { organizationId: "new-org", role: "lead" },
      { organizationId: lead, role: "partner" },
    ]);
  });
});

describe("list comparisons", () => {
  it("compares partner lists ignoring order but not roles", () => {
    const a: ProjectPartnerInput[] = [
      { organizationId: lead, role: "lead" },
      { organizationId: other, role: "partner" },
    ];
    expect(samePartners(a, [...a].reverse())).toBe(true);
    expect(samePartners(a, [a[0] as ProjectPartnerInput, { organizationId: other, role: "funder" }])).toBe(
      false,
    );
    expect(samePartners(a, a.slice(0, 1))).toBe(false);
  });

  it("compares target lists ignoring order but not values or notes", () => {
    const t = { indicator: "beneficiaries", istatCode: "082053", value: 200, note: null } as const;
    const u = { indicator: "households", istatCode: null, value: 50, note: "x" } as const;
    expect(sameTargets([t, u], [u, t])).toBe(true);
    expect(sameTargets([t], [{ ...t, value: 201 }])).toBe(false);
    expect(sameTargets([t], [{ ...t, note: "" }])).toBe(false);
    expect(sameTargets([t], [])).toBe(false);
  });
});

describe("datesInOrder", () => {
  it.each([
    ["2024-01-01", "2024-12-31", true],
    ["2024-01-01", "2024-01-01", true],
    ["2024-02-01", "2024-01-31", false],
    ["2023-12-31", "2024-01-01", true],
  ])("%s → %s: %s", (start, end, ok) => {
    expect(datesInOrder(start, end)).toBe(ok);
  });
});
