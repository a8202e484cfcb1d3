import { describe, expect, it } from "vitest";
import { type Actor, systemActor } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";
import { canReadReferenceData } from "./territories.policy.ts";

const user = (...roles: Role[]): Actor => ({ kind: "user", userId: "u", organizationId: "o", roles });
const token = (role: Role): Actor => ({
  kind: "token",
  userId: null,
  organizationId: "o",
  roles: [role],
  tokenId: "t",
});

describe("territory and network policy", () => {
  it.each([
    ["an administrator", user("admin"), true],
    ["an operator", user("operator"), true],
    ["a cultural mediator", user("cultural_mediator"), true],
    ["a user without roles", user(), true],
    ["an API token", token("network_governance"), true],
    ["the system actor", systemActor, false],
  ])("%s reads reference data: %s", (_who, actor, reads) => {
    expect(canReadReferenceData(actor)).toBe(reads);
  });
});
