import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totpCode } from "../../platform/security/totp.ts";
import {
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

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
});
afterAll(async () => {
  await t.close();
  await db.drop();
});

function login(username: string, password: string) {
  return t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username, password } });
}

describe(`sign-in (${testEngine})`, () => {
  it("signs an operator in with a password and returns the user, organisation, roles and a CSRF token", async () => {
    const user = await buildUser(t.deps.database, { roles: ["operator"] });
    const res = await login(user.username, user.password);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user.username).toBe(user.username);
    expect(body.roles).toEqual(["operator"]);
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const cookie = res.cookies.find((c) => c.name === "approdo_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Strict");
  });

  it("answers the same 401 for a wrong password and an unknown user", async () => {
    const user = await buildUser(t.deps.database);
    const wrong = await login(user.username, "not the password");
    const unknown = await login("nobody.here", "whatever");
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe("INVALID_CREDENTIALS");
    expect(unknown.json().error).toEqual(wrong.json().error);
  });

  it("locks the account after repeated failures, even against the right password, with Retry-After", async () => {
    const user = await buildUser(t.deps.database);
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await login(user.username, "wrong")).json().error.code);
    expect(codes.slice(0, 4)).toEqual(Array(4).fill("INVALID_CREDENTIALS"));
    expect(codes[4]).toBe("ACCOUNT_LOCKED");
    const res = await login(user.username, user.password);
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("requires a TOTP code for a user with two-factor and refuses a replayed code", async () => {
    const user = await buildUser(t.deps.database, { roles: ["case_manager"] });
    const first = await login(user.username, user.password);
    expect(first.json()).toEqual({ totpRequired: true });
    const pending = first.cookies.find((c) => c.name === "approdo_session")?.value;
    // The pending session is not signed in yet.
    const me = await t.app.inject({
      method: "GET",
      url: "/api/v1/me",
      headers: { cookie: `approdo_session=${pending}` },
    });
    expect(me.statusCode).toBe(401);
    const code = totpCode(user.totpSecret ?? "");
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/totp",
      payload: { code },
      headers: { cookie: `approdo_session=${pending}` },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().roles).toEqual(["case_manager"]);
    const again = await login(user.username, user.password);
    const pending2 = again.cookies.find((c) => c.name === "approdo_session")?.value;
    const replay = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/totp",
      payload: { code },
      headers: { cookie: `approdo_session=${pending2}` },
    });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe("TOTP_INVALID");
  });

  it("refuses a cookie-authenticated write without the CSRF token and accepts it with the token", async () => {
    const user = await buildUser(t.deps.database);
    const agent = await signIn(t.app, user.username, user.password);
    const body = { currentPassword: user.password, newPassword: "a brand new long passphrase" };
    const noToken = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/password",
      payload: body,
      headers: { cookie: agent.cookie },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe("CSRF_TOKEN_INVALID");
    const ok = await agent.request("POST", "/api/v1/auth/password", body);
    expect(ok.statusCode).toBe(204);
    expect((await login(user.username, "a brand new long passphrase")).statusCode).toBe(200);
  });

  it("signs out: the session cookie stops working", async () => {
    const user = await buildUser(t.deps.database);
    const agent = await signIn(t.app, user.username, user.password);
    expect((await agent.request("GET", "/api/v1/me")).statusCode).toBe(200);
    expect((await agent.request("POST", "/api/v1/auth/logout")).statusCode).toBe(204);
    expect((await agent.request("GET", "/api/v1/me")).statusCode).toBe(401);
  });

  it("forces a user whose role needs two-factor to enrol before anything else", async () => {
    const user = await buildUser(t.deps.database, { roles: ["psychologist"], totp: false });
    const agent = await signIn(t.app, user.username, user.password);
    const me = (await agent.request("GET", "/api/v1/me")).json();
    expect(me.totpEnrolmentRequired).toBe(true);
    const start = await agent.request("POST", "/api/v1/auth/totp/enrol");
    expect(start.statusCode).toBe(200);
    const { secret, otpauthUrl } = start.json();
    expect(otpauthUrl).toContain(`secret=${secret}`);
    const bad = await agent.request("POST", "/api/v1/auth/totp/enrol/confirm", { code: "000000" });
    expect(bad.json().error.code).toBe("TOTP_INVALID");
    const ok = await agent.request("POST", "/api/v1/auth/totp/enrol/confirm", { code: totpCode(secret) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().totpEnrolmentRequired).toBe(false);
  });

  it("answers 401 with a JSON error on a private route without a session", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/v1/me" });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "Sign in first" } });
  });
});
