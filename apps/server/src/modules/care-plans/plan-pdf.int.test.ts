import { existsSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/db/schema.ts";
import {
  type Agent,
  buildOrganization,
  buildPerson,
  buildUser,
  createTestApp,
  createTestDatabase,
  signIn,
  type TestApp,
  type TestDatabase,
  testEngine,
} from "../../testing/index.ts";
import { buildCase } from "../assessments/build-case.testing.ts";
import { chromiumPath } from "./pdf/chromium-printer.ts";

let db: TestDatabase;
let t: TestApp;
let manager: Agent;
let outsider: Agent;
let kase: string;
let emptyCase: string;
let planId: string;

const chromium = chromiumPath();
const hasChromium = existsSync(chromium);

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
  const org = (await buildOrganization(t.deps.database)).id;
  const m = await buildUser(t.deps.database, { organizationId: org, roles: ["case_manager"] });
  manager = await signIn(t.app, m.username, m.password, m.totpSecret);
  const o = await buildUser(t.deps.database, { roles: ["operator"] });
  outsider = await signIn(t.app, o.username, o.password);
  const mother = (await buildPerson(t.deps.database, { organizationId: org, givenName: "Amina" })).id;
  const son = (await buildPerson(t.deps.database, { organizationId: org, givenName: "Youssef", sex: "male" }))
    .id;
  const team = [{ userId: m.id, teamRole: "case_manager" as const, organizationId: org }];
  kase = (
    await buildCase(t.deps.database, {
      organizationId: org,
      householdPersonIds: [mother, son],
      caseManagerId: m.id,
      team,
    })
  ).id;
  emptyCase = (
    await buildCase(t.deps.database, { organizationId: org, personId: mother, caseManagerId: m.id, team })
  ).id;
  await manager.request("POST", `/api/v1/cases/${kase}/assessments`, {
    assessedOn: "2026-02-01",
    items: [
      { domain: "housing", level: 3 },
      { domain: "children_schooling", personId: son, level: 2 },
    ],
  });
  const plan = await manager.request("POST", `/api/v1/cases/${kase}/plans`, {
    title: "Percorso verso l'autonomia",
    nextReviewOn: "2026-09-30",
    goals: [
      {
        domain: "housing",
        description: "Trovare un alloggio stabile",
        actions: [
          {
            description: "Domanda di casa popolare",
            responsibleOrganizationId: org,
            responsibleUserId: m.id,
            dueOn: "2026-07-15",
          },
        ],
      },
      { domain: "children_schooling", personId: son, description: "Iscrizione a scuola", actions: [] },
    ],
  });
  planId = plan.json().id;
  await manager.request("POST", `/api/v1/cases/${kase}/plans/${planId}/approve`, { version: 1 });
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

describe(`plan summary PDF (${testEngine})`, () => {
  it.skipIf(!hasChromium)(
    `prints the plan in Arabic and Italian with Chromium${hasChromium ? "" : ` — SKIPPED: no Chromium at ${chromium}`}`,
    async () => {
      for (const lang of ["ar", "it"]) {
        const res = await manager.request("GET", `/api/v1/cases/${kase}/plan.pdf?lang=${lang}`);
        expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
        expect(res.headers["content-type"]).toBe("application/pdf");
        expect(res.headers["content-disposition"]).toContain(`-v1-${lang}.pdf`);
        expect(res.rawPayload.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      }
      const events = await t.deps.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, kase), eq(auditEvents.action, "care_plan.pdf_downloaded")));
      expect(events.map((e) => e.details)).toEqual([
        { planId, version: 1, lang: "ar" },
        { planId, version: 1, lang: "it" },
      ]);
    },
  );

  it("answers 404 for a case without a plan or not visible, 400 for an unknown language", async () => {
    if (hasChromium) {
      expect((await manager.request("GET", `/api/v1/cases/${emptyCase}/plan.pdf`)).statusCode).toBe(404);
      expect((await outsider.request("GET", `/api/v1/cases/${kase}/plan.pdf`)).statusCode).toBe(404);
    }
    expect((await manager.request("GET", `/api/v1/cases/${kase}/plan.pdf?lang=de`)).statusCode).toBe(400);
  });

  it("answers 503 PDF_UNAVAILABLE with a clear message when there is no Chromium", async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    const other = await createTestApp(db.database);
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
    try {
      const m = await buildUser(other.deps.database, { roles: ["operator"] });
      const agent = await signIn(other.app, m.username, m.password);
      const res = await agent.request("GET", `/api/v1/cases/${kase}/plan.pdf?lang=ar`);
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe("PDF_UNAVAILABLE");
      expect(res.json().error.message).toContain("/nonexistent/chromium");
    } finally {
      await other.close();
    }
  });
});

describe("assessments and plans in the OpenAPI document", () => {
  it("documents every route of the two modules, the summary as application/pdf", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/cases/{id}/assessments",
        "/api/v1/cases/{id}/assessments/progress",
        "/api/v1/cases/{id}/plans",
        "/api/v1/cases/{id}/plans/{planId}",
        "/api/v1/cases/{id}/plans/{planId}/submit",
        "/api/v1/cases/{id}/plans/{planId}/approve",
        "/api/v1/cases/{id}/plans/{planId}/actions/{actionId}",
        "/api/v1/cases/{id}/plans/{planId}/versions",
        "/api/v1/cases/{id}/plans/{planId}/versions/{number}",
        "/api/v1/cases/{id}/plans/{planId}/versions/{number}/agreement",
        "/api/v1/cases/{id}/plan.pdf",
      ]),
    );
    const plan = doc.paths["/api/v1/cases/{id}/plans/{planId}"];
    expect(Object.keys(plan)).toEqual(expect.arrayContaining(["get", "put", "patch"]));
    expect(JSON.stringify(doc.paths["/api/v1/cases/{id}/plan.pdf"].get)).toContain("application/pdf");
  });
});
