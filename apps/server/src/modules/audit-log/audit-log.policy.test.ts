import { describe, expect, it } from "vitest";
import type { Actor } from "../../platform/authz/actor.ts";
import { type Role, roles } from "../../platform/authz/roles.ts";
import { canReadAuditTrail } from "./audit-log.policy.ts";

const ORG = "00000000-0000-7000-8000-00000000000a";

function actor(held: Role[], kind: Actor["kind"] = "user"): Actor {
  return { kind, userId: null, organizationId: ORG, roles: held };
}

describe("who may read and verify the audit trail", () => {
  const readers = new Set<Role>(["admin", "dpo"]);
  it.each(roles.map((r) => [r, readers.has(r)] as const))("%s alone → %s", (role, allowed) => {
    expect(canReadAuditTrail(actor([role]))).toBe(allowed);
  });

  it.each([
    ["operator who is also DPO", actor(["operator", "dpo"]), true],
    ["coordinator and case manager", actor(["org_coordinator", "case_manager"]), false],
    ["DPO API token", actor(["dpo"], "token"), true],
    ["no roles", actor([]), false],
    ["the system itself", { kind: "system", userId: null, organizationId: null, roles: [] } as Actor, false],
  ] as const)("%s → %s", (_name, who, allowed) => {
    expect(canReadAuditTrail(who)).toBe(allowed);
  });
});
