import { describe, expect, it } from "vitest";
import { type Actor, systemActor } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";
import { canManageProjects, canReadProjects } from "./projects.policy.ts";

const user = (...roles: Role[]): Actor => ({ kind: "user", userId: "u", organizationId: "o", roles });
const token = (role: Role): Actor => ({
  kind: "token",
  userId: null,
  organizationId: "o",
  roles: [role],
  tokenId: "t",
});

describe("project policy", () => {
  it.each([
    ["an administrator", user("admin"), true, true],
    ["an administrator who is also an operator", user("operator", "admin"), true, true],
    ["an operator", user("operator"), true, false],
    ["the DPO", user("dpo"), true, false],
    ["a network governance user", user("network_governance"), true, false],
    ["a user without roles", user(), true, false],
    ["an admin API token", token("admin"), true, true],
    ["an operator API token", token("operator"), true, false],
    ["the system actor", systemActor, false, false],
  ])("%s: reads %s, manages %s", (_who, actor, reads, manages) => {
    expect(canReadProjects(actor)).toBe(reads);
    expect(canManageProjects(actor)).toBe(manages);
  });
});
