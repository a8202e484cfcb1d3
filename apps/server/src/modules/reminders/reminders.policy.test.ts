import { describe, expect, it } from "vitest";
import { type Actor, systemActor } from "../../platform/authz/actor.ts";
import { canQueueGeneration, hasReminders } from "./reminders.policy.ts";

const user = (roles: Actor["roles"]): Actor => ({ kind: "user", userId: "u", organizationId: "o", roles });
const token: Actor = { kind: "token", userId: null, organizationId: "o", roles: ["operator"], tokenId: "t" };

describe("reminders policy", () => {
  it("gives reminders to signed-in users only", () => {
    expect(hasReminders(user(["operator"]))).toBe(true);
    expect(hasReminders(token)).toBe(false);
    expect(hasReminders(systemActor)).toBe(false);
  });

  it("lets only administrators queue the generation by hand", () => {
    expect(canQueueGeneration(user(["admin"]))).toBe(true);
    expect(canQueueGeneration(user(["org_coordinator"]))).toBe(false);
    expect(canQueueGeneration({ ...token, roles: ["admin"] })).toBe(false);
  });
});
