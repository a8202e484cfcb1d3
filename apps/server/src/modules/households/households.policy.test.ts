import { describe, expect, it } from "vitest";
import { type Actor, systemActor } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";
import { canUseHousehold, canWorkWithHouseholds } from "./households.policy.ts";

const user = (...roles: Role[]): Actor => ({ kind: "user", userId: "u", organizationId: "org-a", roles });
const token = (role: Role): Actor => ({
  kind: "token",
  userId: null,
  organizationId: "org-a",
  roles: [role],
  tokenId: "t",
});
const own = { organizationId: "org-a" };
const other = { organizationId: "org-b" };

describe("household policy", () => {
  it.each([
    ["an operator", user("operator"), true, true, false],
    ["an outreach worker", user("outreach_worker"), true, true, false],
    ["a case manager", user("case_manager"), true, true, false],
    ["a psychologist", user("psychologist"), true, true, false],
    ["a legal advisor", user("legal_advisor"), true, true, false],
    ["a cultural mediator", user("cultural_mediator"), true, true, false],
    ["a housing advisor", user("housing_advisor"), true, true, false],
    ["a job advisor", user("job_advisor"), true, true, false],
    ["an organisation coordinator", user("org_coordinator"), true, true, false],
    ["a project coordinator", user("project_coordinator"), true, true, false],
    ["an operator API token", token("operator"), true, true, false],
    ["an administrator", user("admin"), false, false, false],
    ["the DPO", user("dpo"), false, false, false],
    ["network governance", user("network_governance"), false, false, false],
    ["a training coordinator", user("training_coordinator"), false, false, false],
    ["an operator who is also an administrator", user("operator", "admin"), false, false, false],
    [
      "a case manager who is also network governance",
      user("case_manager", "network_governance"),
      false,
      false,
      false,
    ],
    ["a user without roles", user(), false, false, false],
    ["an admin API token", token("admin"), false, false, false],
    ["the system actor", systemActor, false, false, false],
  ])(
    "%s: works with households %s, uses its own %s, uses another organisation's %s",
    (_who, actor, works, ownOk, otherOk) => {
      expect(canWorkWithHouseholds(actor)).toBe(works);
      expect(canUseHousehold(actor, own)).toBe(ownOk);
      expect(canUseHousehold(actor, other)).toBe(otherOk);
    },
  );

  it("refuses an actor without an organisation", () => {
    expect(canWorkWithHouseholds({ ...user("operator"), organizationId: null })).toBe(false);
  });
});
