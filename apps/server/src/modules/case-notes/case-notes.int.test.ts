import { eq, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../platform/authz/actor.ts";
import { systemActor } from "../../platform/authz/actor.ts";
import { newId } from "../../platform/db/ids.ts";
import { attachments, auditEvents } from "../../platform/db/schema.ts";
import { inTransaction, noMeta } from "../../platform/db/transaction.ts";
import {
  type Agent,
  type BuiltUser,
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
import { buildCaseFixture } from "../services/case-fixture.testing.ts";

let db: TestDatabase;
let t: TestApp;
let orgA: string;
let orgB: string;
let users: Record<string, BuiltUser>;
let agents: Record<string, Agent>;
let mother: string;
let stranger: string;
let caseId: string;
const notes: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
  const database = t.deps.database;
  orgA = (await buildOrganization(database)).id;
  orgB = (await buildOrganization(database)).id;
  const spec = {
    manager: [orgA, "case_manager"],
    psychologist: [orgA, "psychologist"],
    mediator: [orgA, "cultural_mediator"],
    operatorOffTeam: [orgA, "operator"],
    psychologistOffTeam: [orgA, "psychologist"],
    partnerJob: [orgB, "job_advisor"],
    partnerLegal: [orgB, "legal_advisor"],
    outsider: [orgB, "operator"],
    admin: [orgA, "admin"],
  } as const;
  users = {};
  agents = {};
  for (const [name, [organizationId, role]] of Object.entries(spec)) {
    const u = await buildUser(database, { organizationId, roles: [role] });
    users[name] = u;
    agents[name] = await signIn(t.app, u.username, u.password, u.totpSecret);
  }
  mother = (await buildPerson(database, { organizationId: orgA, givenName: "Amina" })).id;
  const son = (await buildPerson(database, { organizationId: orgA, givenName: "Youssef" })).id;
  stranger = (await buildPerson(database, { organizationId: orgA, givenName: "Other" })).id;
  const id = (n: string) => (users[n] as BuiltUser).id;
  caseId = (
    await buildCaseFixture(database, {
      organizationId: orgA,
      householdPersonIds: [mother, son],
      caseManagerId: id("manager"),
      team: [
        { userId: id("manager"), teamRole: "case_manager", organizationId: orgA },
        { userId: id("psychologist"), teamRole: "psychologist", organizationId: orgA },
        { userId: id("mediator"), teamRole: "cultural_mediator", organizationId: orgA },
        { userId: id("partnerJob"), teamRole: "job_advisor", organizationId: orgB },
        { userId: id("partnerLegal"), teamRole: "legal_advisor", organizationId: orgB },
      ],
    })
  ).id;
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

const agent = (name: string) => agents[name] as Agent;
const url = () => `/api/v1/cases/${caseId}/notes`;
const write = (who: string, body: Record<string, unknown>, headers?: Record<string, string>) =>
  agent(who).request("POST", url(), body, headers);

async function visible(who: string): Promise<string[]> {
  const res = await agent(who).request("GET", `${url()}?limit=200`);
  expect(res.statusCode).toBe(200);
  return res.json().items.map((n: { body: string }) => n.body);
}

async function attachment(personId: string, deleted = false): Promise<string> {
  const id = newId();
  await inTransaction(t.deps.database, systemActor, noMeta, ({ tx }) =>
    tx.insert(attachments).values({
      id,
      organizationId: orgA,
      personId,
      kind: "other",
      retentionClass: "case_record",
      fileName: "relazione.pdf",
      contentType: "application/pdf",
      sizeBytes: 10,
      sha256: "0".repeat(64),
      storageKey: `test/${id}`,
      wrappedKey: "x",
      deletedAt: deleted ? new Date() : null,
    }),
  );
  return id;
}

describe(`case notes (${testEngine})`, () => {
  it("lets each role write the confidentiality levels it may read, and refuses the others with a clear code", async () => {
    for (const [key, who, confidentiality] of [
      ["team", "mediator", "team"],
      ["manager", "manager", "case_manager"],
      ["special", "manager", "special_category"],
      ["psy", "psychologist", "special_category"],
      ["partner", "partnerJob", "team"],
    ] as const) {
      const res = await write(who, { confidentiality, body: `nota ${key}` });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        caseId,
        confidentiality,
        authorId: users[who]?.id,
        correctsId: null,
      });
      notes[key] = res.json().id;
    }
    for (const [who, confidentiality, required] of [
      ["mediator", "special_category", "special_category_role_on_team"],
      ["mediator", "case_manager", "case_manager"],
      ["psychologist", "case_manager", "case_manager"],
      ["partnerLegal", "special_category", "special_category_role_on_team"],
      ["psychologistOffTeam", "special_category", "special_category_role_on_team"],
      ["operatorOffTeam", "special_category", "special_category_role_on_team"],
    ] as const) {
      const res = await write(who, { confidentiality, body: "non permesso" });
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({
        code: "NOTE_CONFIDENTIALITY_NOT_ALLOWED",
        details: { required },
      });
    }
    for (const who of ["outsider", "admin"]) {
      expect((await write(who, { confidentiality: "team", body: "x" })).statusCode).toBe(404);
    }
  });

  it("shows each reader only what they may see (row-level security)", async () => {
    const all = ["nota team", "nota manager", "nota special", "nota psy", "nota partner"];
    const teamOnly = ["nota team", "nota partner"];
    const expectations: [string, string[]][] = [
      ["manager", all],
      ["psychologist", ["nota team", "nota special", "nota psy", "nota partner"]],
      ["mediator", teamOnly],
      // A partner organisation's team member never sees special-category notes, whatever the role.
      ["partnerJob", teamOnly],
      ["partnerLegal", teamOnly],
      // In the organisation but not on the team: the case, not its special-category or reserved notes.
      ["operatorOffTeam", teamOnly],
      ["psychologistOffTeam", teamOnly],
    ];
    for (const [who, expected] of expectations) {
      expect((await visible(who)).sort(), who).toEqual([...expected].sort());
    }
    for (const who of ["outsider", "admin"]) {
      expect((await agent(who).request("GET", url())).statusCode).toBe(404);
    }
  });

  it("is append-only: corrections are new notes, the corrected one is listed as corrected", async () => {
    const fix = await write("mediator", {
      confidentiality: "team",
      body: "nota team corretta",
      correctsId: notes.team,
    });
    expect(fix.statusCode).toBe(201);
    expect(fix.json().correctsId).toBe(notes.team);
    const items = (await agent("partnerJob").request("GET", `${url()}?limit=200`)).json().items as {
      id: string;
      correctedById: string | null;
      authorName: string | null;
    }[];
    expect(items.find((n) => n.id === notes.team)?.correctedById).toBe(fix.json().id);
    expect(items.find((n) => n.id === fix.json().id)?.correctedById).toBeNull();
    expect(items.find((n) => n.id === notes.team)?.authorName).toBe(`Test ${users.mediator?.username}`);

    // Only the author or the case manager corrects, with the same confidentiality, a note they can see.
    const notAuthor = await write("partnerJob", {
      confidentiality: "team",
      body: "x",
      correctsId: notes.team,
    });
    expect(notAuthor.statusCode).toBe(422);
    const byManager = await write("manager", {
      confidentiality: "team",
      body: "nota team rivista",
      correctsId: notes.team,
    });
    expect(byManager.statusCode).toBe(201);
    const downgrade = await write("manager", {
      confidentiality: "team",
      body: "x",
      correctsId: notes.special,
    });
    expect(downgrade.statusCode).toBe(422);
    expect(downgrade.json().error.details).toMatchObject({ expected: "special_category" });
    const unseen = await write("mediator", { confidentiality: "team", body: "x", correctsId: notes.special });
    expect(unseen.statusCode).toBe(422);

    for (const method of ["PATCH", "PUT", "DELETE"] as const) {
      expect((await agent("manager").request(method, `${url()}/${notes.team}`, {})).statusCode).toBe(404);
    }
    // The database refuses too: app_user may only insert and read notes.
    const mediatorActor: Actor = {
      kind: "user",
      userId: users.mediator?.id ?? null,
      organizationId: orgA,
      roles: ["cultural_mediator"],
    };
    await expect(
      inTransaction(t.deps.database, mediatorActor, noMeta, ({ tx }) =>
        tx.execute(sql`update case_notes set body = 'riscritta' where id = ${notes.team}`),
      ),
    ).rejects.toThrow();
  });

  it("links an attachment of the case's people, and refuses others", async () => {
    const doc = await attachment(mother);
    const res = await write("manager", {
      confidentiality: "team",
      body: "relazione allegata",
      attachmentId: doc,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().attachmentId).toBe(doc);
    const [row] = await t.deps.database.db.select().from(attachments).where(eq(attachments.id, doc));
    expect(row?.caseId).toBe(caseId);
    // Already filed on this case: usable again.
    expect(
      (await write("manager", { confidentiality: "team", body: "ancora", attachmentId: doc })).statusCode,
    ).toBe(201);
    for (const other of [await attachment(stranger), await attachment(mother, true), uuidv7()]) {
      const refused = await write("manager", { confidentiality: "team", body: "x", attachmentId: other });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error.code).toBe("ATTACHMENT_NOT_USABLE");
    }
    // A partner who may not see the person's documents cannot attach them.
    const partner = await write("partnerJob", { confidentiality: "team", body: "x", attachmentId: doc });
    expect(partner.statusCode).toBe(422);
  });

  it("pages newest first, accepts client ids and Idempotency-Key, and audits without the text", async () => {
    const id = uuidv7();
    const headers = { "idempotency-key": `note-${id}` };
    const first = await write("manager", { id, confidentiality: "team", body: "nota idempotente" }, headers);
    const again = await write("manager", { id, confidentiality: "team", body: "nota idempotente" }, headers);
    expect(first.statusCode).toBe(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.json().id).toBe(id);

    const all = (await agent("manager").request("GET", `${url()}?limit=200`)).json().items as {
      id: string;
      createdAt: string;
    }[];
    expect(all[0]?.id).toBe(id);
    const sorted = [...all].sort((a, b) =>
      a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1,
    );
    expect(all.map((n) => n.id)).toEqual(sorted.map((n) => n.id));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=3&cursor=${cursor}` : "?limit=3";
      const page = (await agent("manager").request("GET", `${url()}${query}`)).json();
      seen.push(...page.items.map((n: { id: string }) => n.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((n) => n.id));

    const events = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "case_note.created"));
    expect(events.length).toBeGreaterThan(5);
    expect(JSON.stringify(events.map((e) => e.details))).not.toContain("nota");
  });
});
