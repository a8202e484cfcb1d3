import type { PersonCreate } from "@approdo/contracts";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Actor, systemActor } from "../../platform/authz/actor.ts";
import { inTransaction, noMeta } from "../../platform/db/transaction.ts";
import type { Agent } from "../../testing/index.ts";
import { buildPerson, testEngine } from "../../testing/index.ts";
import { createPeopleBulk } from "./index.ts";
import { queryKeys } from "./matching/index.ts";
import {
  base,
  freshOrganization,
  type PeopleWorld,
  peopleWorld,
  provisionalTaxCode,
} from "./people.int-support.ts";
import { addDays, todayInItaly } from "./people.rules.ts";

let w: PeopleWorld;
beforeAll(async () => {
  w = await peopleWorld();
});
afterAll(async () => {
  await w?.close();
});

/** What the housekeeping job does: fresh planner statistics, then the common name keys out of them. */
async function refreshCommonKeys(): Promise<void> {
  await w.t.deps.database.raw.exec("analyze people");
  await w.t.deps.database.raw.query("select people_refresh_common_name_keys()");
}

type Summary = { id: string; givenName: string; familyName: string; citizenship?: string | null };
const ids = (page: { items: Summary[] }) => page.items.map((p) => p.id);

async function list(agent: Agent, query: string) {
  const res = await agent.request("GET", `${base}?${query}`);
  expect(res.statusCode).toBe(200);
  return res.json() as { items: Summary[]; nextCursor: string | null };
}

describe(`people list (${testEngine})`, () => {
  it("filters by citizenship, domicile, current vulnerability and a permit expiring within 30 days", async () => {
    const { organizationId: org, agents } = await freshOrganization(w, ["operator"]);
    const op = agents.operator;
    const eg = await buildPerson(w.t.deps.database, {
      organizationId: org,
      citizenship: "EG",
      domicileIstat: "082053",
    });
    const ua = await buildPerson(w.t.deps.database, {
      organizationId: org,
      citizenship: "UA",
      domicileIstat: "058091",
    });
    const ng = await buildPerson(w.t.deps.database, { organizationId: org, citizenship: "NG" });
    expect(ids(await list(op, "citizenship=eg"))).toEqual([eg.id]);
    expect(ids(await list(op, "domicileIstat=058091"))).toEqual([ua.id]);

    await op.request("POST", `${base}/${eg.id}/vulnerabilities`, {
      code: "homelessness",
      since: "2024-01-01",
    });
    const ended = (
      await op.request("POST", `${base}/${ua.id}/vulnerabilities`, {
        code: "homelessness",
        since: "2023-01-01",
      })
    ).json();
    await op.request("POST", `${base}/${ua.id}/vulnerabilities/${ended.id}/end`, { until: "2024-01-01" });
    expect(ids(await list(op, "vulnerability=homelessness"))).toEqual([eg.id]);

    const today = todayInItaly();
    const permit = (personId: string, issuedOn: string, expiresOn: string) =>
      op.request("POST", `${base}/${personId}/permits`, { type: "asylum_request", issuedOn, expiresOn });
    await permit(eg.id, addDays(today, -170), addDays(today, 10));
    // UA's permit expiring soon was replaced by a newer one: not expiring.
    await permit(ua.id, addDays(today, -300), addDays(today, 10));
    await permit(ua.id, addDays(today, -5), addDays(today, 700));
    await permit(ng.id, addDays(today, -100), addDays(today, 60));
    expect(ids(await list(op, "permitExpiringWithinDays=30"))).toEqual([eg.id]);
    expect(ids(await list(op, "permitExpiringWithinDays=90")).sort()).toEqual([eg.id, ng.id].sort());
    expect(ids(await list(op, "permitExpiringWithinDays=30&citizenship=UA"))).toEqual([]);
  });

  it("pages newest first, and by rank in a name search, without overlap", async () => {
    const { organizationId: org, agents } = await freshOrganization(w, ["operator"]);
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      made.push(
        (
          await buildPerson(w.t.deps.database, {
            organizationId: org,
            givenName: "Yonas",
            familyName: "Tesfaye",
          })
        ).id,
      );
    }
    const pages: Summary[][] = [];
    let cursor: string | null = null;
    do {
      const page = await list(agents.operator, `limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      pages.push(page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat().map((p) => p.id)).toEqual([...made].reverse());

    const seen: string[] = [];
    cursor = null;
    do {
      const page = await list(
        agents.operator,
        `q=Yonas%20Tesfaye&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([...made].sort());
    expect((await agents.operator.request("GET", `${base}?cursor=garbage`)).statusCode).toBe(400);
  });

  it("finds a name in another spelling or script, and a tax code typed in the search box", async () => {
    const { organizationId: org, agents } = await freshOrganization(w, ["operator"]);
    const taxCode = provisionalTaxCode();
    const mohamed = await buildPerson(w.t.deps.database, {
      organizationId: org,
      givenName: "Mohamed",
      familyName: "Abdelrahman",
      sex: "male",
      taxCode,
    });
    const olena = await buildPerson(w.t.deps.database, {
      organizationId: org,
      givenName: "Olena",
      familyName: "Kovalenko",
      otherNames: [{ kind: "original_script", givenName: "Олена", familyName: "Коваленко" }],
    });
    await buildPerson(w.t.deps.database, { organizationId: org, givenName: "Giulia", familyName: "Bianchi" });
    for (const q of ["Muhammad", "mohammed", "محمد", "Abd al-Rahman", "محمد عبد الرحمن"]) {
      expect(ids(await list(agents.operator, `q=${encodeURIComponent(q)}`)), q).toContain(mohamed.id);
    }
    expect(ids(await list(agents.operator, `q=${encodeURIComponent("Коваленко")}`))).toEqual([olena.id]);
    expect(ids(await list(agents.operator, `q=Kovalenko`))).toEqual([olena.id]);
    expect(ids(await list(agents.operator, `q=${taxCode}`))).toEqual([mohamed.id]);
    expect(ids(await list(agents.operator, `q=${encodeURIComponent("Muhammad")}`))).not.toContain(olena.id);
  });

  it("finds a family name with a particle typed alone, read as given and family name or as one family name", async () => {
    const { organizationId: org, agents } = await freshOrganization(w, ["operator"]);
    const rania = await buildPerson(w.t.deps.database, {
      organizationId: org,
      givenName: "Rania",
      familyName: "Ben Salah",
    });
    const ben = await buildPerson(w.t.deps.database, {
      organizationId: org,
      givenName: "Ben",
      familyName: "Salah",
    });
    expect(ids(await list(agents.operator, `q=${encodeURIComponent("Ben Salah")}`)).sort()).toEqual(
      [rania.id, ben.id].sort(),
    );
  });

  it("audits a list with its count and the filter names, never what was searched", async () => {
    const { agents } = await freshOrganization(w, ["operator"]);
    await list(agents.operator, "q=Zebulon&citizenship=EG");
    const res = await w.t.deps.database.raw.query<{ details: unknown }>(
      "select details from audit_events where action = 'person.listed' order by seq desc limit 1",
    );
    expect(res.rows[0]?.details).toEqual({ count: 0, filters: ["q", "citizenship"] });
    expect(JSON.stringify(res.rows)).not.toContain("Zebulon");
  });
});

describe(`possible duplicates (${testEngine})`, () => {
  let op: Agent;
  let mohamed: string;
  let oleksandr: string;
  let fatima: string;

  beforeAll(async () => {
    const { organizationId: org, agents } = await freshOrganization(w, ["operator"]);
    op = agents.operator;
    const build = (input: Record<string, unknown>) =>
      buildPerson(w.t.deps.database, { organizationId: org, ...input });
    mohamed = (
      await build({
        givenName: "Mohamed",
        familyName: "Abdelrahman",
        sex: "male",
        birthDate: "1994-03-12",
        citizenship: "EG",
      })
    ).id;
    oleksandr = (
      await build({
        givenName: "Oleksandr",
        familyName: "Shevchenko",
        sex: "male",
        birthYear: 1985,
        citizenship: "UA",
      })
    ).id;
    fatima = (
      await build({
        givenName: "Fatima",
        familyName: "Abdelrahman",
        sex: "female",
        birthYear: 1970,
        citizenship: "EG",
      })
    ).id;
    await build({
      givenName: "Giulia",
      familyName: "Bianchi",
      sex: "female",
      birthYear: 1994,
      citizenship: "IT",
    });
  });

  async function matches(body: Record<string, unknown>) {
    const res = await op.request("POST", `${base}/matches`, body);
    expect(res.statusCode).toBe(200);
    return res.json().candidates as { personId: string; score: number; reasons: string[] }[];
  }

  it.each([
    ["another Latin spelling", { givenName: "Muhammad", familyName: "Abd al-Rahman", birthYear: 1994 }],
    ["Arabic script", { givenName: "محمد", familyName: "عبد الرحمن", citizenship: "EG" }],
    ["the names swapped", { givenName: "Abdelrahman", familyName: "Mohamed", birthDate: "1994-03-12" }],
    ["only the birth year", { givenName: "Mohamed", familyName: "Abdelrahman", birthYear: 1994, sex: "M" }],
  ])("finds Mohamed Abdelrahman first from %s", async (_how, body) => {
    const found = await matches(body);
    expect(found[0]?.personId).toBe(mohamed);
    expect(found[0]?.reasons.some((r) => r.startsWith("name_"))).toBe(true);
  });

  it("says why: transliteration, swapped names, birth year", async () => {
    const [arabic] = await matches({ givenName: "محمد", familyName: "عبد الرحمن" });
    expect(arabic?.reasons).toContain("name_transliteration");
    const [swapped] = await matches({ givenName: "Abdelrahman", familyName: "Mohamed" });
    expect(swapped?.reasons).toContain("names_swapped");
    const [year] = await matches({ givenName: "Mohamed", familyName: "Abdelrahman", birthYear: 1994 });
    expect(year?.reasons).toContain("birth_year_equal");
  });

  it("finds Oleksandr Shevchenko from the Cyrillic spelling", async () => {
    const found = await matches({ givenName: "Олександр", familyName: "Шевченко", birthYear: 1985 });
    expect(found[0]?.personId).toBe(oleksandr);
    expect(found[0]?.reasons).toContain("name_transliteration");
  });

  it("ranks someone who only shares a common surname below the same person, and sorts best first", async () => {
    const found = await matches({
      givenName: "Muhammad",
      familyName: "Abdelrahman",
      birthYear: 1994,
      citizenship: "EG",
    });
    const scores = found.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(found[0]?.personId).toBe(mohamed);
    const other = found.find((c) => c.personId === fatima);
    if (other) expect(other.score).toBeLessThan(found[0]?.score ?? 0);
    expect(found.every((c) => c.score >= 0.35)).toBe(true);
  });

  it("leaves out the record being edited, people of other organisations, and audits counts only", async () => {
    const excluded = await matches({ givenName: "Mohamed", familyName: "Abdelrahman", excludeId: mohamed });
    expect(excluded.map((c) => c.personId)).not.toContain(mohamed);
    const fromB = await w.operatorB.request("POST", `${base}/matches`, {
      givenName: "Mohamed",
      familyName: "Abdelrahman",
    });
    expect(fromB.json().candidates.map((c: { personId: string }) => c.personId)).not.toContain(mohamed);
    const res = await w.t.deps.database.raw.query<{ details: Record<string, unknown> }>(
      "select details from audit_events where action = 'person.matches_searched' order by seq desc limit 1",
    );
    expect(Object.keys(res.rows[0]?.details ?? {}).sort()).toEqual(["candidates", "examined"]);
  });

  it("pairs a common name key with another one, so every Mohamed is not a candidate", async () => {
    const { organizationId: org, agents } = await freshOrganization(w, ["operator"]);
    const families = [
      "Diallo",
      "Traore",
      "Haddad",
      "Mansour",
      "Osman",
      "Khalil",
      "Benali",
      "Saidi",
      "Tazi",
      "Farouk",
    ];
    for (const familyName of [
      ...families,
      ...families.map((f) => `${f}i`),
      ...families.map((f) => `${f}o`),
    ]) {
      await buildPerson(w.t.deps.database, { organizationId: org, givenName: "Mohamed", familyName });
    }
    const target = await buildPerson(w.t.deps.database, {
      organizationId: org,
      givenName: "Mohammed",
      familyName: "Abdelrahman",
      birthYear: 1994,
    });
    // Planner statistics tell the candidate function which keys are common (PGlite has no autovacuum).
    await refreshCommonKeys();
    const res = await agents.operator.request("POST", `${base}/matches`, {
      givenName: "Muhammad",
      familyName: "Abd al-Rahman",
      birthYear: 1994,
    });
    expect(res.json().candidates[0]?.personId).toBe(target.id);
    const audit = await w.t.deps.database.raw.query<{ details: { examined: number } }>(
      "select details from audit_events where action = 'person.matches_searched' order by seq desc limit 1",
    );
    expect(audit.rows[0]?.details.examined).toBeLessThan(5);
  });

  it("gives the SECURITY DEFINER search functions exactly the visibility of the people policy", async () => {
    const { organizationId: org } = await freshOrganization(w, []);
    const person = await buildPerson(w.t.deps.database, {
      organizationId: org,
      givenName: "Zerihun",
      familyName: "Woldemariam",
    });
    const granted = await buildPerson(w.t.deps.database, {
      organizationId: w.orgB,
      givenName: "Zerihun",
      familyName: "Woldemariam",
    });
    await w.t.deps.database.raw.query(
      "insert into person_access (person_id, organization_id, reason) values ($1, $2, 'case team')",
      [granted.id, org],
    );
    const actor = (organizationId: string, role: "operator" | "admin"): Actor => ({
      kind: "user",
      userId: null,
      organizationId,
      roles: [role],
    });
    const found = (who: Actor) =>
      inTransaction(w.t.deps.database, who, noMeta, async ({ tx }) => {
        const { nameKeys } = queryKeys({ names: [{ givenName: "Zerihun", familyName: "Woldemariam" }] });
        const keys = sql`${sql.param(nameKeys)}::text[]`;
        const matched = await tx.execute(sql`select people_match_candidates(${keys}, null, 200) as id`);
        const named = await tx.execute(
          sql`select id from people_name_search('zerihun', ${keys}, null, null, 200)`,
        );
        const ids = (r: unknown) => (r as { rows: { id: string }[] }).rows.map((x) => x.id).sort();
        return { matched: ids(matched), named: ids(named) };
      });
    const both = [person.id, granted.id].sort();
    // The predicate is written two ways, by the organisation's share of the registry (migration 0007).
    const shares = async (large: boolean) => {
      await w.t.deps.database.raw.query(
        "delete from people_organization_shares where organization_id in ($1, $2)",
        [org, w.orgB],
      );
      if (large)
        await w.t.deps.database.raw.query(
          "insert into people_organization_shares (organization_id, share) values ($1, 0.6), ($2, 0.3)",
          [org, w.orgB],
        );
    };
    for (const large of [false, true]) {
      await shares(large);
      expect(await found(actor(org, "operator")), `large: ${large}`).toEqual({ matched: both, named: both });
      const b = await found(actor(w.orgB, "operator"));
      expect(b.matched).toEqual([granted.id]);
      expect(b.named).toEqual([granted.id]);
      expect(await found(actor(org, "admin"))).toEqual({ matched: [], named: [] });
      const system = await found(systemActor);
      expect(system.matched).toEqual(expect.arrayContaining(both));
      expect(system.named).toEqual(expect.arrayContaining(both));
    }
    await shares(false);
  });
});

// Last in the file: these make "mhmd" and "yns" common keys of the shared test database.
describe(`ranked search and candidates on common names (${testEngine})`, () => {
  it("answers a one-word search on a very common name with a bounded, ranked sample, paged by keyset", async () => {
    const { organizationId: org, agents } = await freshOrganization(w, ["operator"]);
    const op = agents.operator;
    const inputs: PersonCreate[] = [];
    // Thirty of them first (the capped arm reads its holders in storage order).
    for (let i = 0; i < 1100; i++) {
      inputs.push({
        givenName: "Mohamed",
        familyName: surname(i),
        sex: "male",
        ...(i < 30 ? { citizenship: "SN" } : {}),
      });
    }
    for (let i = 0; i < 20; i++)
      inputs.push({ givenName: "Muhammad", familyName: surname(2000 + i), sex: "male" });
    await inTransaction(w.t.deps.database, systemActor, noMeta, (ctx) => createPeopleBulk(ctx, org, inputs));
    await refreshCommonKeys();

    const first = await list(op, "q=Mohamed&limit=50");
    expect(first.items).toHaveLength(50);
    expect(first.nextCursor).not.toBeNull();
    // The exact spelling ranks above the other spellings of the same name.
    expect(first.items.every((p) => p.givenName === "Mohamed")).toBe(true);

    const seen: Summary[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await list(op, `q=Mohamed&limit=200${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 20);
    expect(new Set(seen.map((p) => p.id)).size).toBe(seen.length);
    // Bounded: at most 1,000 holders of a common key are ranked, not all 1,120.
    expect(seen.length).toBeLessThanOrEqual(1000);
    expect(seen.length).toBeGreaterThanOrEqual(200);
    const lastExact = seen.map((p) => p.givenName).lastIndexOf("Mohamed");
    const firstOther = seen.findIndex((p) => p.givenName !== "Mohamed");
    if (firstOther >= 0) expect(firstOther).toBeGreaterThan(lastExact);

    // With another filter the ranked candidates are filtered, then paged.
    const senegal: string[] = [];
    cursor = null;
    do {
      const page = await list(op, `q=Mohamed&citizenship=SN&limit=20${cursor ? `&cursor=${cursor}` : ""}`);
      senegal.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(senegal).toHaveLength(30);
    expect(new Set(senegal).size).toBe(30);

    // A rare second word still finds its one person among the thousand.
    const one = await list(op, `q=${encodeURIComponent(`Mohamed ${surname(7)}`)}`);
    expect(one.items[0]?.familyName).toBe(surname(7));
  });

  it("keeps the closest names when a lone common key has more holders than the candidate limit", async () => {
    const { organizationId: org, agents } = await freshOrganization(w, ["operator"]);
    const inputs: PersonCreate[] = [];
    for (let i = 0; i < 260; i++)
      inputs.push({ givenName: "Yonas", familyName: surname(3000 + i), sex: "male", birthYear: 1990 });
    await inTransaction(w.t.deps.database, systemActor, noMeta, (ctx) => createPeopleBulk(ctx, org, inputs));
    // Registered last: the old arbitrary LIMIT 200 usually left them out.
    const target = await buildPerson(w.t.deps.database, {
      organizationId: org,
      givenName: "Yonas",
      familyName: "Yonas",
      sex: "male",
      birthYear: 1984,
      citizenship: "ER",
    });
    await refreshCommonKeys();
    // "Yonas Yonnas": both words give the one key "yns", now common.
    const res = await agents.operator.request("POST", `${base}/matches`, {
      givenName: "Yonas",
      familyName: "Yonnas",
      birthYear: 1984,
      citizenship: "ER",
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().candidates[0]?.personId).toBe(target.id);
  });
});

/** Letters only, distinct per n: "Bakodi", "Bakodu"… */
function surname(n: number): string {
  const syllables = ["ba", "ko", "di", "lu", "me", "ra", "si", "to", "fe", "gu", "ne", "po"];
  let out = "";
  let x = n + 1000;
  for (let i = 0; i < 4; i++) {
    out += syllables[x % syllables.length];
    x = Math.floor(x / syllables.length);
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}
