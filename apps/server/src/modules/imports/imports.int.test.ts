import { randomBytes } from "node:crypto";
import type { PersonCreate } from "@approdo/contracts";
import { numericCheckDigit, taxCodeCheckCharacter } from "@approdo/contracts";
import { and, asc, eq, inArray } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditEvents,
  householdMembers,
  households,
  importRejections,
  imports,
  people,
  personLanguages,
} from "../../platform/db/schema.ts";
import { inTransaction, noMeta } from "../../platform/db/transaction.ts";
import {
  type Agent,
  buildOrganization,
  buildPerson,
  buildTerritory,
  buildUser,
  createTestApp,
  createTestDatabase,
  signIn,
  type TestApp,
  type TestDatabase,
} from "../../testing/index.ts";
import { findRegistryDuplicates, loadRegistryIndex, preparePerson } from "../people/index.ts";
import { type ImportJobData, runImportJob } from "./index.ts";

let db: TestDatabase;
let t: TestApp;
let orgA: string;
let orgB: string;
let operatorA: Agent;
let operatorAId: string;
let operatorB: Agent;
let admin: Agent;
let dpo: Agent;

interface Part {
  name: string;
  value?: string;
  filename?: string;
  data?: Buffer;
}

function multipart(parts: Part[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----approdo${randomBytes(8).toString("hex")}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const file = part.data !== undefined;
    const disposition = `form-data; name="${part.name}"${file ? `; filename="${part.filename ?? "file"}"` : ""}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${file ? "Content-Type: application/octet-stream\r\n" : ""}\r\n`;
    chunks.push(
      Buffer.from(head, "utf8"),
      part.data ?? Buffer.from(part.value ?? "", "utf8"),
      Buffer.from("\r\n"),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

function upload(agent: Agent, data: Buffer, filename = "persone.csv", mapping?: unknown) {
  const parts: Part[] = [{ name: "file", filename, data }];
  if (mapping !== undefined) parts.unshift({ name: "mapping", value: JSON.stringify(mapping) });
  const body = multipart(parts);
  return t.app.inject({
    method: "POST",
    url: "/api/v1/imports/people",
    payload: body.payload,
    headers: { cookie: agent.cookie, "x-csrf-token": agent.csrfToken, ...body.headers },
  });
}

let serial = 0;
function provisional(): string {
  serial += 1;
  const first10 = `8${String(Date.now() % 1_000_000).padStart(6, "0")}${String(serial % 1000).padStart(3, "0")}`;
  return `${first10}${numericCheckDigit(first10)}`;
}

/** A full codice fiscale for someone born in Morocco (Z330) on the given day. */
function moroccanTaxCode(letters: string, birth: string, female: boolean): string {
  const [y, m, d] = birth.split("-").map(Number) as [number, number, number];
  const month = "ABCDEHLMPRST"[m - 1];
  const day = String(female ? d + 40 : d).padStart(2, "0");
  const first15 = `${letters}${String(y % 100).padStart(2, "0")}${month}${day}Z330`;
  return `${first15}${taxCodeCheckCharacter(first15)}`;
}

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");

function jobData(importId: string, organizationId = orgA, userId = operatorAId): ImportJobData {
  return { importId, actor: { kind: "user", userId, organizationId, roles: ["operator"] } };
}

async function start(agent: Agent, importId: string, mapping: Record<string, string | null>) {
  return agent.request("POST", `/api/v1/imports/${importId}/start`, { mapping });
}

async function peopleOf(organizationId: string) {
  return t.deps.database.db
    .select()
    .from(people)
    .where(eq(people.organizationId, organizationId))
    .orderBy(asc(people.familyName));
}

async function auditOf(action: string, entityId: string) {
  return t.deps.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, entityId)));
}

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
  await buildTerritory(t.deps.database, "082053", "Palermo");
  await buildTerritory(t.deps.database, "058091", "Roma");
  orgA = (await buildOrganization(t.deps.database)).id;
  orgB = (await buildOrganization(t.deps.database)).id;
  const a = await buildUser(t.deps.database, { organizationId: orgA, roles: ["operator"] });
  operatorAId = a.id;
  operatorA = await signIn(t.app, a.username, a.password);
  const b = await buildUser(t.deps.database, { organizationId: orgB, roles: ["operator"] });
  operatorB = await signIn(t.app, b.username, b.password);
  const ad = await buildUser(t.deps.database, { organizationId: orgA, roles: ["admin", "operator"] });
  admin = await signIn(t.app, ad.username, ad.password, ad.totpSecret);
  const dp = await buildUser(t.deps.database, { organizationId: orgA, roles: ["dpo"] });
  dpo = await signIn(t.app, dp.username, dp.password, dp.totpSecret);
});

afterAll(async () => {
  await t?.close();
  await db?.drop();
});

describe("spreadsheet import of people", () => {
  const header =
    "Nome;Cognome;Sesso;Data di nascita;Cittadinanza;Codice fiscale;Comune di domicilio;Lingue;Livello italiano;Telefono;Nucleo;Relazione;Referente;Note";
  let existingId: string;
  let importId: string;
  const goodTax = provisional();

  beforeAll(async () => {
    existingId = (
      await buildPerson(t.deps.database, {
        organizationId: orgA,
        givenName: "Mohamed",
        familyName: "Benali",
        sex: "male",
        birthDate: "1988-03-04",
        citizenship: "MA",
      })
    ).id;
  });

  it("previews a CSV: columns, the suggested mapping, the first rows, counts of the first 1,000", async () => {
    const lines = [
      header,
      `Amina;Diallo;F;12/05/1990;Senegal;${goodTax};Palermo;wolof, francese;A2;+39 333 1234567;;;`,
      "Yonas;Tesfaye;M;1995-02-01;Eritrea;;082053;tigrino;A1;;;;",
      "Fatou;Sow;F;1987;SN;;;;;;;;",
      "Karim;Haddad;M;00/00/1992;Siria;;Roma;arabo;pre-A1;;;;",
      "Blessing;Okafor;F;03.07.1999;Nigeria;;;inglese, pidgin;B1;;;;",
      "Ahmed;Rahimi;M;1979-11-30;Afghanistan;;;dari;;;;;",
      "Mariam;Traoré;F;21/01/2001;Mali;;;bambara;;;;;",
      "Oleksandr;Kovalenko;M;15/08/1984;Ucraina;;Palermo (PA);ucraino, russo;B2;;;;",
      "Rahim;Uddin;M;1990;Bangladesh;;;bengalese;;;;;",
      "Aisha;Kamara;F;09/09/1996;Sierra Leone;;;krio;A1;;;;",
      // 12: the check character is wrong
      "Leila;Mansour;F;02/02/1991;Marocco;MNSLLE91B42Z33OX;;;;;;;;diabete",
      // 13: no such country
      "Ivan;Petrov;M;1980;Atlantide;;;;;;;;",
      // 14: the same tax code as row 2
      `Aminata;Diallo;F;12/05/1990;Senegal;${goodTax};;;;;;;`,
      // 15: already registered (another spelling, same birth date and citizenship)
      "Mohammed;Benali;M;04/03/1988;Marocco;;;;;;;;",
      // 16-18: a household of three
      `Samira;Haddou;F;10/10/1985;Marocco;${moroccanTaxCode("HDDSMR", "1985-10-10", true)};Palermo;arabo;A2;;N1;referente;sì`,
      "Youssef;Haddou;M;1983;Marocco;;Palermo;arabo;;;N1;coniuge;no",
      "Nour;Haddou;F;2015-04-04;Italia;;Palermo;italiano, arabo;;;N1;figlia;",
      // 19: unknown municipality
      "Paolo;Esposito;M;1970;Italia;;Atlantide;;;;;;",
      // 20-21: a household with two reference persons
      "Ana;Lima;F;1990;Brasile;;;;;;N2;referente;sì",
      "João;Lima;M;1989;Brasile;;;;;;N2;coniuge;sì",
      // 22-23: a household whose second member is invalid
      "Tariq;Aziz;M;1975;Pakistan;;;urdu;;;N3;capofamiglia;sì",
      "Zara;Aziz;F;31/02/2010;Pakistan;;;urdu;;;N3;figlia;",
      // 24: formula injection in a rejected row (bad sex)
      '=HYPERLINK("http://x");Evil;Z;1990;Italia;;;;;-1+1;;;',
    ];
    const res = await upload(operatorA, csv(lines));
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    importId = body.importId;
    expect(body.status).toBe("previewed");
    expect(body.format).toBe("csv");
    expect(body.totalRows).toBe(23);
    expect(body.columns).toEqual(header.split(";"));
    expect(body.suggestedMapping).toEqual({
      Nome: "givenName",
      Cognome: "familyName",
      Sesso: "sex",
      "Data di nascita": "birthDate",
      Cittadinanza: "citizenship",
      "Codice fiscale": "taxCode",
      "Comune di domicilio": "domicileIstat",
      Lingue: "languages",
      "Livello italiano": "italianLevel",
      Telefono: "phone",
      Nucleo: "householdKey",
      Relazione: "householdRelation",
      Referente: "householdReference",
    });
    expect(body.preview.rows).toHaveLength(20);
    expect(body.preview.rows[0]).toMatchObject({
      Nome: "Amina",
      Cognome: "Diallo",
      Telefono: "+39 333 1234567",
    });
    expect(body.preview.checked).toBe(23);
    // Row-level problems only (the registry is searched when the import runs): 12, 13, 14, 19, 23, 24.
    expect(body.preview.invalid).toBe(6);
    expect(body.preview.valid).toBe(17);
    expect(
      body.preview.sampleErrors.map((e: { rowNumber: number; code: string }) => [e.rowNumber, e.code]),
    ).toEqual([
      [12, "INVALID_TAX_CODE"],
      [13, "UNKNOWN_COUNTRY"],
      [14, "DUPLICATE_IN_FILE"],
      [19, "UNKNOWN_MUNICIPALITY"],
      [23, "INVALID_ROW"],
      [24, "INVALID_ROW"],
    ]);
    const [row] = await t.deps.database.db.select().from(imports).where(eq(imports.id, importId));
    expect(row?.storageKey).toBeTruthy();
    expect(row?.wrappedKey).toBeTruthy();
    expect(await auditOf("import.uploaded", importId)).toHaveLength(1);
  });

  it("refuses to start without a column for a required field, or with an unknown column", async () => {
    let res = await start(operatorA, importId, { Cognome: "familyName" });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain("missing_givenName");
    res = await start(operatorA, importId, { Nome: "givenName", Cognome: "familyName", Altro: "phone" });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain("unknown_column");
    res = await start(operatorA, importId, { Nome: "givenName", Cognome: "familyName", Sesso: "givenName" });
    expect(res.statusCode).toBe(400);
    res = await start(operatorA, importId, {
      Nome: "givenName",
      Cognome: "familyName",
      Relazione: "householdRelation",
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain("household_key_missing");
  });

  it("another organisation, the administrator and the DPO get 404", async () => {
    for (const agent of [operatorB, admin, dpo]) {
      expect((await agent.request("GET", `/api/v1/imports/${importId}`)).statusCode).toBe(404);
      expect((await agent.request("GET", `/api/v1/imports/${importId}/rejections.csv`)).statusCode).toBe(404);
      expect((await start(agent, importId, { Nome: "givenName", Cognome: "familyName" })).statusCode).toBe(
        404,
      );
    }
    expect((await upload(admin, csv(["Nome;Cognome", "A;B"]))).statusCode).toBe(404);
    expect((await operatorB.request("GET", "/api/v1/imports")).json().items).toEqual([]);
  });

  it("imports the valid rows and households, rejects every other row with its code", async () => {
    const preview = (await operatorA.request("GET", `/api/v1/imports/${importId}`)).json();
    const res = await start(operatorA, importId, preview.mapping);
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toEqual({ importId, status: "queued" });
    expect((await start(operatorA, importId, preview.mapping)).statusCode).toBe(422);

    await runImportJob(t.deps, jobData(importId), { batchSize: 4, insertBatchSize: 3 });

    const status = (await operatorA.request("GET", `/api/v1/imports/${importId}`)).json();
    expect(status).toMatchObject({
      status: "completed",
      totalRows: 23,
      processedRows: 23,
      acceptedRows: 13,
      rejectedRows: 10,
      progress: 1,
      error: null,
    });
    const codes = status.rejections.map((r: { rowNumber: number; code: string }) => [r.rowNumber, r.code]);
    expect(codes).toEqual([
      [12, "INVALID_TAX_CODE"],
      [13, "UNKNOWN_COUNTRY"],
      [14, "DUPLICATE_IN_FILE"],
      [15, "POSSIBLE_DUPLICATE"],
      [19, "UNKNOWN_MUNICIPALITY"],
      [20, "HOUSEHOLD_INVALID"],
      [21, "HOUSEHOLD_INVALID"],
      [22, "HOUSEHOLD_INVALID"],
      [23, "INVALID_ROW"],
      [24, "INVALID_ROW"],
    ]);
    const byRow = new Map(status.rejections.map((r: { rowNumber: number }) => [r.rowNumber, r]));
    expect(byRow.get(14)).toMatchObject({ otherRow: 2, field: "taxCode" });
    expect(byRow.get(15)).toMatchObject({ personId: existingId });
    expect((byRow.get(15) as { message: string }).message).not.toContain("Benali");
    expect(byRow.get(22)).toMatchObject({ otherRow: 23 });
    expect(byRow.get(23)).toMatchObject({ field: "birthDate" });
    expect(byRow.get(12)).toMatchObject({ rowData: expect.objectContaining({ Nome: "Leila" }) });
    // A column left unmapped is not kept, not even for rejected rows.
    expect(Object.keys((byRow.get(12) as { rowData: object }).rowData)).not.toContain("Note");

    const registered = await peopleOf(orgA);
    // the 13 imported plus the one registered before
    expect(registered).toHaveLength(14);
    const amina = registered.find((p) => p.familyName === "Diallo");
    expect(amina).toMatchObject({
      givenName: "Amina",
      sex: "female",
      birthDate: "1990-05-12",
      birthYear: 1990,
      citizenship: "SN",
      taxCode: goodTax,
      domicileIstat: "082053",
      italianLevel: "a2",
      phone: "+39 333 1234567",
    });
    const languages = await t.deps.database.db
      .select()
      .from(personLanguages)
      .where(eq(personLanguages.personId, amina?.id ?? ""));
    expect(languages.map((l) => l.language).sort()).toEqual(["fra", "wol"]);
    expect(registered.find((p) => p.familyName === "Sow")).toMatchObject({
      birthDate: null,
      birthYear: 1987,
    });
    expect(registered.find((p) => p.familyName === "Haddad")).toMatchObject({
      birthYear: 1992,
      citizenship: "SY",
      domicileIstat: "058091",
      italianLevel: "pre_a1",
    });
    expect(registered.find((p) => p.familyName === "Kovalenko")).toMatchObject({ domicileIstat: "082053" });

    const hh = await t.deps.database.db.select().from(households).where(eq(households.organizationId, orgA));
    expect(hh).toHaveLength(1);
    const members = await t.deps.database.db
      .select()
      .from(householdMembers)
      .where(eq(householdMembers.householdId, hh[0]?.id ?? ""));
    const haddou = registered.filter((p) => p.familyName === "Haddou");
    expect(members.map((m) => m.personId).sort()).toEqual(haddou.map((p) => p.id).sort());
    const relationOf = (given: string) =>
      members.find((m) => m.personId === haddou.find((p) => p.givenName === given)?.id);
    expect(relationOf("Samira")).toMatchObject({ relation: "reference_person", isReference: true });
    expect(relationOf("Youssef")).toMatchObject({ relation: "spouse", isReference: false });
    expect(relationOf("Nour")).toMatchObject({ relation: "child", isReference: false });

    const completed = await auditOf("import.completed", importId);
    expect(completed).toHaveLength(1);
    expect(completed[0]?.details).toEqual({ accepted: 13, rejected: 10, households: 1 });
    expect(await auditOf("import.started", importId)).toHaveLength(1);
    const [row] = await t.deps.database.db.select().from(imports).where(eq(imports.id, importId));
    expect(row?.storageKey).toBeNull();

    // Running the job again (a retried delivery) changes nothing.
    await runImportJob(t.deps, jobData(importId));
    expect(await peopleOf(orgA)).toHaveLength(14);
  });

  it("finds the same registry duplicates with the key and birth-year index as with one SQL call per row", async () => {
    const actor = {
      kind: "user" as const,
      userId: operatorAId,
      organizationId: orgA,
      roles: ["operator" as const],
    };
    const probes = (
      [
        {
          givenName: "Muhammad",
          familyName: "Benali",
          sex: "male",
          birthDate: "1988-03-04",
          citizenship: "MA",
        },
        { givenName: "Benali", familyName: "Mohamed", sex: "male", birthYear: 1988 },
        { givenName: "Mohamed", familyName: "Benali", sex: "male", birthYear: 1960, citizenship: "MA" },
        { givenName: "Aminata", familyName: "Diallo", sex: "female", taxCode: goodTax },
        { givenName: "Grace", familyName: "Okoro", sex: "female", birthYear: 1990 },
      ] satisfies PersonCreate[]
    ).map((p) => ({ ...p, nameKeys: preparePerson(p, orgA, null).person.nameKeys }));
    const [withSql, withIndex] = await inTransaction(t.deps.database, actor, noMeta, async ({ tx }) => [
      await findRegistryDuplicates(tx, probes),
      await findRegistryDuplicates(tx, probes, { index: await loadRegistryIndex(tx, orgA) }),
    ]);
    expect([...withIndex.keys()].sort()).toEqual([0, 1, 3]);
    expect(withIndex.get(0)).toMatchObject({ personId: existingId, reason: "name" });
    expect(withIndex.get(3)).toMatchObject({ reason: "tax_code", score: 1 });
    expect(withIndex).toEqual(withSql);
  });

  it("finds registry duplicates of a whole file by tax code and by a name in another script, batch by batch", async () => {
    const org = (await buildOrganization(t.deps.database)).id;
    const user = await buildUser(t.deps.database, { organizationId: org, roles: ["operator"] });
    const agent = await signIn(t.app, user.username, user.password);
    const taxCode = provisional();
    const byTax = await buildPerson(t.deps.database, {
      organizationId: org,
      givenName: "Grace",
      familyName: "Okafor",
      sex: "female",
      birthYear: 1991,
      taxCode,
    });
    const byName = await buildPerson(t.deps.database, {
      organizationId: org,
      givenName: "Oleksandr",
      familyName: "Kovalenko",
      sex: "male",
      birthDate: "1985-07-21",
      citizenship: "UA",
    });
    // A namesake born ten years later, and another organisation's Kovalenko: not duplicates.
    await buildPerson(t.deps.database, {
      organizationId: org,
      givenName: "Oleksandr",
      familyName: "Kovalenko",
      sex: "male",
      birthYear: 1995,
      citizenship: "UA",
    });
    await buildPerson(t.deps.database, {
      organizationId: orgB,
      givenName: "Olena",
      familyName: "Kovalenko",
      sex: "female",
      birthDate: "1987-02-02",
      citizenship: "UA",
    });
    const lines = ["Nome;Cognome;Sesso;Data di nascita;Cittadinanza;Codice fiscale"];
    for (let i = 0; i < 7; i++)
      lines.push(`Nuova${"abcdefg"[i]};Persona${"hijklmn"[i]};F;0${i + 1}/01/1990;SN;`);
    lines.push(`Grace;Okafor-Eze;F;;NG;${taxCode}`); // row 9: the same tax code
    lines.push("Олександр;Коваленко;M;21/07/1985;UA;"); // row 10: the same person in Cyrillic
    lines.push("Olena;Kovalenko;F;02/02/1987;UA;"); // row 11: known to orgB only
    const res = await upload(agent, csv(lines), "registro.csv");
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().importId;
    expect((await start(agent, id, res.json().mapping)).statusCode).toBe(202);
    await runImportJob(t.deps, jobData(id, org, user.id), { batchSize: 3 });
    const status = (await agent.request("GET", `/api/v1/imports/${id}`)).json();
    expect(status).toMatchObject({ status: "completed", acceptedRows: 8, rejectedRows: 2 });
    const rejected = status.rejections.map((r: { rowNumber: number; code: string; personId?: string }) => [
      r.rowNumber,
      r.code,
      r.personId,
    ]);
    expect(rejected).toEqual([
      [9, "POSSIBLE_DUPLICATE", byTax.id],
      [10, "POSSIBLE_DUPLICATE", byName.id],
    ]);
  });

  it("runs a job delivered twice once, and takes over a run that stopped giving signs of life", async () => {
    const org = (await buildOrganization(t.deps.database)).id;
    const user = await buildUser(t.deps.database, { organizationId: org, roles: ["operator"] });
    const agent = await signIn(t.app, user.username, user.password);
    const lines = ["Nome;Cognome;Sesso;Anno di nascita"];
    for (let i = 0; i < 6; i++) lines.push(`Doppia${"abcdef"[i]};Consegna${"ghijkl"[i]};M;19${80 + i}`);
    const res = await upload(agent, csv(lines), "due-volte.csv");
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().importId;
    expect((await start(agent, id, res.json().mapping)).statusCode).toBe(202);

    // The job is queued with an expiry beyond any import, and retries that wait longer than the lease.
    const [queued] = await t.deps.database.db.select().from(imports).where(eq(imports.id, id));
    const job = await t.deps.database.raw.query<{ expire: number; retry_limit: number; retry_delay: number }>(
      "select extract(epoch from expire_in)::int as expire, retry_limit, retry_delay from pgboss.job where id = $1",
      [queued?.jobId],
    );
    expect(job.rows[0]).toEqual({ expire: 7200, retry_limit: 2, retry_delay: 660 });

    // Two deliveries at once (pg-boss retrying an expired job while the first run goes on).
    await Promise.all([
      runImportJob(t.deps, jobData(id, org, user.id), { batchSize: 2 }),
      runImportJob(t.deps, jobData(id, org, user.id), { batchSize: 2 }),
    ]);
    expect(await peopleOf(org)).toHaveLength(6);
    expect(await auditOf("import.completed", id)).toHaveLength(1);

    // A run of another instance, alive (its row touched just now): a delivery here does nothing.
    const again = await upload(agent, csv(["Nome;Cognome;Sesso", "Altra;Istanza;F"]), "altra.csv");
    const other = again.json().importId;
    expect((await start(agent, other, again.json().mapping)).statusCode).toBe(202);
    await t.deps.database.db
      .update(imports)
      .set({ status: "running", updatedAt: new Date() })
      .where(eq(imports.id, other));
    await runImportJob(t.deps, jobData(other, org, user.id));
    expect((await agent.request("GET", `/api/v1/imports/${other}`)).json().status).toBe("running");
    expect(await peopleOf(org)).toHaveLength(6);
    // Silent for longer than the lease (its process died): the next delivery takes it over.
    await runImportJob(t.deps, jobData(other, org, user.id), { now: () => Date.now() + 11 * 60_000 });
    expect((await agent.request("GET", `/api/v1/imports/${other}`)).json()).toMatchObject({
      status: "completed",
      acceptedRows: 1,
    });
    expect(await peopleOf(org)).toHaveLength(7);
  });

  it("downloads every rejected row as CSV, escaped against formula injection, and audits it", async () => {
    const res = await operatorA.request("GET", `/api/v1/imports/${importId}/rejections.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    expect(res.headers["content-disposition"]).toContain("persone-scartate.csv");
    const text = res.body;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe(`Riga;Codice;Motivo;Dettagli;${header.replace(";Note", "")}`);
    expect(text).not.toContain("diabete");
    expect(lines[1]).toMatch(/^12;INVALID_TAX_CODE;Codice fiscale non valido;/);
    const evil = lines.find((l) => l.startsWith("24;"));
    expect(evil).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(evil).toContain(";'-1+1;");
    expect(evil).not.toMatch(/;=HYPERLINK/);
    expect(await auditOf("import.rejections_downloaded", importId)).toHaveLength(1);
    const en = await operatorA.request("GET", `/api/v1/imports/${importId}/rejections.csv?locale=en`);
    expect(en.body.slice(1).split("\r\n")[0]).toMatch(/^Row;Code;Reason;Details;/);
  });

  it("leaves nothing imported and marks the import failed when the job fails midway", async () => {
    const org = (await buildOrganization(t.deps.database)).id;
    const user = await buildUser(t.deps.database, { organizationId: org, roles: ["operator"] });
    const agent = await signIn(t.app, user.username, user.password);
    const lines = ["Nome;Cognome;Sesso;Anno di nascita;Nucleo;Referente"];
    for (let i = 0; i < 12; i++)
      lines.push(`Persona${"abcdefghijkl"[i]};Kessel${"mnopqrstuvwx"[i]};F;19${70 + i};;`);
    lines.push("Uno;Famiglia;M;1980;F1;sì", "Due;Famiglia;F;1982;F1;no");
    const res = await upload(agent, csv(lines), "fallisce.csv");
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().importId;
    expect((await start(agent, id, res.json().mapping)).statusCode).toBe(202);
    await runImportJob(t.deps, jobData(id, org, user.id), {
      batchSize: 5,
      insertBatchSize: 5,
      beforeInsertBatch: (batch) => {
        if (batch === 2) throw new Error("disk full");
      },
    });
    const status = (await agent.request("GET", `/api/v1/imports/${id}`)).json();
    expect(status.status).toBe("failed");
    expect(status.error).toBe("The import stopped because of an internal error");
    expect(status.acceptedRows).toBe(0);
    expect(await peopleOf(org)).toHaveLength(0);
    expect(
      await t.deps.database.db.select().from(households).where(eq(households.organizationId, org)),
    ).toHaveLength(0);
    expect(await auditOf("import.failed", id)).toHaveLength(1);
    expect(await auditOf("import.completed", id)).toHaveLength(0);

    // A failed import may be started again; this time it goes through.
    expect((await start(agent, id, res.json().mapping)).statusCode).toBe(202);
    await runImportJob(t.deps, jobData(id, org, user.id), { batchSize: 5 });
    const again = (await agent.request("GET", `/api/v1/imports/${id}`)).json();
    expect(again).toMatchObject({ status: "completed", acceptedRows: 14, rejectedRows: 0 });
    expect(await peopleOf(org)).toHaveLength(14);
  });

  it("imports an Excel workbook (dates as dates, numbers as numbers)", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Persone");
    sheet.addRow([
      "Given name",
      "Surname",
      "Sex",
      "Date of birth",
      "Nationality",
      "Tax code",
      "Municipality",
    ]);
    sheet.addRow(["Grace", "Adeyemi", "female", new Date(Date.UTC(1993, 6, 14)), "NG", null, 82053]);
    sheet.addRow(["Musa", "Jallow", "male", 1991, "Gambia", Number(provisional()), "Roma"]);
    sheet.addRow([
      { richText: [{ text: "Hawa " }, { text: "Binta" }] },
      "Conteh",
      "F",
      "1998-12-01",
      "Sierra Leone",
    ]);
    const data = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload(operatorA, data, "persone.xlsx");
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.format).toBe("xlsx");
    expect(body.totalRows).toBe(3);
    expect(body.preview).toMatchObject({ valid: 3, invalid: 0 });
    expect(body.mapping).toMatchObject({ "Given name": "givenName", Municipality: "domicileIstat" });
    expect((await start(operatorA, body.importId, body.mapping)).statusCode).toBe(202);
    await runImportJob(t.deps, jobData(body.importId));
    const status = (await operatorA.request("GET", `/api/v1/imports/${body.importId}`)).json();
    expect(status).toMatchObject({ status: "completed", acceptedRows: 3, rejectedRows: 0 });
    const found = await t.deps.database.db
      .select()
      .from(people)
      .where(
        and(eq(people.organizationId, orgA), inArray(people.familyName, ["Adeyemi", "Jallow", "Conteh"])),
      );
    expect(found.find((p) => p.familyName === "Adeyemi")).toMatchObject({
      birthDate: "1993-07-14",
      citizenship: "NG",
      domicileIstat: "082053",
    });
    expect(found.find((p) => p.familyName === "Jallow")).toMatchObject({
      birthYear: 1991,
      citizenship: "GM",
    });
    expect(found.find((p) => p.familyName === "Conteh")).toMatchObject({ givenName: "Hawa Binta" });
  });

  it("refuses old .xls files, text that is not UTF-8, and files with no header", async () => {
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      randomBytes(100),
    ]);
    expect((await upload(operatorA, xls, "vecchio.xls")).statusCode).toBe(415);
    const latin1 = Buffer.from("Nome;Cognome\nNicolò;Rossi\n", "latin1");
    const res = await upload(operatorA, latin1);
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toContain("UTF-8");
    expect((await upload(operatorA, Buffer.from("\n\n\n"))).statusCode).toBe(422);
    expect(
      (await t.deps.database.db.select().from(imports).where(eq(imports.fileName, "vecchio.xls"))).length,
    ).toBe(0);
  });

  it("runs through the background worker", async () => {
    const worker = await createTestApp(db.database, {
      work: true,
      storage: t.deps.storage,
      config: t.deps.config,
    });
    try {
      const res = await upload(operatorA, csv(["Nome,Cognome,Sesso", "Lamin,Ceesay,M", "Awa,Ceesay,F"]));
      expect(res.statusCode, res.body).toBe(201);
      const id = res.json().importId;
      expect((await start(operatorA, id, res.json().mapping)).statusCode).toBe(202);
      let status = { status: "queued" };
      for (let i = 0; i < 60 && status.status !== "completed" && status.status !== "failed"; i++) {
        await new Promise((r) => setTimeout(r, 500));
        status = (await operatorA.request("GET", `/api/v1/imports/${id}?includeRejections=false`)).json();
      }
      expect(status).toMatchObject({ status: "completed", acceptedRows: 2, rejections: [] });
      const rejections = await t.deps.database.db
        .select()
        .from(importRejections)
        .where(eq(importRejections.importId, id));
      expect(rejections).toHaveLength(0);
    } finally {
      await worker.close();
    }
  });

  it("lists the organisation's imports, newest first", async () => {
    const res = await operatorA.request("GET", "/api/v1/imports?limit=1");
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ status: expect.any(String), fileName: expect.any(String) });
    expect(page.nextCursor).toEqual(expect.any(String));
  });
});
