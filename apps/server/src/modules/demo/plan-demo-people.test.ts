import { describe, expect, it } from "vitest";
import { demoDuplicatePairs, demoHouseholds, demoPeople } from "./demo-people.ts";
import { demoOrganizations } from "./network-data.ts";
import { addDays, addMonths, planDemoPeople } from "./plan-demo-people.ts";

function counterIds(): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `01900000-0000-7000-8000-${String(n).padStart(12, "0")}`;
  };
}

const orgIds = new Map(
  demoOrganizations.map((o, i) => [o.key, `01800000-0000-7000-8000-${String(i).padStart(12, "0")}`]),
);
const today = "2026-03-31";
const plan = planDemoPeople(today, orgIds, counterIds());
const specs = Object.values(demoPeople).flat();
const inputs = plan.people.flatMap((g) => g.inputs);

describe("demo people plan", () => {
  it("is the same on every run for the same day (seeded random generator)", () => {
    expect(JSON.stringify(planDemoPeople(today, orgIds, counterIds()))).toBe(JSON.stringify(plan));
  });

  it("counts dates back from the seeding day, months clamped to their length", () => {
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2024-02-29", -12)).toBe("2023-02-28");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("has 40 people of Palermo, 10 of Latina, 10 of the INTARSI lead, ~40% with the birth year only", () => {
    expect(plan.people.map((g) => g.inputs.length)).toEqual([40, 10, 10]);
    const yearOnly = inputs.filter((p) => !p.birthDate && p.birthYear).length / inputs.length;
    expect(yearOnly).toBeGreaterThan(0.3);
    expect(yearOnly).toBeLessThan(0.5);
  });

  it("keeps every minor a minor and every age right on the seeding day", () => {
    for (const [i, spec] of specs.entries()) {
      const p = inputs[i];
      if (p?.birthDate) {
        const [y, m, d] = p.birthDate.split("-").map(Number) as [number, number, number];
        const age = 2026 - y - (3 < m || (m === 3 && 31 < d) ? 1 : 0);
        expect(age, spec.key).toBe(spec.age);
      } else if (spec.age < 18) {
        expect(2026 - (p?.birthYear ?? 0), spec.key).toBeLessThan(18);
      }
    }
  });

  it("spells some names in Arabic, Cyrillic, Ge'ez and Bengali script", () => {
    const others = inputs.flatMap((p) => p.otherNames ?? []).map((n) => `${n.givenName} ${n.familyName}`);
    for (const script of [
      /\p{Script=Arabic}/u,
      /\p{Script=Cyrillic}/u,
      /\p{Script=Ethiopic}/u,
      /\p{Script=Bengali}/u,
    ])
      expect(others.some((n) => script.test(n))).toBe(true);
  });

  it("dates permits after the arrival and makes some expire within 60 days", () => {
    const byId = new Map(inputs.map((p) => [p.id, p]));
    for (const permit of plan.permits) {
      const arrival = byId.get(permit.personId)?.arrivalDate;
      if (arrival) expect(permit.issuedOn && permit.issuedOn >= arrival).toBe(true);
    }
    const latest = new Map<string, (typeof plan.permits)[number]>();
    for (const p of plan.permits) {
      const current = latest.get(p.personId);
      if (!current || (p.issuedOn ?? "") > (current.issuedOn ?? "")) latest.set(p.personId, p);
    }
    const soon = [...latest.values()].filter(
      (p) => p.expiresOn && p.expiresOn >= today && p.expiresOn <= addDays(today, 60),
    );
    expect(soon.length).toBeGreaterThanOrEqual(5);
    expect(plan.vulnerabilities.some((v) => v.specialCategory)).toBe(true);
  });

  it("makes families travelling together arrive on the same day", () => {
    const byKey = new Map(specs.map((s) => [s.key, s]));
    for (const s of specs.filter((x) => x.arrivedWith)) {
      expect(byKey.get(s.arrivedWith ?? "")?.arrivedMonthsAgo, s.key).toBe(s.arrivedMonthsAgo);
      expect(
        plan.people.flatMap((g) => g.inputs).find((p) => p.id === plan.idOf.get(s.key))?.arrivalDate,
      ).toBe(inputs.find((p) => p.id === plan.idOf.get(s.arrivedWith ?? ""))?.arrivalDate);
    }
  });

  it("puts each person in at most one current household, of their own organisation", () => {
    expect(demoHouseholds).toHaveLength(12);
    const current = demoHouseholds.flatMap((h) => h.members.map((m) => m.personKey));
    expect(new Set(current).size).toBe(current.length);
    for (const h of demoHouseholds) {
      for (const m of h.members) expect(demoPeople[h.orgKey].some((p) => p.key === m.personKey)).toBe(true);
    }
    const [moved] = plan.households.flatMap((h) => h.former);
    expect(plan.joinDates.find((j) => j.personId === moved?.personId)?.joinedOn).toBe(moved?.leftOn);
  });

  it("plants likely duplicates of the same organisation, sex, citizenship and birth year", () => {
    const byId = new Map(inputs.map((p) => [p.id, p]));
    for (const [a, b] of demoDuplicatePairs) {
      const first = byId.get(plan.idOf.get(a) ?? "");
      const second = byId.get(plan.idOf.get(b) ?? "");
      const year = (p: typeof first) => p?.birthYear ?? Number(p?.birthDate?.slice(0, 4));
      expect(year(first)).toBe(year(second));
      expect(first?.citizenship).toBe(second?.citizenship);
      expect(first?.sex).toBe(second?.sex);
    }
  });
});
