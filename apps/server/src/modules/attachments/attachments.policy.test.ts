import { describe, expect, it } from "vitest";
import { type Actor, systemActor } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";
import { canDeleteAttachment, canWorkWithAttachments } from "./attachments.policy.ts";

const user = (...roles: Role[]): Actor => ({ kind: "user", userId: "u", organizationId: "o", roles });
const token = (role: Role): Actor => ({
  kind: "token",
  userId: null,
  organizationId: "o",
  roles: [role],
  tokenId: "t",
});

describe("attachment policy", () => {
  it.each([
    ["an operator", user("operator"), true],
    ["a case manager", user("case_manager"), true],
    ["a psychologist", user("psychologist"), true],
    ["a cultural mediator", user("cultural_mediator"), true],
    ["an organisation coordinator", user("org_coordinator"), true],
    ["an operator's API token", token("operator"), true],
    ["an administrator", user("admin"), false],
    ["the DPO", user("dpo"), false],
    ["network governance", user("network_governance"), false],
    ["a training coordinator", user("training_coordinator"), false],
    ["an administrator who is also an operator", user("admin", "operator"), false],
    ["the system", systemActor, false],
  ])("%s: %s", (_label, actor, allowed) => {
    expect(canWorkWithAttachments(actor)).toBe(allowed);
  });
});

describe("attachment deletion policy", () => {
  it("lets only the uploading organisation delete", () => {
    expect(canDeleteAttachment(user("operator"), { organizationId: "o" })).toBe(true);
    expect(canDeleteAttachment(user("operator"), { organizationId: "partner" })).toBe(false);
    expect(canDeleteAttachment(user("admin"), { organizationId: "o" })).toBe(false);
  });
});
