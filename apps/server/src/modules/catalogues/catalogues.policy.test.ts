import { describe, expect, it } from "vitest";
import { type Actor, systemActor } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";
import { canAdministerCatalogues, canReadCatalogues } from "./catalogues.policy.ts";

const user = (...roles: Role[]): Actor => ({ kind: "user", userId: "u", organizationId: "org-a", roles });
const token = (role: Role): Actor => ({
  kind: "token",
  userId: null,
  organizationId: "org-a",
  roles: [role],
  tokenId: "t",
});

describe("catalogue policy", () => {
  it.each([
    ["an operator", user("operator"), true, false],
    ["a case manager", user("case_manager"), true, false],
    ["a cultural mediator", user("cultural_mediator"), true, false],
    ["an organisation coordinator", user("org_coordinator"), true, false],
    ["a project coordinator", user("project_coordinator"), true, false],
    ["network governance", user("network_governance"), true, false],
    ["a training coordinator", user("training_coordinator"), true, false],
    ["the DPO", user("dpo"), true, false],
    ["an administrator", user("admin"), true, true],
    ["an operator who is also an administrator", user("operator", "admin"), true, true],
    ["a user without roles", user(), true, false],
    ["an operator API token", token("operator"), true, false],
    ["an admin API token", token("admin"), true, false],
    ["the system actor", systemActor, false, false],
  ])("%s: reads %s, administers %s", (_who, actor, reads, administers) => {
    expect(canReadCatalogues(actor)).toBe(reads);
    expect(canAdministerCatalogues(actor)).toBe(administers);
  });
});
