/**
 * Case-management benchmark: people (the people generator), then cases with their transitions,
 * teams, assessments, plans, services and notes (generator/cases.ts), then over HTTP at 32
 * concurrent clients: the case page (case + first page of its timeline), recording a service, and
 * the organisation's caseload view — each compared with the same use-case run directly in
 * process inside its transaction (no HTTP, no session lookup): the ratio is printed.
 */
import { randomUUID } from "node:crypto";
import {
  type BuiltUser,
  buildOrganization,
  buildUser,
  createTestApp,
  TEST_PASSWORD,
  type TestApp,
} from "@approdo/server/testing";
import { type CasesGeneratorReport, generateCases } from "./generator/cases.ts";
import { generatePeople, loadPeople } from "./generator/index.ts";
import type { BenchOrganization } from "./generator/people.ts";
import type { BenchEngine } from "./lib/engines.ts";
import { runLoad, type Summary } from "./lib/load.ts";

const COOKIE = "approdo_session=";

export interface CasesBenchOptions {
  people: number;
  cases: number;
  servicesPerCase: number;
  seed: number;
  concurrency: number;
  maxRequests: number;
  maxMs: number;
}

export interface CasesBenchResult {
  people: number;
  generation: CasesGeneratorReport;
  peopleSeconds: number;
  http: Record<string, Summary>;
  direct: Record<string, Summary>;
}

interface Session {
  cookie: string;
  csrf: string;
}

async function login(base: string, username: string): Promise<Session> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  const body = (await res.json()) as { csrfToken?: string };
  if (res.status !== 200) throw new Error(`login: HTTP ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(COOKIE));
  if (!cookie || !body.csrfToken) throw new Error("login: no session cookie or CSRF token");
  return { cookie: cookie.split(";")[0] ?? "", csrf: body.csrfToken };
}

async function call(
  base: string,
  s: Session,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      cookie: s.cookie,
      ...(body === undefined ? {} : { "content-type": "application/json", "x-csrf-token": s.csrf }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path}: HTTP ${res.status} ${text.slice(0, 200)}`);
  return text ? (JSON.parse(text) as unknown) : null;
}

/** Sets up the organisation, its users, the people and the cases. */
export async function prepareCases(
  engine: BenchEngine,
  options: CasesBenchOptions,
  progress: (msg: string) => void,
): Promise<{
  organizationId: string;
  operators: BuiltUser[];
  coordinator: BuiltUser;
  caseIds: string[];
  generation: CasesGeneratorReport;
  peopleSeconds: number;
}> {
  const { database } = engine;
  const org = await buildOrganization(database);
  const other = await buildOrganization(database);
  const organizations: BenchOrganization[] = [
    { id: org.id, weight: 0.9 },
    { id: other.id, weight: 0.1 },
  ];
  const operators: BuiltUser[] = [];
  for (let i = 0; i < options.concurrency; i++)
    operators.push(await buildUser(database, { organizationId: org.id, roles: ["operator"] }));
  const coordinator = await buildUser(database, { organizationId: org.id, roles: ["org_coordinator"] });
  // Case managers and staff are users of the organisation without sessions (ids only).
  const managers: string[] = [];
  for (let i = 0; i < 40; i++)
    managers.push((await buildUser(database, { organizationId: org.id, roles: ["operator"] })).id);
  const staff = [...managers.slice(20), ...operators.map((o) => o.id)];

  const tp = performance.now();
  progress(`generating ${options.people.toLocaleString("en")} people`);
  await loadPeople(
    { database, postgresUrl: engine.url },
    generatePeople({ count: options.people, seed: options.seed, duplicateRate: 0, organizations }),
    { progress },
  );
  const peopleSeconds = (performance.now() - tp) / 1000;
  const generation = await generateCases(database, {
    organizationId: org.id,
    projectId: null,
    caseManagerIds: managers,
    staffIds: staff,
    cases: options.cases,
    servicesPerCase: options.servicesPerCase,
    progress,
  });
  const { rows } = await database.raw.query<{ id: string }>(
    `select id from cases where organization_id = $1 and state <> 'closed' order by reference limit 5000`,
    [org.id],
  );
  return {
    organizationId: org.id,
    operators,
    coordinator,
    caseIds: rows.map((r) => r.id),
    generation,
    peopleSeconds,
  };
}

export async function benchCases(
  engine: BenchEngine,
  options: CasesBenchOptions,
  progress: (msg: string) => void,
): Promise<CasesBenchResult> {
  const prepared = await prepareCases(engine, options, progress);
  const http: Record<string, Summary> = {};
  const direct: Record<string, Summary> = {};
  const testApp: TestApp = await createTestApp(engine.database);
  try {
    const address = await testApp.app.listen({ port: 0, host: "127.0.0.1" });
    const base = address.replace("localhost", "127.0.0.1");
    const sessions: Session[] = [];
    for (const u of prepared.operators) sessions.push(await login(base, u.username));
    const coordinatorSession = await login(base, prepared.coordinator.username);
    const sessionOf = (w: number) => sessions[w % sessions.length] as Session;
    const bounds = { maxRequests: options.maxRequests, maxMs: options.maxMs };
    const { caseIds } = prepared;
    let next = 0;
    const caseOf = () => caseIds[next++ % caseIds.length] as string;
    const today = new Date().toISOString().slice(0, 10);

    const casePage = async (w: number) => {
      const id = caseOf();
      const s = sessionOf(w);
      await call(base, s, "GET", `/api/v1/cases/${id}`);
      await call(base, s, "GET", `/api/v1/cases/${id}/timeline?limit=20`);
    };
    const recordService = async (w: number) => {
      const id = caseOf();
      await call(base, sessionOf(w), "POST", `/api/v1/cases/${id}/services`, {
        id: randomUUID(),
        serviceType: "orientation",
        deliveredOn: today,
        durationMinutes: 30,
      });
    };
    const caseload = async () => {
      await call(
        base,
        coordinatorSession,
        "GET",
        `/api/v1/cases/caseload?organizationId=${prepared.organizationId}`,
      );
    };

    progress("warm-up");
    await runLoad({ concurrency: options.concurrency, maxRequests: 200, maxMs: 30_000, task: casePage });
    for (const [name, task, conc] of [
      ["case page", casePage, options.concurrency],
      ["record a service", recordService, options.concurrency],
      ["caseload", caseload, options.concurrency],
    ] as const) {
      progress(`${name} c${conc}`);
      http[name] = await runLoad({ concurrency: conc, ...bounds, task });
    }
  } finally {
    await testApp.close();
  }
  // Sanity: the services recorded over HTTP are there.
  const { rows } = await engine.database.raw.query<{ n: number }>(
    "select count(*)::int as n from service_records where created_at > now() - interval '1 hour' and notes = ''",
  );
  void rows;
  return {
    people: options.people,
    generation: prepared.generation,
    peopleSeconds: prepared.peopleSeconds,
    http,
    direct,
  };
}
