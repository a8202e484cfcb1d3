import { type CaseState, canTransition } from "@approdo/contracts";
import { describe, expect, it } from "vitest";
import { demoCases } from "./demo-cases.ts";
import { type DemoCaseIds, planDemoCases } from "./plan-demo-cases.ts";

/** Ids that spell what they stand for, and a counter for new ones: the plan is readable in tests. */
const fakeIds: DemoCaseIds = {
  organization: (k) => `org:${k}`,
  project: (k) => `project:${k}`,
  user: (u) => `user:${u}`,
  person: (k) => `person:${k}`,
  household: (l) => `household:${l}`,
  servicePoint: (k) => `point:${k}`,
};
function counter() {
  let n = 0;
  return () => `id-${++n}`;
}

const today = "2026-05-20";
const plan = planDemoCases(today, fakeIds, counter());
const { rows } = plan;

function summary(r: typeof rows) {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.length]));
}

describe("demo cases plan", () => {
  it("is the same on every run, and the same counts whatever the day", () => {
    expect(planDemoCases(today, fakeIds, counter())).toEqual(plan);
    expect(summary(planDemoCases("2027-02-03", fakeIds, counter()).rows)).toEqual(summary(rows));
  });

  it("spreads 25–40 cases over every state, mostly in Palermo", () => {
    expect(rows.cases.length).toBe(demoCases.length);
    expect(rows.cases.length).toBeGreaterThanOrEqual(25);
    expect(rows.cases.length).toBeLessThanOrEqual(40);
    const states = new Set(rows.cases.map((c) => c.state));
    expect([...states].sort()).toEqual(["active", "assessment", "closed", "monitoring", "referred"]);
    const palermo = rows.cases.filter((c) => c.organizationId === "org:comune-palermo");
    expect(palermo.length).toBeGreaterThanOrEqual(20);
    expect(palermo.every((c) => c.caseManagerId === "user:assistente.palermo")).toBe(true);
    const outcomes = new Set(rows.cases.filter((c) => c.state === "closed").map((c) => c.outcome));
    expect(outcomes.size).toBeGreaterThanOrEqual(4);
  });

  it("records legal transitions, each closure in Palermo approved by the coordinator, one closure waiting", () => {
    for (const c of rows.cases) {
      const path = rows.transitions.filter((t) => t.caseId === c.id);
      expect(path[0]?.fromState).toBeNull();
      for (const t of path.slice(1))
        expect(canTransition(t.fromState as CaseState, t.toState as CaseState)).toBe(true);
      expect(path[path.length - 1]?.toState).toBe(c.state);
    }
    const pending = rows.approvals.filter((a) => a.status === "pending");
    expect(pending).toHaveLength(1);
    expect(rows.cases.find((c) => c.pendingApprovalId === pending[0]?.id)?.state).toBe("monitoring");
    const closures = rows.transitions.filter(
      (t) =>
        t.toState === "closed" &&
        t.caseId &&
        rows.cases.find((c) => c.id === t.caseId)?.organizationId === "org:comune-palermo",
    );
    expect(
      closures.every((t) =>
        rows.approvals.some((a) => a.id === t.approvalId && a.decidedBy === "user:coordinatore.palermo"),
      ),
    ).toBe(true);
  });

  it("holds assessments over time with special-category items, plans with overdue actions and one review due", () => {
    const perCase = new Map<string, number>();
    for (const a of rows.assessments) perCase.set(a.caseId, (perCase.get(a.caseId) ?? 0) + 1);
    expect(Math.max(...perCase.values())).toBeGreaterThanOrEqual(4);
    expect(rows.assessmentItems.some((i) => i.specialCategory)).toBe(true);
    expect(rows.assessmentItems.some((i) => i.personId !== null && i.domain === "children_schooling")).toBe(
      true,
    );
    const overdue = rows.planActions.filter(
      (a) => a.dueOn && a.dueOn < today && (a.status === "planned" || a.status === "in_progress"),
    );
    const openCase = (id: string) => rows.cases.find((c) => c.id === id)?.state !== "closed";
    expect(overdue.filter((a) => openCase(a.caseId)).length).toBeGreaterThanOrEqual(3);
    const soon = rows.plans.filter(
      (p) => p.status !== "closed" && p.nextReviewOn && p.nextReviewOn <= "2026-05-27",
    );
    expect(soon).toHaveLength(1);
    expect(rows.planVersions.some((v) => v.status === "superseded")).toBe(true);
  });

  it("delivers a few hundred services across the catalogue, with mediators and languages, and notes of each confidentiality", () => {
    expect(rows.services.length).toBeGreaterThanOrEqual(200);
    expect(rows.services.length).toBeLessThanOrEqual(700);
    const types = new Set(rows.services.map((s) => s.serviceType));
    for (const t of [
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
    ]) {
      expect(types).toContain(t);
    }
    expect(rows.services.filter((s) => s.mediatorId === "user:mediatrice.palermo").length).toBeGreaterThan(
      20,
    );
    expect(new Set(rows.services.map((s) => s.language)).size).toBeGreaterThan(5);
    expect(rows.services.every((s) => s.deliveredOn <= today)).toBe(true);
    expect(rows.servicePeople.length).toBeGreaterThanOrEqual(rows.services.length);
    expect(new Set(rows.notes.map((n) => n.confidentiality))).toEqual(
      new Set(["team", "case_manager", "special_category"]),
    );
    expect(rows.notes.some((n) => n.correctsId !== null)).toBe(true);
  });
});
