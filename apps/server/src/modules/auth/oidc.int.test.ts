import { createHash, createSign, generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { allowInsecureRequests } from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildUser,
  createTestApp,
  createTestDatabase,
  type TestApp,
  type TestDatabase,
  testEngine,
} from "../../testing/index.ts";
import { OIDC_STATE_COOKIE, oidcDiscoveryOptions, usernameFromClaim } from "./oidc.ts";

/**
 * A tiny OpenID provider on 127.0.0.1: discovery, JWKS and a token endpoint issuing RS256 ID
 * tokens signed by hand with node:crypto (jose is only a transitive dependency of openid-client).
 * The test plays the browser and the provider's login page: it reads the authorization URL our
 * server redirects to, and "authenticates" a subject by registering a code for it.
 */
interface PendingCode {
  claims: Record<string, unknown>;
  nonce: string;
  codeChallenge: string;
  redirectUri: string;
}

const CLIENT_ID = "approdo-test";
const CLIENT_SECRET = "s3cret-for-tests";
const REDIRECT_URI = "https://approdo.example/api/v1/auth/oidc/callback";

const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const kid = "test-key-1";
const codes = new Map<string, PendingCode>();
const tokenRequests: URLSearchParams[] = [];
let issuer = "";
let server: Server;

function b64url(data: Buffer | string): string {
  return Buffer.from(data).toString("base64url");
}

function signJwt(payload: Record<string, unknown>): string {
  const header = b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid }));
  const body = b64url(JSON.stringify(payload));
  const signature = createSign("RSA-SHA256").update(`${header}.${body}`).sign(privateKey);
  return `${header}.${body}.${b64url(signature)}`;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function clientAuthenticated(req: IncomingMessage, form: URLSearchParams): boolean {
  const basic = req.headers.authorization;
  if (basic?.startsWith("Basic ")) {
    const [id, secret] = Buffer.from(basic.slice(6), "base64").toString("utf8").split(":");
    return decodeURIComponent(id ?? "") === CLIENT_ID && decodeURIComponent(secret ?? "") === CLIENT_SECRET;
  }
  return form.get("client_id") === CLIENT_ID && form.get("client_secret") === CLIENT_SECRET;
}

async function handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
  const url = new URL(req.url ?? "/", issuer);
  if (url.pathname === "/.well-known/openid-configuration") {
    return {
      status: 200,
      body: {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
        code_challenge_methods_supported: ["S256"],
        token_endpoint_auth_methods_supported: ["client_secret_post", "client_secret_basic"],
        scopes_supported: ["openid", "profile"],
      },
    };
  }
  if (url.pathname === "/jwks") {
    return {
      status: 200,
      body: { keys: [{ ...publicKey.export({ format: "jwk" }), kid, alg: "RS256", use: "sig" }] },
    };
  }
  if (url.pathname === "/token" && req.method === "POST") {
    const form = new URLSearchParams(await readBody(req));
    tokenRequests.push(form);
    if (!clientAuthenticated(req, form)) return { status: 401, body: { error: "invalid_client" } };
    const code = form.get("code") ?? "";
    const pending = codes.get(code);
    codes.delete(code);
    const verifier = form.get("code_verifier") ?? "";
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    if (
      !pending ||
      form.get("grant_type") !== "authorization_code" ||
      form.get("redirect_uri") !== pending.redirectUri ||
      challenge !== pending.codeChallenge
    ) {
      return { status: 400, body: { error: "invalid_grant" } };
    }
    const now = Math.floor(Date.now() / 1000);
    const idToken = signJwt({
      iss: issuer,
      aud: CLIENT_ID,
      iat: now,
      exp: now + 300,
      nonce: pending.nonce,
      ...pending.claims,
    });
    return {
      status: 200,
      body: {
        access_token: randomBytes(16).toString("hex"),
        token_type: "Bearer",
        expires_in: 300,
        id_token: idToken,
      },
    };
  }
  return { status: 404, body: { error: "not_found" } };
}

let db: TestDatabase;
let t: TestApp;
let unconfigured: TestApp;

beforeAll(async () => {
  server = createServer((req, res) => {
    handle(req).then(
      ({ status, body }) => {
        res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
        res.end(JSON.stringify(body));
      },
      () => {
        res.writeHead(500);
        res.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Tests only: the fake provider speaks plain http.
  oidcDiscoveryOptions.execute = [allowInsecureRequests];
  db = await createTestDatabase();
  t = await createTestApp(db.database, {
    config: {
      oidc: {
        issuer,
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        redirectUri: REDIRECT_URI,
        usernameClaim: "fiscal_number",
      },
    },
  });
  unconfigured = await createTestApp(db.database);
});

afterAll(async () => {
  await t?.close();
  await unconfigured?.close();
  await db?.drop();
  oidcDiscoveryOptions.execute = [];
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

/** Our /login → the provider's authorization URL, plus the state cookie the browser keeps. */
async function startLogin() {
  const res = await t.app.inject({ method: "GET", url: "/api/v1/auth/oidc/login" });
  expect(res.statusCode).toBe(302);
  const location = new URL(String(res.headers.location));
  const cookie = res.cookies.find((c) => c.name === OIDC_STATE_COOKIE);
  if (!cookie) throw new Error("no state cookie");
  return { location, cookie, stateCookie: `${OIDC_STATE_COOKIE}=${cookie.value}` };
}

/** The provider authenticates `claims` and sends the browser back to our callback with a code. */
function authenticateAt(location: URL, claims: Record<string, unknown>): string {
  const code = randomBytes(12).toString("hex");
  codes.set(code, {
    claims,
    nonce: location.searchParams.get("nonce") ?? "",
    codeChallenge: location.searchParams.get("code_challenge") ?? "",
    redirectUri: location.searchParams.get("redirect_uri") ?? "",
  });
  const state = location.searchParams.get("state") ?? "";
  return `/api/v1/auth/oidc/callback?code=${code}&state=${encodeURIComponent(state)}`;
}

async function auditRows(action: string) {
  const { rows } = await db.database.raw.query<{
    entity_id: string | null;
    details: Record<string, unknown>;
  }>("select entity_id, details from audit_events where action = $1 order by seq", [action]);
  return rows;
}

describe(`OIDC sign-in for a SPID/CIE broker (${testEngine})`, () => {
  it("answers 501 NOT_CONFIGURED on both routes when OIDC_ISSUER is not set", async () => {
    for (const url of ["/api/v1/auth/oidc/login", "/api/v1/auth/oidc/callback?code=x&state=y"]) {
      const res = await unconfigured.app.inject({ method: "GET", url });
      expect(res.statusCode).toBe(501);
      expect(res.json().error.code).toBe("NOT_CONFIGURED");
    }
  });

  it("redirects to the provider with PKCE (S256), state and nonce, and keeps them in a short-lived httpOnly cookie", async () => {
    const { location, cookie } = await startLogin();
    expect(`${location.origin}${location.pathname}`).toBe(`${issuer}/authorize`);
    expect(location.searchParams.get("client_id")).toBe(CLIENT_ID);
    expect(location.searchParams.get("redirect_uri")).toBe(REDIRECT_URI);
    expect(location.searchParams.get("response_type")).toBe("code");
    expect(location.searchParams.get("scope")).toContain("openid");
    expect(location.searchParams.get("code_challenge_method")).toBe("S256");
    expect(location.searchParams.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(location.searchParams.get("state")).toBeTruthy();
    expect(location.searchParams.get("nonce")).toBeTruthy();
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe("Lax");
    expect(cookie.path).toBe("/api/v1/auth/oidc");
    expect(cookie.maxAge).toBeLessThanOrEqual(600);
    // Encrypted: neither the state nor the verifier is readable in the cookie.
    expect(cookie.value).not.toContain(location.searchParams.get("state"));
  });

  it("signs the mapped user in (case-insensitive, SPID's TINIT- prefix removed), audits it and redirects to /", async () => {
    const user = await buildUser(db.database, { roles: ["operator"], username: "RSSMRA80A01H501U" });
    const { location, stateCookie } = await startLogin();
    const callback = authenticateAt(location, {
      sub: "spid-subject-1",
      fiscal_number: `TINIT-${user.username.toLowerCase()}`,
    });
    const res = await t.app.inject({ method: "GET", url: callback, headers: { cookie: stateCookie } });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe("/");
    const session = res.cookies.find((c) => c.name === "approdo_session");
    expect(session?.value).toBeTruthy();
    expect(session?.httpOnly).toBe(true);
    // The state cookie is spent.
    expect(res.cookies.find((c) => c.name === OIDC_STATE_COOKIE)?.value).toBe("");
    // The PKCE verifier reached the token endpoint and matched the challenge (else invalid_grant).
    expect(tokenRequests.at(-1)?.get("code_verifier")).toBeTruthy();

    const me = await t.app.inject({
      method: "GET",
      url: "/api/v1/me",
      headers: { cookie: `approdo_session=${session?.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe(user.username);
    const logins = (await auditRows("auth.login")).filter((r) => r.entity_id === user.id);
    expect(logins).toHaveLength(1);
    expect(logins[0]?.details).toEqual({ method: "oidc" });
  });

  it("refuses a subject with no active Approdo user (no auto-provisioning) and issues no session", async () => {
    const inactive = await buildUser(db.database, { active: false });
    for (const fiscalNumber of ["TINIT-NOBODY00A01H501X", inactive.username]) {
      const { location, stateCookie } = await startLogin();
      const callback = authenticateAt(location, { sub: "spid-unknown", fiscal_number: fiscalNumber });
      const res = await t.app.inject({ method: "GET", url: callback, headers: { cookie: stateCookie } });
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe("/login?error=oidc_unknown_user");
      expect(res.cookies.find((c) => c.name === "approdo_session")).toBeUndefined();
    }
    const failures = await auditRows("auth.login_failed");
    expect(
      failures.filter((r) => r.details.reason === "unknown_user" && r.details.method === "oidc"),
    ).toHaveLength(2);
    const { rows } = await db.database.raw.query<{ n: number }>(
      "select count(*)::int as n from users where lower(username) = lower('NOBODY00A01H501X')",
    );
    expect(rows[0]?.n).toBe(0);
  });

  it("refuses a callback without the state cookie, with a forged state, or with a tampered cookie", async () => {
    const user = await buildUser(db.database);
    const claims = { sub: "spid-2", fiscal_number: user.username };

    const a = await startLogin();
    const noCookie = await t.app.inject({ method: "GET", url: authenticateAt(a.location, claims) });
    expect(noCookie.headers.location).toBe("/login?error=oidc_failed");

    const b = await startLogin();
    const forged = authenticateAt(b.location, claims).replace(/state=[^&]+/, "state=forged");
    const forgedRes = await t.app.inject({ method: "GET", url: forged, headers: { cookie: b.stateCookie } });
    expect(forgedRes.headers.location).toBe("/login?error=oidc_failed");

    const c = await startLogin();
    const tampered = `${c.stateCookie.slice(0, -4)}AAAA`;
    const tamperedRes = await t.app.inject({
      method: "GET",
      url: authenticateAt(c.location, claims),
      headers: { cookie: tampered },
    });
    expect(tamperedRes.headers.location).toBe("/login?error=oidc_failed");

    // A cookie from another login does not fit this callback's state.
    const d = await startLogin();
    const e = await startLogin();
    const swapped = await t.app.inject({
      method: "GET",
      url: authenticateAt(d.location, claims),
      headers: { cookie: e.stateCookie },
    });
    expect(swapped.headers.location).toBe("/login?error=oidc_failed");

    for (const res of [noCookie, forgedRes, tamperedRes, swapped]) {
      expect(res.cookies.find((x) => x.name === "approdo_session")).toBeUndefined();
    }
  });

  it("refuses an ID token without the configured claim, and the provider's own error", async () => {
    const a = await startLogin();
    const noClaim = await t.app.inject({
      method: "GET",
      url: authenticateAt(a.location, { sub: "spid-3", preferred_username: "someone" }),
      headers: { cookie: a.stateCookie },
    });
    expect(noClaim.headers.location).toBe("/login?error=oidc_failed");

    const b = await startLogin();
    const state = b.location.searchParams.get("state") ?? "";
    const denied = await t.app.inject({
      method: "GET",
      url: `/api/v1/auth/oidc/callback?error=access_denied&state=${encodeURIComponent(state)}`,
      headers: { cookie: b.stateCookie },
    });
    expect(denied.headers.location).toBe("/login?error=oidc_failed");

    const reasons = (await auditRows("auth.login_failed")).map((r) => r.details.reason);
    expect(reasons).toContain("claim_missing");
    expect(reasons).toContain("oidc_protocol_error");
  });

  it("refuses an ID token whose nonce is not the one this browser sent", async () => {
    const user = await buildUser(db.database);
    const { location, stateCookie } = await startLogin();
    const callback = authenticateAt(location, { sub: "spid-4", fiscal_number: user.username });
    const code = new URL(callback, "http://x").searchParams.get("code") ?? "";
    const pending = codes.get(code);
    if (pending) pending.nonce = "replayed-nonce";
    const res = await t.app.inject({ method: "GET", url: callback, headers: { cookie: stateCookie } });
    expect(res.headers.location).toBe("/login?error=oidc_failed");
    expect(res.cookies.find((x) => x.name === "approdo_session")).toBeUndefined();
  });
});

describe("usernameFromClaim", () => {
  it.each([
    ["TINIT-RSSMRA80A01H501U", "RSSMRA80A01H501U"],
    ["tinit-rssmra80a01h501u", "rssmra80a01h501u"],
    ["  mario.rossi ", "mario.rossi"],
    ["", null],
    ["TINIT-", null],
    [42, null],
    [undefined, null],
  ])("%j → %j", (claim, expected) => {
    expect(usernameFromClaim(claim)).toBe(expected);
  });
});
