import { personCreateSchema } from "@approdo/contracts";
import { eq } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../platform/authz/actor.ts";
import { people } from "../../platform/db/schema.ts";
import { inTransaction, noMeta } from "../../platform/db/transaction.ts";
import { buildPerson, testEngine } from "../../testing/index.ts";
import { assertPeopleVisible, createPeopleBulk } from "./index.ts";
import { auditOf, base, type PeopleWorld, peopleWorld, provisionalTaxCode } from "./people.int-support.ts";

let w: PeopleWorld;
beforeAll(async () => {
  w = await peopleWorld();
});
afterAll(async () => {
  await w?.close();
});

function newPerson(overrides: Record<string, unknown> = {}) {
  return {
    givenName: "Mohamed",
    familyName: "Abdelrahman",
    sex: "M",
    birthDate: "1994-03-12",
    countryOfBirth: "eg",
    citizenship: "EG",
    taxCode: provisionalTaxCode(),
    domicileIstat: "082053",
    languages: [
      { language: "ara", isPrimary: true },
      { language: "ita", isPrimary: false },
    ],
    otherNames: [{ kind: "original_script", givenName: "محمد", familyName: "عبد الرحمن" }],
    ...overrides,
  };
}

describe(`people records (${testEngine})`, () => {
  it("registers a person in the operator's organisation and reads the same record back", async () => {
    const body = newPerson();
    const created = await w.a.operator.request("POST", base, body);
    expect(created.statusCode).toBe(201);
    const person = created.json();
    expect(person).toMatchObject({
      organizationId: w.orgA,
      givenName: "Mohamed",
      familyName: "Abdelrahman",
      sex: "male",
      birthDate: "1994-03-12",
      birthYear: 1994,
      countryOfBirth: "EG",
      taxCode: body.taxCode,
      domicileIstat: "082053",
      mergedIntoId: null,
      version: 1,
      permits: [],
      vulnerabilities: [],
      household: null,
      languages: [
        { language: "ara", isPrimary: true },
        { language: "ita", isPrimary: false },
      ],
    });
    expect(person.names).toEqual([
      {
        id: expect.any(String),
        kind: "original_script",
        script: "Arab",
        givenName: "محمد",
        familyName: "عبد الرحمن",
      },
    ]);
    expect(person).not.toHaveProperty("hiddenVulnerabilities");
    const read = await w.a.operator.request("GET", `${base}/${person.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(person);

    const [row] = await w.t.deps.database.db.select().from(people).where(eq(people.id, person.id));
    expect(row?.searchText).toContain("mohamed");
    expect(row?.nameKeys.length).toBeGreaterThan(0);
    expect(row?.nameSkeleton).not.toBe("");
    expect(row?.createdBy).toBe(w.userIds.operator);
  });

  it("accepts a client UUIDv7 id and keeps a birth year known alone", async () => {
    const id = uuidv7();
    const res = await w.a.operator.request("POST", base, newPerson({ id, birthDate: null, birthYear: 1988 }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ id, birthDate: null, birthYear: 1988 });
  });

  it("answers 404 to another organisation, the administrator, the DPO, network governance and training", async () => {
    const person = (await w.a.operator.request("POST", base, newPerson())).json();
    for (const agent of [w.operatorB, w.a.admin, w.a.dpo, w.a.network_governance, w.a.training_coordinator]) {
      const read = await agent.request("GET", `${base}/${person.id}`);
      expect(read.statusCode).toBe(404);
      expect(read.json().error.code).toBe("NOT_FOUND");
      const patch = await agent.request("PATCH", `${base}/${person.id}`, { version: 1, phone: "+39 000" });
      expect(patch.statusCode).toBe(404);
    }
    const missing = await w.a.operator.request("GET", `${base}/${uuidv7()}`);
    expect(missing.json().error).toEqual(
      (await w.operatorB.request("GET", `${base}/${person.id}`)).json().error,
    );
    // B's operator lists nothing of A's; the aggregate-only roles cannot list at all.
    const listB = (await w.operatorB.request("GET", `${base}?taxCode=${person.taxCode}`)).json();
    expect(listB.items).toEqual([]);
    const byName = (await w.operatorB.request("GET", `${base}?q=Abdelrahman`)).json();
    expect(byName.items.map((p: { id: string }) => p.id)).not.toContain(person.id);
    expect((await w.a.network_governance.request("GET", base)).statusCode).toBe(404);
    expect((await w.a.admin.request("POST", base, newPerson())).statusCode).toBe(404);
    const matches = await w.a.network_governance.request("POST", `${base}/matches`, {
      givenName: "Mohamed",
      familyName: "Abdelrahman",
    });
    expect(matches.statusCode).toBe(404);
  });

  it("answers 400 VALIDATION_FAILED with the invalid fields", async () => {
    const res = await w.a.operator.request("POST", base, {
      givenName: " ",
      familyName: "X",
      sex: "robot",
      birthDate: "1994-13-40",
      citizenship: "EGY",
      domicileIstat: "82053",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("VALIDATION_FAILED");
    const paths = res.json().error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "body.givenName",
        "body.sex",
        "body.birthDate",
        "body.citizenship",
        "body.domicileIstat",
      ]),
    );
    const mismatch = await w.a.operator.request("POST", base, newPerson({ birthYear: 1990 }));
    expect(mismatch.statusCode).toBe(400);
  });

  it("answers 422 with the field and a stable reason for a wrong tax code, country or municipality", async () => {
    const wrongCheck = await w.a.operator.request("POST", base, newPerson({ taxCode: "RSSMRA80A01H501X" }));
    expect(wrongCheck.statusCode).toBe(422);
    expect(wrongCheck.json().error).toMatchObject({
      code: "UNPROCESSABLE",
      details: { field: "taxCode", reason: "CHECK_CHARACTER", issues: [{ path: "body.taxCode" }] },
    });
    const otherPerson = await w.a.operator.request(
      "POST",
      base,
      newPerson({ taxCode: "RSSMRA80A01H501U", birthDate: "1994-03-12", countryOfBirth: null }),
    );
    expect(otherPerson.json().error.details).toMatchObject({
      field: "taxCode",
      reason: "BIRTH_DATE_MISMATCH",
    });
    const mario = await w.a.operator.request(
      "POST",
      base,
      newPerson({ taxCode: "RSSMRA80A01H501U", birthDate: "1980-01-01", countryOfBirth: "IT", sex: "male" }),
    );
    expect(mario.statusCode).toBe(201);
    const country = await w.a.operator.request("POST", base, newPerson({ citizenship: "XX" }));
    expect(country.json().error.details).toMatchObject({ field: "citizenship", reason: "UNKNOWN_COUNTRY" });
    const place = await w.a.operator.request("POST", base, newPerson({ domicileIstat: "999999" }));
    expect(place.statusCode).toBe(422);
    expect(place.json().error.details).toMatchObject({
      field: "domicileIstat",
      reason: "UNKNOWN_MUNICIPALITY",
    });
    const language = await w.a.operator.request(
      "POST",
      base,
      newPerson({ languages: [{ language: "xqz" }] }),
    );
    expect(language.json().error.details).toMatchObject({ field: "languages", reason: "UNKNOWN_LANGUAGE" });
  });

  it("updates with the loaded version, recomputes the name index, and answers 409 to a stale write", async () => {
    const person = (await w.a.operator.request("POST", base, newPerson())).json();
    const patched = await w.a.operator.request("PATCH", `${base}/${person.id}`, {
      version: 1,
      familyName: "Shevchenko",
      phone: "+39 333 000 0000",
      languages: [{ language: "ukr", isPrimary: true }],
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      familyName: "Shevchenko",
      phone: "+39 333 000 0000",
      version: 2,
      languages: [{ language: "ukr", isPrimary: true }],
    });
    const [row] = await w.t.deps.database.db.select().from(people).where(eq(people.id, person.id));
    expect(row?.searchText).toContain("shevchenko");
    expect(row?.searchText).not.toContain("abdelrahman");

    const stale = await w.a.operator.request("PATCH", `${base}/${person.id}`, { version: 1, phone: null });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: "VERSION_CONFLICT", details: { currentVersion: 2 } });
    const same = await w.a.operator.request("PATCH", `${base}/${person.id}`, {
      version: 2,
      phone: "+39 333 000 0000",
    });
    expect(same.json().version).toBe(2);
    const dateOnly = await w.a.operator.request("PATCH", `${base}/${person.id}`, {
      version: 2,
      birthDate: "1995-01-02",
    });
    expect(dateOnly.json()).toMatchObject({ birthDate: "1995-01-02", birthYear: 1995, version: 3 });
    const badYear = await w.a.operator.request("PATCH", `${base}/${person.id}`, {
      version: 3,
      birthYear: 1990,
    });
    expect(badYear.json().error.details).toMatchObject({ field: "birthYear", reason: "BIRTH_YEAR_MISMATCH" });
  });

  it("replays a create with the same Idempotency-Key without registering twice", async () => {
    const body = newPerson();
    const headers = { "idempotency-key": `person-create-${Date.now()}` };
    const first = await w.a.operator.request("POST", base, body, headers);
    const retry = await w.a.operator.request("POST", base, body, headers);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.json()).toEqual(first.json());
    const list = (await w.a.operator.request("GET", `${base}?taxCode=${body.taxCode}`)).json();
    expect(list.items).toHaveLength(1);
  });

  it("audits the creation, every read and every change with ids and field names only", async () => {
    const body = newPerson();
    const person = (await w.a.operator.request("POST", base, body)).json();
    await w.a.operator.request("GET", `${base}/${person.id}`);
    await w.a.operator.request("PATCH", `${base}/${person.id}`, { version: 1, phone: "+39 320 1234567" });
    const events = await auditOf(w, person.id);
    expect(events.map((e) => e.action)).toEqual(["person.created", "person.read", "person.updated"]);
    expect(events[0]).toMatchObject({ organizationId: w.orgA, actorUserId: w.userIds.operator });
    expect(events[0]?.details).toMatchObject({ otherNames: 1, languages: 2 });
    expect(events[2]?.details).toEqual({ fields: ["phone"] });
    const text = JSON.stringify(events);
    for (const value of ["Mohamed", "Abdelrahman", body.taxCode, "+39 320", "1994-03-12"]) {
      expect(text).not.toContain(value);
    }
  });

  it("creates people in bulk for the import, refusing the whole batch with the index of a bad row", async () => {
    const operator: Actor = {
      kind: "user",
      userId: w.userIds.operator ?? null,
      organizationId: w.orgA,
      roles: ["operator"],
    };
    const rows = [newPerson(), newPerson({ givenName: "Amal" }), newPerson({ taxCode: "RSSMRA80A01H501X" })];
    const bulk = (inputs: ReturnType<typeof newPerson>[]) =>
      inTransaction(w.t.deps.database, operator, noMeta, (ctx) =>
        createPeopleBulk(
          ctx,
          w.orgA,
          inputs.map((r) => personCreateSchema.parse(r)),
        ),
      );
    await expect(bulk(rows)).rejects.toMatchObject({
      code: "UNPROCESSABLE",
      details: { row: 2, field: "taxCode", reason: "CHECK_CHARACTER" },
    });
    const first = rows[0]?.taxCode as string;
    expect((await w.a.operator.request("GET", `${base}?taxCode=${first}`)).json().items).toEqual([]);
    const ids = await bulk(rows.slice(0, 2));
    expect(ids).toHaveLength(2);
    const read = (await w.a.operator.request("GET", `${base}/${ids[1]}`)).json();
    expect(read).toMatchObject({ givenName: "Amal", birthYear: 1994, names: [{ script: "Arab" }] });
  });

  it("tells other modules, in one query, whether every person is visible and not merged", async () => {
    const mine = await buildPerson(w.t.deps.database, { organizationId: w.orgA });
    const theirs = await buildPerson(w.t.deps.database, { organizationId: w.orgB });
    const operator: Actor = {
      kind: "user",
      userId: w.userIds.operator ?? null,
      organizationId: w.orgA,
      roles: ["operator"],
    };
    const check = (ids: string[]) =>
      inTransaction(w.t.deps.database, operator, noMeta, ({ tx }) => assertPeopleVisible(tx, ids));
    await expect(check([mine.id, mine.id])).resolves.toBeUndefined();
    await expect(check([mine.id, theirs.id])).rejects.toMatchObject({
      code: "NOT_FOUND",
      details: { personIds: [theirs.id] },
    });
  });
});
