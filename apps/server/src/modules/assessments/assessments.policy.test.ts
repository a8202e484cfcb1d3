import { describe, expect, it } from "vitest";
import {
  type CaseFlags,
  canCorrectAssessment,
  canRecordAssessment,
  canRecordItem,
} from "./assessments.policy.ts";

const flags = (canWrite: boolean, canSeeSpecial: boolean, isCaseManager = false): CaseFlags => ({
  canWrite,
  canSeeSpecial,
  isCaseManager,
});

describe("assessment policy", () => {
  it.each([
    ["the case manager on the team", flags(true, true, true), true, true, true, true],
    ["a psychologist on the team", flags(true, true), true, true, true, true],
    ["a housing advisor on the team", flags(true, false), true, true, false, false],
    ["a partner's mediator on the team", flags(true, false), true, true, false, false],
    ["an operator of the organisation, not on the team", flags(true, false), true, true, false, false],
    ["a coordinator who only reads", flags(false, false), false, false, false, false],
    [
      "a reader with special-category rights who may not write",
      flags(false, true),
      false,
      false,
      false,
      false,
    ],
  ])(
    "%s: records %s, ordinary item %s, special item %s, corrects %s",
    (_who, access, records, ordinary, special, corrects) => {
      expect(canRecordAssessment(access)).toBe(records);
      expect(canRecordItem(access, false)).toBe(ordinary);
      expect(canRecordItem(access, true)).toBe(special);
      expect(canCorrectAssessment(access)).toBe(corrects);
    },
  );
});
