import { describe, expect, it } from "vitest";
import { type Actor, systemActor } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";
import {
  canMergePeople,
  canRecordVulnerability,
  canSeeSpecialCategory,
  canUsePeople,
  undoMergeAccess,
} from "./people.policy.ts";

const user = (...roles: Role[]): Actor => ({ kind: "user", userId: "u", organizationId: "o", roles });
const token = (role: Role): Actor => ({
  kind: "token",
  userId: null,
  organizationId: "o",
  roles: [role],
  tokenId: "t",
});

describe("people policy", () => {
  it.each([
    // role, uses people, sees special category, merges, undoes a merge
    ["operator", true, false, false, null],
    ["outreach_worker", true, false, false, null],
    ["case_manager", true, true, true, null],
    ["psychologist", true, true, false, null],
    ["legal_advisor", true, true, false, null],
    ["cultural_mediator", true, false, false, null],
    ["housing_advisor", true, false, false, null],
    ["job_advisor", true, false, false, null],
    ["org_coordinator", true, false, true, "organization"],
    ["project_coordinator", true, false, false, null],
    ["admin", false, false, false, "elevated"],
    ["dpo", false, false, false, null],
    ["network_governance", false, false, false, null],
    ["training_coordinator", false, false, false, null],
  ] as const)(
    "%s: uses people %s, special category %s, merges %s, undoes %s",
    (role, uses, special, merges, undo) => {
      const actor = user(role);
      expect(canUsePeople(actor)).toBe(uses);
      expect(canSeeSpecialCategory(actor)).toBe(special);
      expect(canMergePeople(actor)).toBe(merges);
      expect(undoMergeAccess(actor)).toBe(undo);
    },
  );

  it("lets only special-category roles record a special-category vulnerability", () => {
    expect(canRecordVulnerability(user("operator"), false)).toBe(true);
    expect(canRecordVulnerability(user("operator"), true)).toBe(false);
    expect(canRecordVulnerability(user("psychologist"), true)).toBe(true);
    expect(canRecordVulnerability(user("dpo"), false)).toBe(false);
  });

  it("gives a user without roles and the system actor nothing", () => {
    for (const actor of [user(), systemActor]) {
      expect(canUsePeople(actor)).toBe(false);
      expect(canMergePeople(actor)).toBe(false);
      expect(undoMergeAccess(actor)).toBeNull();
    }
  });

  it("applies the roles to API tokens, but never elevates one", () => {
    expect(canUsePeople(token("operator"))).toBe(true);
    expect(canUsePeople(token("network_governance"))).toBe(false);
    expect(undoMergeAccess(token("admin"))).toBeNull();
    expect(undoMergeAccess(token("org_coordinator"))).toBe("organization");
  });

  it("elevates an administrator who also coordinates, whose database scope sees no people", () => {
    expect(undoMergeAccess(user("org_coordinator", "admin"))).toBe("elevated");
  });
});
