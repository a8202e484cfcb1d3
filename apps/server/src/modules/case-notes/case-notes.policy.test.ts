import { describe, expect, it } from "vitest";
import type { Actor } from "../../platform/authz/actor.ts";
import {
  canCorrectNote,
  canWriteNotes,
  confidentialityRefusal,
  type NoteCaseAccess,
} from "./case-notes.policy.ts";

/** The access flags the cases module computes for each kind of reader (see caseAccessFlags). */
const readers: [string, NoteCaseAccess][] = [
  ["the case manager", { canWrite: true, isCaseManager: true, canSeeSpecial: true }],
  ["a psychologist on the team", { canWrite: true, isCaseManager: false, canSeeSpecial: true }],
  ["a mediator on the team", { canWrite: true, isCaseManager: false, canSeeSpecial: false }],
  ["a partner's legal advisor on the team", { canWrite: true, isCaseManager: false, canSeeSpecial: false }],
  [
    "an operator of the organisation off the team",
    { canWrite: true, isCaseManager: false, canSeeSpecial: false },
  ],
  ["a reader without write access", { canWrite: false, isCaseManager: false, canSeeSpecial: false }],
];

const expected: Record<string, [boolean, string | null, string | null, string | null]> = {
  "the case manager": [true, null, null, null],
  "a psychologist on the team": [true, null, "case_manager", null],
  "a mediator on the team": [true, null, "case_manager", "special_category_role_on_team"],
  "a partner's legal advisor on the team": [true, null, "case_manager", "special_category_role_on_team"],
  "an operator of the organisation off the team": [
    true,
    null,
    "case_manager",
    "special_category_role_on_team",
  ],
  "a reader without write access": [false, null, "case_manager", "special_category_role_on_team"],
};

describe("case notes policy", () => {
  it.each(readers)("%s: writes notes, and which confidentiality levels are refused", (who, access) => {
    const [writes, team, manager, special] = expected[who] ?? [];
    expect(canWriteNotes(access)).toBe(writes);
    expect(confidentialityRefusal(access, "team")).toBe(team);
    expect(confidentialityRefusal(access, "case_manager")).toBe(manager);
    expect(confidentialityRefusal(access, "special_category")).toBe(special);
  });

  const actor: Actor = { kind: "user", userId: "me", organizationId: "org-a", roles: ["operator"] };
  const token: Actor = {
    kind: "token",
    userId: null,
    organizationId: "org-a",
    roles: ["operator"],
    tokenId: "t",
  };
  it.each([
    ["the author", actor, readers[2]?.[1], { authorId: "me" }, true],
    ["someone else", actor, readers[2]?.[1], { authorId: "other" }, false],
    ["the case manager", actor, readers[0]?.[1], { authorId: "other" }, true],
    ["the author without write access", actor, readers[5]?.[1], { authorId: "me" }, false],
    ["an API token (no author)", token, readers[2]?.[1], { authorId: null }, false],
  ])("corrected by %s: %s", (_who, who, access, note, allowed) => {
    expect(canCorrectNote(who, access as NoteCaseAccess, note)).toBe(allowed);
  });
});
