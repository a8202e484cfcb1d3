import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../platform/db/ids.ts";
import { auditEvents, sessions } from "../../platform/db/schema.ts";
import {
  type Agent,
  type BuiltUser,
  buildOrganization,
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
let orgA: string;
let orgB: string;
let adminUser: BuiltUser;
let admin: Agent;
let coordinator: Agent;
let operatorA: BuiltUser;
let operatorB: BuiltUser;

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
  orgA = (await buildOrganization(t.deps.database)).id;
  orgB = (await buildOrganization(t.deps.database)).id;
  adminUser = await buildUser(t.deps.database, { organizationId: orgA, roles: ["admin"] });
  admin = await signIn(t.app, adminUser.username, adminUser.password, adminUser.totpSecret);
  const c = await buildUser(t.deps.database, { organizationId: orgA, roles: ["org_coordinator"] });
  coordinator = await signIn(t.app, c.username, c.password);
  operatorA = await buildUser(t.deps.database, { organizationId: orgA, roles: ["operator"] });
  operatorB = await buildUser(t.deps.database, { organizationId: orgB, roles: ["operator"] });
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

const base = "/api/v1/users";
const password = "an initial passphrase 2026";
let n = 0;
function newUser(overrides: Record<string, unknown> = {}) {
  n += 1;
  return {
    username: `new.user-${Date.now().toString(36)}${n}`,
    displayName: `Nuova Utente ${n} ${Date.now().toString(36)}`,
    email: `nuova${n}@example.org`,
    organizationId: orgA,
    roles: ["operator"],
    password,
    ...overrides,
  };
}

async function create(overrides: Record<string, unknown> = {}) {
  const res = await admin.request("POST", base, newUser(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

function auditOf(action: string, entityId?: string) {
  return t.deps.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), entityId ? eq(auditEvents.entityId, entityId) : undefined))
    .orderBy(asc(auditEvents.seq));
}

function login(username: string, pw: string) {
  return t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username, password: pw } });
}

describe(`user administration (${testEngine})`, () => {
  it("lets an administrator create a user who can then sign in with the initial password", async () => {
    const body = newUser({ roles: ["operator", "cultural_mediator"], locale: "en" });
    const res = await admin.request("POST", base, body);
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(Object.keys(user).sort()).toEqual(
      [
        "id",
        "username",
        "displayName",
        "email",
        "organizationId",
        "organizationName",
        "roles",
        "locale",
        "active",
        "totpEnabled",
        "lastLoginAt",
        "version",
        "createdAt",
        "updatedAt",
      ].sort(),
    );
    expect(user).toMatchObject({
      username: body.username,
      organizationId: orgA,
      roles: ["cultural_mediator", "operator"],
      locale: "en",
      active: true,
      totpEnabled: false,
      lastLoginAt: null,
      version: 1,
    });
    const agent = await signIn(t.app, body.username, password);
    const me = await agent.request("GET", "/api/v1/me");
    expect(me.json().user.id).toBe(user.id);

    const [event] = await auditOf("user.created", user.id);
    expect(event?.organizationId).toBe(orgA);
    const details = JSON.stringify(event?.details);
    expect(details).not.toContain(body.username);
    expect(details).not.toContain(body.displayName);
    expect(details).not.toContain(body.email);
  });

  it("keeps the client-made id and replays a retried create with the same Idempotency-Key", async () => {
    const id = newId();
    const body = newUser({ id });
    const headers = { "idempotency-key": `create-user-${id}` };
    const first = await admin.request("POST", base, body, headers);
    const retry = await admin.request("POST", base, body, headers);
    expect(first.statusCode).toBe(201);
    expect(first.json().id).toBe(id);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.json()).toEqual(first.json());
    expect(await auditOf("user.created", id)).toHaveLength(1);
  });

  it("refuses a username already taken, ignoring case, with 409 ALREADY_EXISTS", async () => {
    await buildUser(t.deps.database, { organizationId: orgA, username: "Maria.Verdi" });
    const res = await admin.request("POST", base, newUser({ username: "maria.verdi" }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: "ALREADY_EXISTS", details: { field: "username" } });
  });

  it("refuses a malformed username, a short password and an empty role list with 400", async () => {
    for (const [field, value] of [
      ["username", "Mario Rossi!"],
      ["username", "ab"],
      ["password", "short"],
      ["roles", []],
    ] as const) {
      const res = await admin.request("POST", base, newUser({ [field]: value }));
      expect(res.statusCode, `${field}=${JSON.stringify(value)}`).toBe(400);
      expect(res.json().error.code).toBe("VALIDATION_FAILED");
      expect(res.json().error.details.issues[0].path).toBe(`body.${field}`);
    }
  });

  it("refuses a password that contains the username and an unknown organisation with 422", async () => {
    const weak = await admin.request(
      "POST",
      base,
      newUser({ username: "luca.neri", password: "luca.neri-2026!" }),
    );
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error.code).toBe("PASSWORD_POLICY");
    const orphan = await admin.request("POST", base, newUser({ organizationId: newId() }));
    expect(orphan.statusCode).toBe(422);
    expect(orphan.json().error.details).toEqual({ field: "organizationId" });
  });

  it("answers 404 to an operator on every user route", async () => {
    const op = await signIn(t.app, operatorA.username, operatorA.password);
    const own = `${base}/${operatorA.id}`;
    const answers = [
      await op.request("GET", base),
      await op.request("POST", base, newUser()),
      await op.request("GET", own),
      await op.request("PATCH", own, { version: 1, displayName: "Me" }),
      await op.request("POST", `${own}/reset-totp`),
      await op.request("POST", `${own}/password`, { newPassword: "another long passphrase" }),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404, 404]);
  });

  it("shows an organisation coordinator the users of their organisation only", async () => {
    const list = await coordinator.request("GET", `${base}?limit=200`);
    expect(list.statusCode).toBe(200);
    const items: { id: string; organizationId: string }[] = list.json().items;
    expect(items.map((u) => u.id)).toContain(operatorA.id);
    expect(items.map((u) => u.id)).not.toContain(operatorB.id);
    expect(new Set(items.map((u) => u.organizationId))).toEqual(new Set([orgA]));

    const other = await coordinator.request("GET", `${base}?organizationId=${orgB}`);
    expect(other.json().items).toEqual([]);
    expect((await coordinator.request("GET", `${base}/${operatorA.id}`)).statusCode).toBe(200);
    const hidden = await coordinator.request("GET", `${base}/${operatorB.id}`);
    expect(hidden.statusCode).toBe(404);
    expect((await coordinator.request("GET", `${base}/${newId()}`)).json().error).toEqual(
      hidden.json().error,
    );
    const write = await coordinator.request("PATCH", `${base}/${operatorA.id}`, { version: 1, locale: "en" });
    expect(write.statusCode).toBe(404);
  });

  it("filters by organisation, role, active and text, and pages in username order", async () => {
    const org = (await buildOrganization(t.deps.database)).id;
    const stamp = Date.now().toString(36);
    const names = ["delta", "alfa", "charlie", "bravo", "echo"].map((x) => `${x}.${stamp}`);
    for (const [i, username] of names.entries()) {
      await create({
        username,
        displayName: i === 4 ? "Zaira Échevin" : `Operatore ${i}`,
        organizationId: org,
        roles: i % 2 === 0 ? ["operator"] : ["housing_advisor"],
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await admin.request(
        "GET",
        `${base}?organizationId=${org}&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(res.statusCode).toBe(200);
      const page = res.json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((u: { username: string }) => u.username));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...names].sort());

    const advisors = await admin.request("GET", `${base}?organizationId=${org}&role=housing_advisor`);
    expect(advisors.json().items.map((u: { username: string }) => u.username)).toEqual(
      [`bravo.${stamp}`, `alfa.${stamp}`].sort(),
    );
    const byName = await admin.request("GET", `${base}?organizationId=${org}&q=zAIRA`);
    expect(byName.json().items.map((u: { username: string }) => u.username)).toEqual([`echo.${stamp}`]);
    const wildcard = await admin.request("GET", `${base}?organizationId=${org}&q=%25`);
    expect(wildcard.json().items).toEqual([]);
    const inactive = await admin.request("GET", `${base}?organizationId=${org}&active=false`);
    expect(inactive.json().items).toEqual([]);
    const badCursor = await admin.request("GET", `${base}?cursor=nonsense`);
    expect(badCursor.statusCode).toBe(400);
  });

  it("records who read a user and how many users a list showed, without personal data", async () => {
    const user = await create();
    await admin.request("GET", `${base}/${user.id}`);
    const reads = await auditOf("user.read", user.id);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actorUserId: adminUser.id, organizationId: orgA, entityType: "user" });

    const list = await coordinator.request("GET", `${base}?q=${encodeURIComponent(user.displayName)}`);
    expect(list.json().items).toHaveLength(1);
    const listed = await auditOf("user.listed");
    const last = listed[listed.length - 1];
    expect(last?.details).toEqual({ count: 1 });
    expect(JSON.stringify(last?.details)).not.toContain(user.displayName);
  });

  it("updates only what changed, records the field names and answers 409 to a stale version", async () => {
    const user = await create();
    const ok = await admin.request("PATCH", `${base}/${user.id}`, {
      version: 1,
      displayName: "Nome Corretto",
      email: null,
      locale: "it",
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ displayName: "Nome Corretto", email: null, version: 2 });
    const [event] = await auditOf("user.updated", user.id);
    expect(event?.details).toEqual({ fields: ["displayName", "email"] });

    const stale = await admin.request("PATCH", `${base}/${user.id}`, { version: 1, displayName: "Vecchio" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: "VERSION_CONFLICT", details: { currentVersion: 2 } });
    expect((await admin.request("GET", `${base}/${user.id}`)).json().displayName).toBe("Nome Corretto");
  });

  it("moves the roles with the user into a new organisation, and replaces them", async () => {
    const user = await create({ roles: ["operator", "job_advisor"] });
    const moved = await admin.request("PATCH", `${base}/${user.id}`, { version: 1, organizationId: orgB });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ organizationId: orgB, version: 2 });
    // Row-level security shows user_roles by their own organisation column: a coordinator of the
    // new organisation sees the roles only if they moved along with the user.
    const c = await buildUser(t.deps.database, { organizationId: orgB, roles: ["org_coordinator"] });
    const coordinatorB = await signIn(t.app, c.username, c.password);
    const seen = await coordinatorB.request("GET", `${base}/${user.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().roles).toEqual(["job_advisor", "operator"]);
    expect((await coordinator.request("GET", `${base}/${user.id}`)).statusCode).toBe(404);

    const replaced = await admin.request("PATCH", `${base}/${user.id}`, {
      version: 2,
      roles: ["case_manager"],
    });
    expect(replaced.json()).toMatchObject({ roles: ["case_manager"], version: 3 });
    expect((await coordinatorB.request("GET", `${base}/${user.id}`)).json().roles).toEqual(["case_manager"]);
    const events = await auditOf("user.updated", user.id);
    expect(events.map((e) => e.details)).toEqual([
      { fields: ["organizationId"], fromOrganizationId: orgA },
      { fields: ["roles"], roles: ["case_manager"] },
    ]);
  });

  it("does not let an administrator demote or deactivate themselves (422)", async () => {
    const self = `${base}/${adminUser.id}`;
    const demote = await admin.request("PATCH", self, { version: 1, roles: ["operator"] });
    expect(demote.statusCode).toBe(422);
    expect(demote.json().error.code).toBe("UNPROCESSABLE");
    const deactivate = await admin.request("PATCH", self, { version: 1, active: false });
    expect(deactivate.statusCode).toBe(422);
    const still = await admin.request("GET", self);
    expect(still.json()).toMatchObject({ roles: ["admin"], active: true, version: 1 });
  });

  it("signs a deactivated user out everywhere and refuses their next sign-in", async () => {
    const u = await buildUser(t.deps.database, { organizationId: orgA, roles: ["operator"] });
    const agent = await signIn(t.app, u.username, u.password);
    expect((await agent.request("GET", "/api/v1/me")).statusCode).toBe(200);
    const res = await admin.request("PATCH", `${base}/${u.id}`, { version: 1, active: false });
    expect(res.statusCode).toBe(200);
    expect(res.json().active).toBe(false);
    const left = await t.deps.database.db.select().from(sessions).where(eq(sessions.userId, u.id));
    expect(left).toEqual([]);
    expect((await agent.request("GET", "/api/v1/me")).statusCode).toBe(401);
    expect((await login(u.username, u.password)).statusCode).toBe(401);
    const [event] = await auditOf("user.updated", u.id);
    expect(event?.details).toMatchObject({ fields: ["active"], active: false });
  });

  it("resets a user's two-factor: the secret is cleared, sessions end and the user must enrol again", async () => {
    const u = await buildUser(t.deps.database, { organizationId: orgA, roles: ["case_manager"] });
    const agent = await signIn(t.app, u.username, u.password, u.totpSecret);
    const before = await admin.request("GET", `${base}/${u.id}`);
    expect(before.json().totpEnabled).toBe(true);
    const res = await admin.request("POST", `${base}/${u.id}/reset-totp`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ totpEnabled: false, version: 2 });
    expect((await agent.request("GET", "/api/v1/me")).statusCode).toBe(401);
    const again = await login(u.username, u.password);
    expect(again.statusCode).toBe(200);
    expect(again.json().totpRequired).toBeUndefined();
    expect(again.json().totpEnrolmentRequired).toBe(true);
    expect(await auditOf("user.totp_reset", u.id)).toHaveLength(1);
    const own = await admin.request("POST", `${base}/${adminUser.id}/reset-totp`);
    expect(own.statusCode).toBe(422);
  });

  it("sets a temporary password: the old one stops working and open sessions end", async () => {
    const u = await buildUser(t.deps.database, { organizationId: orgA, roles: ["operator"] });
    const agent = await signIn(t.app, u.username, u.password);
    const temporary = "temporary passphrase 42";
    const res = await admin.request("POST", `${base}/${u.id}/password`, { newPassword: temporary });
    expect(res.statusCode).toBe(200);
    expect(res.json().version).toBe(2);
    expect((await agent.request("GET", "/api/v1/me")).statusCode).toBe(401);
    expect((await login(u.username, u.password)).statusCode).toBe(401);
    expect((await login(u.username, temporary)).statusCode).toBe(200);
    const [event] = await auditOf("user.password_set", u.id);
    expect(event?.details).toEqual({ sessionsEnded: 1 });
    const own = await admin.request("POST", `${base}/${adminUser.id}/password`, { newPassword: temporary });
    expect(own.statusCode).toBe(422);
  });
});
