import { describe, expect, it } from "vitest";
import {
  approvalPath,
  type CaseFlags,
  canDecidePlan,
  canEditPlan,
  canRecordAgreement,
  canUpdateAction,
  canWriteGoal,
} from "./care-plans.policy.ts";

const flags = (canWrite: boolean, canSeeSpecial: boolean, isCaseManager: boolean): CaseFlags => ({
  canWrite,
  canSeeSpecial,
  isCaseManager,
});

describe("care plan policy", () => {
  it.each([
    // who, access, edits, special goal, decides, agreement, special action
    ["the case manager on the team", flags(true, true, true), true, true, true, true, true],
    [
      "a case manager by assignment from a partner (no special rights)",
      flags(true, false, true),
      true,
      false,
      true,
      true,
      false,
    ],
    ["a psychologist on the team", flags(true, true, false), true, true, false, true, true],
    ["a housing advisor on the team", flags(true, false, false), true, false, false, true, false],
    ["a partner's mediator on the team", flags(true, false, false), true, false, false, true, false],
    ["a reader who may not write", flags(false, false, false), false, false, false, false, false],
    [
      "a special-category reader who may not write",
      flags(false, true, false),
      false,
      false,
      false,
      false,
      false,
    ],
  ])(
    "%s: edits %s, writes special goals %s, decides %s, records agreement %s, moves special actions %s",
    (_who, access, edits, special, decides, agreement, specialAction) => {
      expect(canEditPlan(access)).toBe(edits);
      expect(canWriteGoal(access, false)).toBe(edits);
      expect(canWriteGoal(access, true)).toBe(special);
      expect(canDecidePlan(access)).toBe(decides);
      expect(canRecordAgreement(access)).toBe(agreement);
      expect(canUpdateAction(access, false)).toBe(edits);
      expect(canUpdateAction(access, true)).toBe(specialAction);
    },
  );

  it("sends plans to a coordinator only where the organisation requires approval", () => {
    expect(approvalPath(true)).toBe("submit");
    expect(approvalPath(false)).toBe("approve");
  });
});
