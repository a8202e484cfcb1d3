import { describe, expect, it } from "vitest";
import { type Actor, systemActor } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";
import {
  canDecideApproval,
  canManageCase,
  canManageTeam,
  canOpenCase,
  canSeeCaseload,
  canTransitionCase,
  canWorkWithCases,
  caseAccessFlags,
  isActiveCaseManagerOf,
  type TeamSeat,
  teamRoleForAccountRoles,
} from "./cases.policy.ts";

const user = (roles: Role[], org = "org-a", id = "u"): Actor => ({
  kind: "user",
  userId: id,
  organizationId: org,
  roles,
});
const kase = { organizationId: "org-a", caseManagerId: "cm", state: "active" as const };
const seat = (teamRole: TeamSeat["teamRole"], organizationId = "org-a"): TeamSeat => ({
  id: "s",
  teamRole,
  organizationId,
});

describe("case policy", () => {
  it.each([
    ["operator", ["operator"], true],
    ["case manager", ["case_manager"], true],
    ["psychologist", ["psychologist"], true],
    ["org coordinator", ["org_coordinator"], true],
    ["project coordinator", ["project_coordinator"], true],
    ["admin", ["admin"], false],
    ["dpo", ["dpo"], false],
    ["governance", ["network_governance"], false],
    ["training", ["training_coordinator"], false],
    ["case manager and admin", ["case_manager", "admin"], false],
    ["nobody", [], false],
  ] as [string, Role[], boolean][])("%s works with cases: %s", (_w, roles, ok) => {
    expect(canWorkWithCases(user(roles))).toBe(ok);
    expect(canOpenCase(user(roles), "org-a")).toBe(ok);
    expect(canOpenCase(user(roles), "org-b")).toBe(false);
  });

  it("refuses the system actor and users without an organisation", () => {
    expect(canWorkWithCases(systemActor)).toBe(false);
    expect(canWorkWithCases({ ...user(["operator"]), organizationId: null })).toBe(false);
  });

  it.each([
    // who, actor, seat, visible, isCaseManager, canSeeSpecial, canWrite
    ["the case manager", user(["case_manager"], "org-a", "cm"), seat("case_manager"), true, true, true, true],
    ["an own-org operator off the team", user(["operator"]), null, true, false, false, true],
    [
      "an own-org psychologist on the team",
      user(["psychologist"]),
      seat("psychologist"),
      true,
      false,
      true,
      true,
    ],
    ["an own-org psychologist off the team", user(["psychologist"]), null, true, false, false, true],
    [
      "an own-org mediator on the team",
      user(["cultural_mediator"]),
      seat("cultural_mediator"),
      true,
      false,
      false,
      true,
    ],
    [
      "a partner mediator on the team",
      user(["cultural_mediator"], "org-b"),
      seat("cultural_mediator", "org-b"),
      true,
      false,
      false,
      true,
    ],
    [
      "a partner psychologist on the team",
      user(["psychologist"], "org-b"),
      seat("psychologist", "org-b"),
      true,
      false,
      false,
      true,
    ],
    [
      "a partner case manager on the team",
      user(["case_manager"], "org-b"),
      seat("case_manager", "org-b"),
      true,
      true,
      false,
      true,
    ],
    ["another organisation off the team", user(["case_manager"], "org-b"), null, false, false, false, false],
    ["an administrator", user(["admin"]), null, false, false, false, false],
  ] as [string, Actor, TeamSeat | null, boolean, boolean, boolean, boolean][])(
    "%s",
    (_w, actor, s, visible, isCaseManager, canSeeSpecial, canWrite) => {
      expect(caseAccessFlags(actor, kase, s)).toEqual({ visible, isCaseManager, canSeeSpecial, canWrite });
    },
  );

  it("lets the case manager and the organisation's coordinator manage the case and its team", () => {
    const cm = user(["case_manager"], "org-a", "cm");
    const coordinator = user(["org_coordinator"]);
    const partnerCoordinator = user(["org_coordinator"], "org-b");
    const operator = user(["operator"]);
    const flags = (a: Actor, s: TeamSeat | null = null) => caseAccessFlags(a, kase, s);
    expect(canManageCase(cm, kase, flags(cm))).toBe(true);
    expect(canManageTeam(coordinator, kase, flags(coordinator))).toBe(true);
    expect(canManageTeam(operator, kase, flags(operator))).toBe(false);
    expect(canManageTeam(partnerCoordinator, kase, flags(partnerCoordinator, seat("other", "org-b")))).toBe(
      false,
    );
    // Before a case manager is named, any case worker of the organisation moves the first steps.
    const unmanaged = { ...kase, caseManagerId: null };
    expect(canTransitionCase(operator, kase, flags(operator))).toBe(false);
    expect(canTransitionCase(operator, unmanaged, caseAccessFlags(operator, unmanaged, null))).toBe(true);
  });

  it("lets only another coordinator of the organisation decide an approval", () => {
    const approval = { organizationId: "org-a", requestedBy: "cm" };
    expect(canDecideApproval(user(["org_coordinator"], "org-a", "co"), approval)).toBe(true);
    expect(canDecideApproval(user(["org_coordinator"], "org-a", "cm"), approval)).toBe(false);
    expect(canDecideApproval(user(["org_coordinator"], "org-b", "co"), approval)).toBe(false);
    expect(canDecideApproval(user(["case_manager"], "org-a", "co"), approval)).toBe(false);
    expect(canSeeCaseload(user(["org_coordinator"]), "org-a")).toBe(true);
    expect(canSeeCaseload(user(["org_coordinator"]), "org-b")).toBe(false);
    expect(canSeeCaseload(user(["case_manager"]), "org-a")).toBe(false);
  });

  it("maps account roles to a team role and checks case managers", () => {
    expect(teamRoleForAccountRoles(["case_manager", "psychologist"])).toBe("case_manager");
    expect(teamRoleForAccountRoles(["outreach_worker"])).toBe("operator");
    expect(teamRoleForAccountRoles(["org_coordinator"])).toBeNull();
    const u = { active: true, organizationId: "org-a", roles: ["case_manager"] };
    expect(isActiveCaseManagerOf(u, "org-a")).toBe(true);
    expect(isActiveCaseManagerOf({ ...u, active: false }, "org-a")).toBe(false);
    expect(isActiveCaseManagerOf(u, "org-b")).toBe(false);
    expect(isActiveCaseManagerOf({ ...u, roles: ["operator"] }, "org-a")).toBe(false);
    expect(isActiveCaseManagerOf(null, "org-a")).toBe(false);
  });
});
