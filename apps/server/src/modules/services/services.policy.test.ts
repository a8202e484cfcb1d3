import { describe, expect, it } from "vitest";
import { type Actor, systemActor } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";
import {
  canRecordService,
  canUseSpecialServiceTypes,
  canVoidService,
  canWorkWithServices,
  registerShowsSpecialTypes,
  type ServiceCaseAccess,
} from "./services.policy.ts";

const user = (role: Role, id = "u", org = "org-a"): Actor => ({
  kind: "user",
  userId: id,
  organizationId: org,
  roles: [role],
});
const token = (role: Role): Actor => ({
  kind: "token",
  userId: null,
  organizationId: "org-a",
  roles: [role],
  tokenId: "t",
});
const writer: ServiceCaseAccess = { canWrite: true, isCaseManager: false, canSeeSpecial: false };
const reader: ServiceCaseAccess = { canWrite: false, isCaseManager: false, canSeeSpecial: false };
const manager: ServiceCaseAccess = { canWrite: true, isCaseManager: true, canSeeSpecial: true };
const special: ServiceCaseAccess = { canWrite: true, isCaseManager: false, canSeeSpecial: true };

describe("services policy: who works with services and records on a case", () => {
  it.each([
    ["an operator", user("operator"), true, true, false],
    ["an outreach worker", user("outreach_worker"), true, true, false],
    ["a case manager", user("case_manager"), true, true, true],
    ["a psychologist", user("psychologist"), true, true, true],
    ["a legal advisor", user("legal_advisor"), true, true, true],
    ["a cultural mediator", user("cultural_mediator"), true, true, false],
    ["a housing advisor", user("housing_advisor"), true, true, false],
    ["a job advisor", user("job_advisor"), true, true, false],
    ["an organisation coordinator", user("org_coordinator"), true, true, false],
    ["a project coordinator", user("project_coordinator"), true, true, false],
    ["an operator API token", token("operator"), true, true, false],
    ["an administrator", user("admin"), false, false, false],
    ["the DPO", user("dpo"), false, false, false],
    ["network governance", user("network_governance"), false, false, false],
    ["a training coordinator", user("training_coordinator"), false, false, false],
    ["the system", systemActor, false, false, false],
  ])(
    "%s: register %s, records on a writable case %s, special types in the register %s",
    (_w, actor, works, records, specialRegister) => {
      expect(canWorkWithServices(actor)).toBe(works);
      expect(canRecordService(actor, writer)).toBe(records);
      expect(canRecordService(actor, reader)).toBe(false);
      expect(registerShowsSpecialTypes(actor)).toBe(specialRegister);
    },
  );

  it.each([
    ["a writer without special access", writer, false],
    ["a special-category role on the team", special, true],
    ["the case manager", manager, true],
  ])("special-category service types on the case for %s: %s", (_w, access, allowed) => {
    expect(canUseSpecialServiceTypes(access)).toBe(allowed);
  });
});

describe("services policy: voiding", () => {
  const record = { organizationId: "org-a", createdBy: "author", operatorId: "deliverer" };
  it.each([
    ["its author", user("operator", "author"), writer, true],
    ["the operator who delivered it", user("operator", "deliverer"), writer, true],
    ["another operator", user("operator", "other"), writer, false],
    ["the case manager", user("case_manager", "cm"), manager, true],
    ["the organisation's coordinator", user("org_coordinator", "coord"), writer, true],
    ["the author without write access any more", user("operator", "author"), reader, false],
    [
      "a partner organisation's coordinator on the team",
      user("org_coordinator", "pc", "org-b"),
      writer,
      false,
    ],
    [
      "a partner case manager of the record's author organisation",
      user("case_manager", "author", "org-b"),
      manager,
      false,
    ],
    ["an administrator", user("admin", "author"), writer, false],
  ])("%s: %s", (_w, actor, access, allowed) => {
    expect(canVoidService(actor, access, record)).toBe(allowed);
  });
});
