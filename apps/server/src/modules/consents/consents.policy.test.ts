import { describe, expect, it } from "vitest";
import { type Actor, systemActor } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";
import { canWorkWithConsents } from "./consents.policy.ts";

const user = (...roles: Role[]): Actor => ({ kind: "user", userId: "u", organizationId: "o", roles });
const token = (role: Role): Actor => ({
  kind: "token",
  userId: null,
  organizationId: "o",
  roles: [role],
  tokenId: "t",
});

describe("consent policy", () => {
  it.each([
    ["an operator", user("operator"), true],
    ["an outreach worker", user("outreach_worker"), true],
    ["a case manager", user("case_manager"), true],
    ["a psychologist", user("psychologist"), true],
    ["a legal advisor", user("legal_advisor"), true],
    ["a cultural mediator", user("cultural_mediator"), true],
    ["a housing advisor", user("housing_advisor"), true],
    ["a job advisor", user("job_advisor"), true],
    ["an organisation coordinator", user("org_coordinator"), true],
    ["a project coordinator", user("project_coordinator"), true],
    ["an operator API token", token("operator"), true],
    ["an administrator", user("admin"), false],
    ["the DPO", user("dpo"), false],
    ["network governance", user("network_governance"), false],
    ["a training coordinator", user("training_coordinator"), false],
    ["an operator who is also the DPO", user("operator", "dpo"), false],
    ["a user without roles", user(), false],
    ["the system actor", systemActor, false],
  ])("%s: %s", (_who, actor, allowed) => {
    expect(canWorkWithConsents(actor)).toBe(allowed);
  });
});
