import { describe, expect, it } from "vitest";
import { type Actor, systemActor } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";
import { canManageServicePoints, canReadServicePoints } from "./service-points.policy.ts";

const user = (...roles: Role[]): Actor => ({ kind: "user", userId: "u", organizationId: "o", roles });
const token = (role: Role): Actor => ({
  kind: "token",
  userId: null,
  organizationId: "o",
  roles: [role],
  tokenId: "t",
});

describe("service point policy", () => {
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
    expect(canReadServicePoints(actor)).toBe(reads);
    expect(canManageServicePoints(actor)).toBe(manages);
  });
});
