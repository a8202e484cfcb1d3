// The spreadsheet import's timing: a generated CSV of ROWS people (Italian headers, a quarter of the
// rows in households of three, a third with a provisional tax code) uploaded, previewed and imported
// through the real routes and job, on the test database (PGlite, or PostgreSQL with TEST_DB=postgres).
//
//   cd apps/server
//   bash ../../scripts/with-postgres.sh sh -c 'TEST_DB=postgres ROWS=100000 npx tsx scripts/import-benchmark.ts'
//
// EXISTING=5000 registers that many people in the organisation first; TWICE=1 imports the file a second
// time (every row then a duplicate). Prints the phases' times and the progress seen by GET every 2 s.
//
// REGISTRY=1000000 (PostgreSQL) generates that many people first with the people benchmark's generator
// (bench/generator: seed 1, 2 % planted duplicates, 75 % in the importing organisation, two others
// sharing 3 % of theirs with it; 4–10 min) and imports the people benchmark's CSV (generated names,
// households) instead of this script's: the "100,000 rows into a million" figure of bench/README.md.
//
//   bash ../../scripts/with-postgres.sh sh -c 'TEST_DB=postgres REGISTRY=1000000 npx tsx scripts/import-benchmark.ts'

import { randomBytes } from "node:crypto";
import { numericCheckDigit } from "@approdo/contracts";
import { generatePeople, loadPeople } from "../../../bench/generator/index.ts";
import { peopleCsv } from "../../../bench/people.ts";
import { runImportJob } from "../src/modules/imports/index.ts";
import { createPreparedPeople, preparePerson } from "../src/modules/people/index.ts";
import { ensureTerritories } from "../src/modules/territories/index.ts";
import { inTransaction, noMeta } from "../src/platform/db/transaction.ts";
import {
  type Agent,
  buildOrganization,
  buildUser,
  createTestApp,
  createTestDatabase,
  signIn,
  type TestApp,
} from "../src/testing/index.ts";

const rows = Number(process.env.ROWS ?? 100_000);
const existing = Number(process.env.EXISTING ?? 0);
const registry = Number(process.env.REGISTRY ?? 0);

const given = ["Amina", "Mohamed", "Fatou", "Yonas", "Ahmed", "Mariam", "Ibrahim", "Aisha", "Omar", "Khadija"]
  .concat(["Samuel", "Grace", "Blessing", "Musa", "Hawa", "Lamin", "Awa", "Karim", "Leila", "Youssef"])
  .concat([
    "Oleksandr",
    "Olena",
    "Rahim",
    "Nasrin",
    "Tesfay",
    "Selam",
    "Abdou",
    "Binta",
    "Moussa",
    "Aminata",
  ]);
const syllables = [
  "ka",
  "lu",
  "mo",
  "ri",
  "ta",
  "be",
  "do",
  "fi",
  "ne",
  "so",
  "gu",
  "pe",
  "za",
  "xi",
  "ho",
  "va",
];
const countries = [
  "Marocco",
  "Nigeria",
  "Senegal",
  "Eritrea",
  "Bangladesh",
  "Pakistan",
  "Ucraina",
  "Gambia",
].concat(["Mali", "Tunisia", "Egitto", "Afghanistan", "SN", "NG", "Costa d'Avorio"]);
const towns = [
  "Palermo",
  "Roma",
  "Milano",
  "Torino",
  "Bologna",
  "Genova",
  "082053",
  "Napoli",
  "Catania",
  "Bari",
];
const languages = [
  "arabo",
  "francese",
  "inglese",
  "wolof",
  "tigrino",
  "bengalese",
  "urdu, inglese",
  "pidgin",
];

let seed = 42;
const random = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const pick = <T>(list: readonly T[]): T => list[random(list.length)] as T;

/** A family name of five syllables, different for every `i`. */
function familyName(i: number): string {
  let n = i * 7919 + 13;
  let name = "";
  for (let k = 0; k < 5; k++) {
    name += syllables[n % 16];
    n = Math.floor(n / 16);
  }
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function generateCsv(count: number): Buffer {
  const lines = [
    "Nome;Cognome;Sesso;Data di nascita;Cittadinanza;Codice fiscale;Comune di domicilio;Lingue;Livello italiano;Telefono;Email;Nucleo;Relazione;Referente",
  ];
  let households = 0;
  for (let i = 0; i < count; ) {
    const size = random(10) === 0 ? 3 : 1;
    if (size > 1) households += 1;
    const family = familyName(i);
    for (let m = 0; m < size && i < count; m++, i++) {
      const year = 1950 + random(60);
      const date =
        random(4) === 0
          ? String(year)
          : `${String(1 + random(28)).padStart(2, "0")}/${String(1 + random(12)).padStart(2, "0")}/${year}`;
      const first10 = `9${String(i).padStart(9, "0")}`;
      const taxCode = random(3) === 0 ? `${first10}${numericCheckDigit(first10)}` : "";
      const household = size > 1 ? `H${households}` : "";
      const relation = size > 1 ? (["referente", "coniuge", "figlio"][m] ?? "") : "";
      const reference = size > 1 ? (m === 0 ? "sì" : "no") : "";
      const email = random(5) === 0 ? `p${i}@example.org` : "";
      lines.push(
        [
          pick(given),
          family,
          random(2) ? "F" : "M",
          date,
          pick(countries),
          taxCode,
          pick(towns),
          pick(languages),
        ]
          .concat([
            pick(["A1", "A2", "B1", ""]),
            `+39 3${random(100_000_000)}`,
            email,
            household,
            relation,
            reference,
          ])
          .join(";"),
      );
    }
  }
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}

async function importOnce(
  t: TestApp,
  agent: Agent,
  actor: { userId: string; organizationId: string },
  csv: Buffer,
) {
  const boundary = `----bench${randomBytes(6).toString("hex")}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.csv"\r\n\r\n`),
    csv,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  let started = performance.now();
  const uploaded = await t.app.inject({
    method: "POST",
    url: "/api/v1/imports/people",
    payload,
    headers: {
      cookie: agent.cookie,
      "x-csrf-token": agent.csrfToken,
      "content-type": `multipart/form-data; boundary=${boundary}`,
    },
  });
  if (uploaded.statusCode !== 201) throw new Error(uploaded.body);
  const preview = uploaded.json() as { importId: string; totalRows: number; mapping: Record<string, string> };
  const uploadSeconds = (performance.now() - started) / 1000;
  const start = await agent.request("POST", `/api/v1/imports/${preview.importId}/start`, {
    mapping: preview.mapping,
  });
  if (start.statusCode !== 202) throw new Error(start.body);
  started = performance.now();
  let running = true;
  const polling = (async () => {
    while (running) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const s = (
        await agent.request("GET", `/api/v1/imports/${preview.importId}?includeRejections=false`)
      ).json();
      const at = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `  ${at} s: ${s.status}, progress ${s.progress}, checked ${s.processedRows}, written ${s.acceptedRows}`,
      );
    }
  })();
  const phases: string[] = [];
  await runImportJob(
    t.deps,
    {
      importId: preview.importId,
      actor: {
        kind: "user",
        userId: actor.userId,
        organizationId: actor.organizationId,
        roles: ["operator"],
      },
    },
    { onPhase: (phase, ms) => phases.push(`${phase} ${(ms / 1000).toFixed(2)} s`) },
  );
  const jobSeconds = (performance.now() - started) / 1000;
  running = false;
  await polling;
  const done = (
    await agent.request("GET", `/api/v1/imports/${preview.importId}?includeRejections=false`)
  ).json();
  console.log(`phases: ${phases.join(", ")}`);
  console.log(
    `upload and preview ${uploadSeconds.toFixed(2)} s, job ${jobSeconds.toFixed(2)} s, total ${(uploadSeconds + jobSeconds).toFixed(2)} s: ${done.status}, ${done.acceptedRows} imported, ${done.rejectedRows} rejected`,
  );
}

const csv = registry > 0 ? Buffer.from(peopleCsv(rows, 1001), "utf8") : generateCsv(rows);
console.log(`CSV: ${rows} rows, ${(csv.length / 1024 / 1024).toFixed(1)} MB`);
const db = await createTestDatabase();
const t = await createTestApp(db.database);
try {
  await ensureTerritories(t.deps.database);
  const organizationId = (await buildOrganization(t.deps.database)).id;
  const user = await buildUser(t.deps.database, { organizationId, roles: ["operator"] });
  const agent = await signIn(t.app, user.username, user.password);
  const actor = { kind: "user" as const, userId: user.id, organizationId, roles: ["operator" as const] };
  if (registry > 0) {
    if (!db.url) throw new Error("REGISTRY needs TEST_DB=postgres");
    const others = [
      (await buildOrganization(t.deps.database)).id,
      (await buildOrganization(t.deps.database)).id,
    ];
    const organizations = [organizationId, ...others].map((id, i) => ({
      id,
      weight: [0.75, 0.15, 0.1][i] ?? 0.1,
    }));
    const started = performance.now();
    await loadPeople(
      { database: t.deps.database, postgresUrl: db.url },
      generatePeople({ count: registry, seed: 1, duplicateRate: 0.02, organizations }),
      { progress: (m) => process.stderr.write(`  ${m}\n`) },
    );
    console.log(
      `registry: ${registry} people generated in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  }
  if (existing > 0) {
    const people = Array.from({ length: existing }, (_, i) =>
      preparePerson(
        {
          givenName: pick(given),
          familyName: familyName(i + 1_000_000),
          sex: "female",
          birthYear: 1950 + (i % 60),
        },
        organizationId,
        null,
      ),
    );
    await inTransaction(t.deps.database, actor, noMeta, (ctx) =>
      createPreparedPeople(ctx, organizationId, people),
    );
    console.log(`${existing} people registered first`);
  }
  await importOnce(t, agent, actor, csv);
  if (process.env.TWICE) await importOnce(t, agent, actor, csv);
  console.log(`memory (rss): ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
  console.log(`1-minute load average: ${(await import("node:os")).loadavg()[0]?.toFixed(1)} (2 cores)`);
} finally {
  await t.close();
  await db.drop();
}
