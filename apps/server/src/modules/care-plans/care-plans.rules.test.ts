import { describe, expect, it } from "vitest";
import {
  type ContentGoal,
  goalOfAction,
  isLocked,
  planStatusOf,
  visibleGoals,
  withActionStatus,
  withHiddenGoals,
} from "./care-plans.rules.ts";

const goal = (id: string, specialCategory: boolean, actionIds: string[] = []): ContentGoal => ({
  id,
  domain: specialCategory ? "health" : "housing",
  personId: null,
  description: id,
  specialCategory,
  actions: actionIds.map((a) => ({
    id: a,
    description: a,
    responsibleOrganizationId: null,
    responsibleUserId: null,
    dueOn: null,
    status: "planned",
  })),
});

describe("care plan rules", () => {
  it.each([
    ["draft", false, false],
    ["draft", true, true],
    ["pending_approval", false, true],
    ["approved", false, true],
    ["superseded", false, true],
  ])("a %s version signed=%s is locked: %s", (status, agreementSigned, locked) => {
    expect(isLocked({ status, agreementSigned })).toBe(locked);
  });

  it("derives the plan's status from its current version", () => {
    expect(planStatusOf("draft")).toBe("draft");
    expect(planStatusOf("pending_approval")).toBe("pending_approval");
    expect(planStatusOf("approved")).toBe("agreed");
  });

  it("hides special-category goals and puts them back after an edit by someone who could not see them", () => {
    const goals = [goal("a", false), goal("s", true)];
    expect(visibleGoals(goals, false).map((g) => g.id)).toEqual(["a"]);
    expect(visibleGoals(goals, true).map((g) => g.id)).toEqual(["a", "s"]);
    expect(withHiddenGoals([goal("b", false)], goals, false).map((g) => g.id)).toEqual(["b", "s"]);
    expect(withHiddenGoals([goal("b", false)], goals, true).map((g) => g.id)).toEqual(["b"]);
  });

  it("changes one action's status in a copy of the content", () => {
    const content = { title: "t", nextReviewOn: null, goals: [goal("g", false, ["x", "y"])] };
    const changed = withActionStatus(content, "y", "done");
    expect(changed?.goals[0]?.actions.map((a) => a.status)).toEqual(["planned", "done"]);
    expect(content.goals[0]?.actions[1]?.status).toBe("planned");
    expect(withActionStatus(content, "z", "done")).toBeNull();
    expect(goalOfAction(content, "x")?.id).toBe("g");
  });
});
