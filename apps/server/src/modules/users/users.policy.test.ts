import { describe, expect, it } from "vitest";
import type { Actor } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";
import {
  type AccountChange,
  canManageUsers,
  canReadUser,
  passwordProblem,
  selfChangeProblem,
  userReadScope,
} from "./users.policy.ts";

const ORG_A = "00000000-0000-7000-8000-00000000000a";
const ORG_B = "00000000-0000-7000-8000-00000000000b";
const ME = "00000000-0000-7000-8000-000000000001";
const OTHER = "00000000-0000-7000-8000-000000000002";

function actor(roles: Role[], kind: Actor["kind"] = "user"): Actor {
  return { kind, userId: kind === "user" ? ME : null, organizationId: ORG_A, roles };
}

describe("who may list, read and manage user accounts", () => {
  const table: [string, Actor, "all" | "organization" | null, boolean, boolean, boolean][] = [
    // name, actor, list scope, reads a user of own org, reads a user of another org, manages
    ["admin", actor(["admin"]), "all", true, true, true],
    ["admin who is also coordinator", actor(["org_coordinator", "admin"]), "all", true, true, true],
    ["admin API token", actor(["admin"], "token"), "all", true, true, true],
    ["organisation coordinator", actor(["org_coordinator"]), "organization", true, false, false],
    ["coordinator API token", actor(["org_coordinator"], "token"), "organization", true, false, false],
    ["data protection officer", actor(["dpo"]), null, false, false, false],
    ["operator", actor(["operator"]), null, false, false, false],
    ["case manager", actor(["case_manager"]), null, false, false, false],
    ["project coordinator", actor(["project_coordinator"]), null, false, false, false],
    ["network governance", actor(["network_governance"]), null, false, false, false],
    ["no roles", actor([]), null, false, false, false],
  ];
  it.each(table)("%s", (_name, who, scope, readsOwn, readsOther, manages) => {
    expect(userReadScope(who)?.kind ?? null).toBe(scope);
    expect(canReadUser(who, { organizationId: ORG_A })).toBe(readsOwn);
    expect(canReadUser(who, { organizationId: ORG_B })).toBe(readsOther);
    expect(canManageUsers(who)).toBe(manages);
  });

  it("limits a coordinator's list to their own organisation", () => {
    expect(userReadScope(actor(["org_coordinator"]))).toEqual({
      kind: "organization",
      organizationId: ORG_A,
    });
  });

  it("gives a coordinator without an organisation nothing", () => {
    const lost: Actor = { kind: "user", userId: ME, organizationId: null, roles: ["org_coordinator"] };
    expect(userReadScope(lost)).toBeNull();
  });
});

describe("what an administrator may not do to their own account", () => {
  const admin = actor(["admin"]);
  const table: [string, string, AccountChange, string | null][] = [
    ["deactivate self", ME, { active: false }, "You cannot deactivate your own account"],
    ["drop own admin role", ME, { roles: ["operator"] }, "You cannot remove your own administrator role"],
    ["keep admin while adding a role", ME, { roles: ["admin", "dpo"] }, null],
    ["stay active", ME, { active: true }, null],
    ["set own password here", ME, { credential: "password" }, expect.stringContaining("profile")],
    ["reset own second factor", ME, { credential: "totp" }, expect.stringContaining("Another administrator")],
    ["deactivate someone else", OTHER, { active: false }, null],
    ["demote someone else", OTHER, { roles: ["operator"] }, null],
    ["reset someone else's password", OTHER, { credential: "password" }, null],
    ["reset someone else's second factor", OTHER, { credential: "totp" }, null],
  ];
  it.each(table)("%s", (_name, target, change, problem) => {
    expect(selfChangeProblem(admin, target, change)).toEqual(problem);
  });

  it("never treats an API token (no user) as acting on itself", () => {
    const token: Actor = { kind: "token", userId: null, organizationId: ORG_A, roles: ["admin"] };
    expect(selfChangeProblem(token, ME, { active: false, roles: [] })).toBeNull();
  });
});

describe("initial and temporary passwords", () => {
  it.each([
    ["mario.rossi", "a long passphrase here", null],
    ["mario.rossi", "xxMARIO.ROSSIxx-long", "The password must not contain the username"],
    ["anna", "anna is twelve chars", "The password must not contain the username"],
  ] as const)("%s / %s", (username, password, problem) => {
    expect(passwordProblem(username, password)).toBe(problem);
  });
});
