import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../platform/authz/actor.ts";
import { newId } from "../../platform/db/ids.ts";
import {
  assessmentItems,
  assessments,
  cases,
  catalogEntries,
  networkOrganizations,
  networks,
} from "../../platform/db/schema.ts";
import { inTransaction, noMeta } from "../../platform/db/transaction.ts";
import {
  type Agent,
  buildOrganization,
  buildUser,
  createTestApp,
  createTestDatabase,
  signIn,
  type TestApp,
  type TestDatabase,
  testEngine,
} from "../../testing/index.ts";
import { defaultCatalogueEntries } from "./catalogues.defaults.ts";
import {
  activeCodes,
  catalogueEntry,
  catalogueEntryForOrganization,
  ensureCatalogues,
  networkOfOrganization,
} from "./index.ts";

let db: TestDatabase;
let t: TestApp;
let networkId: string;
let inNetworkOrg: string;
let outsideOrg: string;
let admin: Agent;
let operatorIn: Agent;
let operatorOut: Agent;

const levels = {
  "0": { it: "Nessun bisogno", en: "No need" },
  "1": { it: "Basso", en: "Low" },
  "2": { it: "Medio", en: "Medium" },
  "3": { it: "Alto", en: "High" },
};

const system = <T>(fn: Parameters<typeof inTransaction<T>>[3]) =>
  inTransaction(t.deps.database, systemActor, noMeta, fn);

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
  inNetworkOrg = (await buildOrganization(t.deps.database)).id;
  outsideOrg = (await buildOrganization(t.deps.database)).id;
  networkId = newId();
  await system(async ({ tx }) => {
    await tx.insert(networks).values({ id: networkId, name: `Rete ${networkId}` });
    await tx.insert(networkOrganizations).values({ networkId, organizationId: inNetworkOrg });
  });
  const a = await buildUser(t.deps.database, { organizationId: inNetworkOrg, roles: ["admin"] });
  admin = await signIn(t.app, a.username, a.password, a.totpSecret);
  const o = await buildUser(t.deps.database, { organizationId: inNetworkOrg, roles: ["operator"] });
  operatorIn = await signIn(t.app, o.username, o.password);
  const p = await buildUser(t.deps.database, { organizationId: outsideOrg, roles: ["operator"] });
  operatorOut = await signIn(t.app, p.username, p.password);
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

const list = async (agent: Agent, kind: string, query = "") => {
  const res = await agent.request("GET", `/api/v1/catalogues/${kind}${query}`);
  expect(res.statusCode).toBe(200);
  return res.json() as { networkId: string | null; items: Record<string, unknown>[] & { code: string }[] };
};

describe(`catalogues (${testEngine})`, () => {
  it("serves the defaults to everyone signed in, in order, with translations and kind-specific fields", async () => {
    const services = await list(operatorOut, "service_type");
    expect(services.networkId).toBeNull();
    const expected = defaultCatalogueEntries.filter((e) => e.kind === "service_type").map((e) => e.code);
    expect(services.items.map((e) => e.code)).toEqual(expected);
    expect(services.items.find((e) => e.code === "social_secretariat")).toMatchObject({
      networkId: null,
      labels: { it: "Segretariato sociale", ar: expect.any(String) },
      cisisCode: "A1",
      defaultDurationMinutes: 30,
      levels: null,
      active: true,
      version: 1,
    });
    const domains = await list(operatorOut, "assessment_domain");
    const health = domains.items.find((e) => e.code === "health");
    expect(health).toMatchObject({ specialCategory: true, defaultDurationMinutes: null });
    expect(Object.keys(health?.levels as object)).toEqual(["0", "1", "2", "3"]);
    expect((await list(operatorOut, "closure_outcome")).items.map((e) => e.code)).toContain(
      "autonomy_reached",
    );
    const vulnerabilities = await list(operatorOut, "vulnerability");
    expect(vulnerabilities.items.find((e) => e.code === "trafficking")).toMatchObject({
      specialCategory: true,
    });
    expect((await operatorOut.request("GET", "/api/v1/catalogues/note_kind")).statusCode).toBe(400);
    expect((await t.app.inject({ method: "GET", url: "/api/v1/catalogues/service_type" })).statusCode).toBe(
      401,
    );
  });

  it("lets an administrator override a default for one network and add a network's own code", async () => {
    const override = await admin.request("POST", "/api/v1/catalogues/service_type", {
      code: "orientation",
      networkId,
      labels: { it: "Orientamento (rete)", en: "Orientation (network)" },
      defaultDurationMinutes: 20,
      cisisCode: "A1",
      sortOrder: 10,
    });
    expect(override.statusCode).toBe(201);
    expect(override.json()).toMatchObject({
      networkId,
      code: "orientation",
      defaultDurationMinutes: 20,
      version: 1,
    });
    const own = await admin.request("POST", "/api/v1/catalogues/service_type", {
      code: "sportello_casa",
      networkId,
      labels: { it: "Sportello casa" },
      sortOrder: 15,
    });
    expect(own.statusCode).toBe(201);

    const inside = await list(operatorIn, "service_type");
    expect(inside.networkId).toBe(networkId);
    const codes = inside.items.map((e) => e.code);
    expect(codes.filter((c) => c === "orientation")).toHaveLength(1);
    expect(inside.items.find((e) => e.code === "orientation")).toMatchObject({
      networkId,
      labels: { it: "Orientamento (rete)" },
    });
    expect(codes.indexOf("sportello_casa")).toBe(codes.indexOf("orientation") + 1);

    const outside = await list(operatorOut, "service_type");
    expect(outside.items.find((e) => e.code === "orientation")).toMatchObject({ networkId: null });
    expect(outside.items.map((e) => e.code)).not.toContain("sportello_casa");
    // Any network's catalogue may be asked for explicitly.
    const explicit = await list(operatorOut, "service_type", `?networkId=${networkId}`);
    expect(explicit.items.map((e) => e.code)).toContain("sportello_casa");

    // The same code twice at the same level is a conflict; an unknown network is unprocessable.
    const again = await admin.request("POST", "/api/v1/catalogues/service_type", {
      code: "orientation",
      networkId,
      labels: { it: "Doppio" },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("ALREADY_EXISTS");
    const globalAgain = await admin.request("POST", "/api/v1/catalogues/service_type", {
      code: "orientation",
      labels: { it: "x" },
    });
    expect(globalAgain.statusCode).toBe(409);
    const unknownNetwork = await admin.request("POST", "/api/v1/catalogues/service_type", {
      code: "nuovo_codice",
      networkId: newId(),
      labels: { it: "x" },
    });
    expect(unknownNetwork.statusCode).toBe(422);

    // Lookups for other modules see the same effective entries.
    await system(async ({ tx }) => {
      expect(await networkOfOrganization(tx, inNetworkOrg)).toBe(networkId);
      expect(await networkOfOrganization(tx, outsideOrg)).toBeNull();
      expect((await catalogueEntry(tx, "service_type", "orientation", networkId))?.labels.it).toBe(
        "Orientamento (rete)",
      );
      expect((await catalogueEntry(tx, "service_type", "orientation"))?.labels.it).toBe(
        "Orientamento ai servizi",
      );
      expect(
        (await catalogueEntryForOrganization(tx, "service_type", "orientation", inNetworkOrg))?.networkId,
      ).toBe(networkId);
      expect(
        (await catalogueEntryForOrganization(tx, "service_type", "orientation", outsideOrg))?.networkId,
      ).toBeNull();
      expect(await catalogueEntry(tx, "service_type", "no_such_code")).toBeNull();
      const codes = await activeCodes(tx, "service_type", networkId);
      expect(codes.has("sportello_casa")).toBe(true);
      expect((await activeCodes(tx, "service_type")).has("sportello_casa")).toBe(false);
    });
  });

  it("deactivates instead of deleting, keeps the code, and answers 409 on a stale version", async () => {
    const entry = (await list(operatorIn, "service_type")).items.find((e) => e.code === "sportello_casa") as {
      id: string;
      version: number;
    };
    const off = await admin.request("PATCH", `/api/v1/catalogues/service_type/${entry.id}`, {
      version: entry.version,
      active: false,
      labels: { it: "Sportello casa", fr: "Guichet logement" },
    });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ active: false, version: 2, labels: { fr: "Guichet logement" } });
    expect((await list(operatorIn, "service_type")).items.map((e) => e.code)).not.toContain("sportello_casa");
    const all = await list(operatorIn, "service_type", "?includeInactive=true");
    expect(all.items.find((e) => e.code === "sportello_casa")).toMatchObject({ active: false });
    await system(async ({ tx }) => {
      expect((await activeCodes(tx, "service_type", networkId)).has("sportello_casa")).toBe(false);
      expect((await catalogueEntry(tx, "service_type", "sportello_casa", networkId))?.active).toBe(false);
    });

    const stale = await admin.request("PATCH", `/api/v1/catalogues/service_type/${entry.id}`, {
      version: 1,
      active: true,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("VERSION_CONFLICT");
    const code = await admin.request("PATCH", `/api/v1/catalogues/service_type/${entry.id}`, {
      version: 2,
      code: "altro",
    });
    expect(code.statusCode).toBe(400);
    const wrongKind = await admin.request("PATCH", `/api/v1/catalogues/closure_outcome/${entry.id}`, {
      version: 2,
    });
    expect(wrongKind.statusCode).toBe(404);
    expect((await admin.request("DELETE", `/api/v1/catalogues/service_type/${entry.id}`)).statusCode).toBe(
      404,
    );
  });

  it("refuses changes from anyone but an administrator, as not found", async () => {
    const entry = (await list(operatorIn, "closure_outcome")).items[0] as unknown as { id: string };
    const post = await operatorIn.request("POST", "/api/v1/catalogues/closure_outcome", {
      code: "moved_abroad",
      labels: { it: "Espatrio" },
    });
    expect(post.statusCode).toBe(404);
    const patch = await operatorIn.request("PATCH", `/api/v1/catalogues/closure_outcome/${entry.id}`, {
      version: 1,
      active: false,
    });
    expect(patch.statusCode).toBe(404);
    const coordinator = await buildUser(t.deps.database, {
      organizationId: inNetworkOrg,
      roles: ["org_coordinator"],
    });
    const c = await signIn(t.app, coordinator.username, coordinator.password);
    expect(
      (
        await c.request("POST", "/api/v1/catalogues/closure_outcome", {
          code: "moved_abroad",
          labels: { it: "Espatrio" },
        })
      ).statusCode,
    ).toBe(404);
  });

  it("checks the fields each kind may have", async () => {
    const noLevels = await admin.request("POST", "/api/v1/catalogues/assessment_domain", {
      code: "digital_skills",
      labels: { it: "Competenze digitali" },
    });
    expect(noLevels.statusCode).toBe(400);
    expect(noLevels.json().error.details).toMatchObject({ field: "body.levels" });
    const created = await admin.request("POST", "/api/v1/catalogues/assessment_domain", {
      code: "digital_skills",
      labels: { it: "Competenze digitali", en: "Digital skills" },
      levels,
    });
    expect(created.statusCode).toBe(201);
    const duration = await admin.request("POST", "/api/v1/catalogues/vulnerability", {
      code: "stateless",
      labels: { it: "Apolide" },
      defaultDurationMinutes: 10,
    });
    expect(duration.statusCode).toBe(400);
    const badCode = await admin.request("POST", "/api/v1/catalogues/vulnerability", {
      code: "Not A Code",
      labels: { it: "x" },
    });
    expect(badCode.statusCode).toBe(400);
  });

  it("keeps an assessment domain special-category once special items use it", async () => {
    const org = inNetworkOrg;
    await system(async ({ tx }) => {
      const caseId = newId();
      const assessmentId = newId();
      await tx.insert(cases).values({
        id: caseId,
        reference: `T-${caseId.slice(-12)}`,
        organizationId: org,
        subjectType: "person",
        state: "assessment",
        origin: "walk_in",
        contactedAt: new Date(),
      });
      await tx.insert(assessments).values({ id: assessmentId, caseId, assessedOn: "2026-01-10" });
      await tx.insert(assessmentItems).values({
        id: newId(),
        assessmentId,
        caseId,
        domain: "health",
        level: 2,
        specialCategory: true,
      });
    });
    const domains = (await list(admin, "assessment_domain")).items;
    const health = domains.find((e) => e.code === "health") as { id: string; version: number };
    const refused = await admin.request("PATCH", `/api/v1/catalogues/assessment_domain/${health.id}`, {
      version: health.version,
      specialCategory: false,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe("SPECIAL_CATEGORY_IN_USE");
    // Other changes to the domain stay possible.
    const relabel = await admin.request("PATCH", `/api/v1/catalogues/assessment_domain/${health.id}`, {
      version: health.version,
      labels: { it: "Salute fisica", en: "Physical health" },
    });
    expect(relabel.statusCode).toBe(200);
    // A domain no special item uses may be turned off and on.
    const mental = domains.find((e) => e.code === "mental_health_addiction") as {
      id: string;
      version: number;
    };
    const off = await admin.request("PATCH", `/api/v1/catalogues/assessment_domain/${mental.id}`, {
      version: mental.version,
      specialCategory: false,
    });
    expect(off.statusCode).toBe(200);
    expect(off.json().specialCategory).toBe(false);
  });

  it("documents the catalogue, service and note routes in the OpenAPI document", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    const paths = doc.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/catalogues/{kind}",
        "/api/v1/catalogues/{kind}/{entryId}",
        "/api/v1/cases/{id}/services",
        "/api/v1/cases/{id}/services/{serviceId}/void",
        "/api/v1/services",
        "/api/v1/cases/{id}/notes",
      ]),
    );
    expect(paths["/api/v1/catalogues/{kind}"]?.post?.responses["201"]).toBeDefined();
    expect(paths["/api/v1/catalogues/{kind}/{entryId}"]?.patch?.responses["200"]).toBeDefined();
    expect(paths["/api/v1/cases/{id}/services"]?.post?.responses["201"]).toBeDefined();
    expect(paths["/api/v1/cases/{id}/notes"]?.get?.responses["200"]).toBeDefined();
  });

  it("ensures the defaults idempotently at start-up, never overwriting an administrator's change", async () => {
    const first = await ensureCatalogues(t.deps.database);
    expect(first.inserted).toBe(0);
    // A default missing (e.g. added by a newer release) is inserted again (deleted as the owner: the app may not).
    await t.deps.database.db.delete(catalogEntries).where(defaultOf("assessment_domain", "income"));
    const second = await ensureCatalogues(t.deps.database);
    expect(second.inserted).toBe(1);
    const domains = (await list(admin, "assessment_domain")).items;
    expect(domains.find((e) => e.code === "health")).toMatchObject({ labels: { it: "Salute fisica" } });
    expect(domains.find((e) => e.code === "income")).toMatchObject({ version: 1 });
  });
});

function defaultOf(kind: string, code: string) {
  return and(eq(catalogEntries.kind, kind), eq(catalogEntries.code, code), isNull(catalogEntries.networkId));
}
