import { describe, expect, it } from "vitest";
import type { Actor } from "../../platform/authz/actor.ts";
import { type Role, roles } from "../../platform/authz/roles.ts";
import { canManageApiTokens, expiryProblem, tokenRoleProblem } from "./api-tokens.policy.ts";

function actor(held: Role[]): Actor {
  return { kind: "user", userId: null, organizationId: null, roles: held };
}

describe("who may issue, list and revoke API tokens", () => {
  it.each(roles.map((r) => [r, r === "admin"] as const))("%s → %s", (role, allowed) => {
    expect(canManageApiTokens(actor([role]))).toBe(allowed);
  });
});

describe("token expiry", () => {
  const now = new Date("2026-03-01T10:00:00Z");
  it.each([
    ["no expiry", null, null],
    ["tomorrow", new Date("2026-03-02T10:00:00Z"), null],
    ["right now", now, "The expiry must be in the future"],
    ["yesterday", new Date("2026-02-28T10:00:00Z"), "The expiry must be in the future"],
  ] as const)("%s", (_name, expiresAt, problem) => {
    expect(expiryProblem(expiresAt, now)).toBe(problem);
  });
});

describe("tokenRoleProblem", () => {
  it.each([
    ["admin", true],
    ["dpo", true],
    ["case_manager", true],
    ["psychologist", true],
    ["legal_advisor", true],
    ["operator", false],
    ["network_governance", false],
    ["org_coordinator", false],
  ] as const)("role %s refused: %s", (role, refused) => {
    expect(tokenRoleProblem(role) !== null).toBe(refused);
  });
});
