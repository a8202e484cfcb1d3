import { and, eq } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../platform/authz/actor.ts";
import { newId } from "../../platform/db/ids.ts";
import { auditEvents, networks, projectTargets } from "../../platform/db/schema.ts";
import { inTransaction, noMeta } from "../../platform/db/transaction.ts";
import {
  type Agent,
  buildOrganization,
  buildTerritory,
  buildUser,
  createTestApp,
  createTestDatabase,
  signIn,
  type TestApp,
  type TestDatabase,
  testEngine,
} from "../../testing/index.ts";

let db: TestDatabase;
let t: TestApp;
let admin: Agent;
let operator: Agent;
let lead: { id: string; name: string };
let partner: { id: string; name: string };
let networkId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
  await buildTerritory(t.deps.database, "082053", "Palermo");
  await buildTerritory(t.deps.database, "058091", "Roma");
  lead = await buildOrganization(t.deps.database, { name: "Comune di Palermo (test)" });
  partner = await buildOrganization(t.deps.database, {
    name: "Cooperativa Alfa (test)",
    type: "social_cooperative",
  });
  networkId = newId();
  await inTransaction(t.deps.database, systemActor, noMeta, ({ tx }) =>
    tx.insert(networks).values({ id: networkId, name: "Rete di prova" }),
  );
  const a = await buildUser(t.deps.database, { roles: ["admin"] });
  admin = await signIn(t.app, a.username, a.password, a.totpSecret);
  const o = await buildUser(t.deps.database, { roles: ["operator"] });
  operator = await signIn(t.app, o.username, o.password, o.totpSecret);
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

const base = "/api/v1/projects";
let seq = 0;
function uniqueCode(prefix = "PRJ") {
  seq += 1;
  return `${prefix}-${Date.now().toString(36)}-${seq}`;
}
function newProject(overrides: Record<string, unknown> = {}) {
  return {
    code: uniqueCode(),
    title: "Accoglienza integrata",
    fundLine: "FAMI 2014-2020",
    startDate: "2024-01-01",
    endDate: "2025-12-31",
    leadOrganizationId: lead.id,
    ...overrides,
  };
}
async function create(overrides: Record<string, unknown> = {}) {
  const res = await admin.request("POST", base, newProject(overrides));
  expect(res.statusCode).toBe(201);
  return res.json();
}
function paths(res: { json(): { error: { details: { issues: { path: string }[] } } } }) {
  return res.json().error.details.issues.map((i) => i.path);
}

describe(`projects (${testEngine})`, () => {
  it("creates a project with the lead added among the partners, and targets by territory", async () => {
    const body = newProject({
      description: "Prima accoglienza",
      networkId,
      partners: [{ organizationId: partner.id, role: "partner" }],
      targets: [
        { indicator: "beneficiaries", istatCode: "082053", value: 200, note: null },
        { indicator: "households", istatCode: null, value: 40, note: "whole project" },
      ],
    });
    const res = await admin.request("POST", base, body);
    expect(res.statusCode).toBe(201);
    const project = res.json();
    expect(project).toMatchObject({
      code: body.code,
      title: body.title,
      description: "Prima accoglienza",
      fundLine: "FAMI 2014-2020",
      startDate: "2024-01-01",
      endDate: "2025-12-31",
      leadOrganizationId: lead.id,
      leadOrganizationName: lead.name,
      networkId,
      version: 1,
    });
    expect(project.partners).toEqual([
      { organizationId: lead.id, organizationName: lead.name, role: "lead" },
      { organizationId: partner.id, organizationName: partner.name, role: "partner" },
    ]);
    expect(
      project.targets.map((x: Record<string, unknown>) => [x.indicator, x.territoryName, x.value, x.note]),
    ).toEqual([
      ["beneficiaries", "Palermo", 200, null],
      ["households", null, 40, "whole project"],
    ]);
    const read = await operator.request("GET", `${base}/${project.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(project);
    const org = (await operator.request("GET", `/api/v1/organizations/${partner.id}`)).json();
    expect(org.projectIds).toContain(project.id);
  });

  it("replaces partners and targets on PATCH in one change and bumps the version", async () => {
    const project = await create({
      partners: [{ organizationId: partner.id, role: "partner" }],
      targets: [{ indicator: "beneficiaries", istatCode: "082053", value: 200, note: null }],
    });
    const res = await admin.request("PATCH", `${base}/${project.id}`, {
      version: 1,
      title: "Accoglienza diffusa",
      partners: [],
      targets: [{ indicator: "operators_trained", istatCode: "058091", value: 15, note: "corsi" }],
    });
    expect(res.statusCode).toBe(200);
    const updated = res.json();
    expect(updated.version).toBe(2);
    expect(updated.title).toBe("Accoglienza diffusa");
    expect(updated.partners).toEqual([
      { organizationId: lead.id, organizationName: lead.name, role: "lead" },
    ]);
    expect(updated.targets).toMatchObject([
      { indicator: "operators_trained", territoryName: "Roma", value: 15 },
    ]);
    const stored = await t.deps.database.db
      .select()
      .from(projectTargets)
      .where(eq(projectTargets.projectId, project.id));
    expect(stored).toHaveLength(1);
  });

  it("moves the lead role when the lead changes without a new partner list", async () => {
    const project = await create({ partners: [{ organizationId: partner.id, role: "coordination" }] });
    const res = await admin.request("PATCH", `${base}/${project.id}`, {
      version: 1,
      leadOrganizationId: partner.id,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().leadOrganizationName).toBe(partner.name);
    expect(
      res.json().partners.map((p: { organizationId: string; role: string }) => [p.organizationId, p.role]),
    ).toEqual([
      [partner.id, "lead"],
      [lead.id, "partner"],
    ]);
  });

  it("refuses a partner list that contradicts the lead", async () => {
    const res = await admin.request(
      "POST",
      base,
      newProject({ partners: [{ organizationId: partner.id, role: "lead" }] }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("VALIDATION_FAILED");
    expect(paths(res)).toEqual(["body.partners"]);
  });

  it("answers 409 ALREADY_EXISTS to a code already used, ignoring case", async () => {
    const code = uniqueCode("dup");
    await create({ code });
    const again = await admin.request("POST", base, newProject({ code: code.toUpperCase() }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("ALREADY_EXISTS");
    const other = await create();
    const rename = await admin.request("PATCH", `${base}/${other.id}`, {
      version: 1,
      code: code.toUpperCase(),
    });
    expect(rename.statusCode).toBe(409);
    const ownCase = await admin.request("PATCH", `${base}/${other.id}`, {
      version: 1,
      code: other.code.toLowerCase(),
    });
    expect(ownCase.statusCode).toBe(200);
  });

  it("answers 400 VALIDATION_FAILED to an end date before the start date, on create and on update", async () => {
    const res = await admin.request(
      "POST",
      base,
      newProject({ startDate: "2025-01-01", endDate: "2024-12-31" }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("VALIDATION_FAILED");
    expect(paths(res)).toContain("body.endDate");
    const project = await create();
    const patch = await admin.request("PATCH", `${base}/${project.id}`, {
      version: 1,
      endDate: "2023-12-31",
    });
    expect(patch.statusCode).toBe(400);
    expect(paths(patch)).toEqual(["body.endDate"]);
  });

  it("answers 400 VALIDATION_FAILED with issues to malformed fields", async () => {
    const res = await admin.request("POST", base, {
      ...newProject({ startDate: "1 gennaio" }),
      targets: [{ indicator: "smiles", istatCode: null, value: -1, note: null }],
      partners: [
        { organizationId: partner.id, role: "partner" },
        { organizationId: partner.id, role: "funder" },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(paths(res)).toEqual(
      expect.arrayContaining([
        "body.startDate",
        "body.targets.0.indicator",
        "body.targets.0.value",
        "body.partners",
      ]),
    );
  });

  it("answers 422 UNPROCESSABLE to unknown territories, organisations and networks", async () => {
    const res = await admin.request(
      "POST",
      base,
      newProject({
        networkId: uuidv7(),
        partners: [{ organizationId: uuidv7(), role: "partner" }],
        targets: [{ indicator: "beneficiaries", istatCode: "999999", value: 1, note: null }],
      }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe("UNPROCESSABLE");
    expect(res.json().error.message).toContain("999999");
    expect(paths(res)).toEqual(
      expect.arrayContaining([
        "body.networkId",
        "body.partners.1.organizationId",
        "body.targets.0.istatCode",
      ]),
    );
    const unknownLead = await admin.request("POST", base, newProject({ leadOrganizationId: uuidv7() }));
    expect(unknownLead.statusCode).toBe(422);
    expect(paths(unknownLead)).toEqual(["body.leadOrganizationId"]);
  });

  it("answers 404 to a non-administrator's writes and lets them read", async () => {
    const project = await create();
    expect((await operator.request("POST", base, newProject())).statusCode).toBe(404);
    const patch = await operator.request("PATCH", `${base}/${project.id}`, { version: 1, title: "Nope" });
    expect(patch.statusCode).toBe(404);
    expect(patch.json().error.code).toBe("NOT_FOUND");
    expect((await operator.request("GET", `${base}/${project.id}`)).json().title).toBe(project.title);
    expect((await operator.request("GET", `${base}/${uuidv7()}`)).statusCode).toBe(404);
  });

  it("answers 409 VERSION_CONFLICT with the current version to a stale write", async () => {
    const project = await create();
    await admin.request("PATCH", `${base}/${project.id}`, { version: 1, title: "Prima modifica" });
    const stale = await admin.request("PATCH", `${base}/${project.id}`, {
      version: 1,
      title: "Seconda modifica",
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: "VERSION_CONFLICT", details: { currentVersion: 2 } });
  });

  it("pages by code with a cursor, without overlap, and filters by partner organisation", async () => {
    const prefix = uniqueCode("PAGE");
    const member = await buildOrganization(t.deps.database);
    const codes = ["c", "A", "b"].map((s) => `${prefix}-${s}`);
    for (const code of codes)
      await create({ code, partners: [{ organizationId: member.id, role: "partner" }] });
    await create({ code: `${prefix}-d` });
    const q = encodeURIComponent(prefix.toLowerCase());
    const first = (await operator.request("GET", `${base}?q=${q}&limit=2`)).json();
    expect(first.items.map((p: { code: string }) => p.code)).toEqual([`${prefix}-A`, `${prefix}-b`]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (
      await operator.request("GET", `${base}?q=${q}&limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items.map((p: { code: string }) => p.code)).toEqual([`${prefix}-c`, `${prefix}-d`]);
    expect(second.nextCursor).toBeNull();
    const byMember = (await operator.request("GET", `${base}?organizationId=${member.id}`)).json();
    expect(byMember.items.map((p: { code: string }) => p.code)).toEqual([
      `${prefix}-A`,
      `${prefix}-b`,
      `${prefix}-c`,
    ]);
  });

  it("replays a PATCH retried with the same Idempotency-Key without a second version", async () => {
    const project = await create();
    const headers = { "idempotency-key": `prj-patch-${project.id}` };
    const first = await admin.request(
      "PATCH",
      `${base}/${project.id}`,
      { version: 1, title: "Una volta" },
      headers,
    );
    const retry = await admin.request(
      "PATCH",
      `${base}/${project.id}`,
      { version: 1, title: "Una volta" },
      headers,
    );
    expect(first.statusCode).toBe(200);
    expect(retry.statusCode).toBe(200);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.json()).toEqual(first.json());
    expect((await admin.request("GET", `${base}/${project.id}`)).json().version).toBe(2);
  });

  it("records audit events naming the changed fields under the lead organisation", async () => {
    const project = await create();
    await admin.request("PATCH", `${base}/${project.id}`, {
      version: 1,
      fundLine: "PNRR",
      targets: [{ indicator: "beneficiaries", istatCode: null, value: 10, note: null }],
    });
    const events = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "project"), eq(auditEvents.entityId, project.id)))
      .orderBy(auditEvents.seq);
    expect(events.map((e) => [e.action, e.organizationId])).toEqual([
      ["project.created", lead.id],
      ["project.updated", lead.id],
    ]);
    expect(events[0]?.details).toEqual({
      fields: ["code", "title", "fundLine", "startDate", "endDate", "leadOrganizationId", "partners"],
    });
    expect(events[1]?.details).toEqual({ fields: ["fundLine", "targets"] });
  });
});
