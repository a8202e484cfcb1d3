import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPerson, testEngine } from "../../testing/index.ts";
import { auditOf, base, type PeopleWorld, peopleWorld } from "./people.int-support.ts";

let w: PeopleWorld;
beforeAll(async () => {
  w = await peopleWorld();
});
afterAll(async () => {
  await w?.close();
});

const personOfA = () => buildPerson(w.t.deps.database, { organizationId: w.orgA });

describe(`vulnerabilities (${testEngine})`, () => {
  it("hides a special-category vulnerability from an operator of the same organisation, not from a psychologist", async () => {
    const person = await personOfA();
    const recorded = await w.a.case_manager.request("POST", `${base}/${person.id}/vulnerabilities`, {
      code: "torture_or_violence_survivor",
      since: "2023-05-01",
      note: "reported at the first interview",
    });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json()).toMatchObject({
      code: "torture_or_violence_survivor",
      specialCategory: true,
      until: null,
    });
    await w.a.operator.request("POST", `${base}/${person.id}/vulnerabilities`, { code: "homelessness" });

    const asOperator = (await w.a.operator.request("GET", `${base}/${person.id}`)).json();
    expect(asOperator.vulnerabilities.map((v: { code: string }) => v.code)).toEqual(["homelessness"]);
    expect(asOperator).not.toHaveProperty("hiddenVulnerabilities");
    const asPsychologist = (await w.a.psychologist.request("GET", `${base}/${person.id}`)).json();
    expect(asPsychologist.vulnerabilities.map((v: { code: string }) => v.code).sort()).toEqual([
      "homelessness",
      "torture_or_violence_survivor",
    ]);
    // Not even a filter reveals it to the operator.
    const listed = (
      await w.a.operator.request("GET", `${base}?vulnerability=torture_or_violence_survivor`)
    ).json();
    expect(listed.items).toEqual([]);
    // Ending it is a 404 for the operator, who cannot see it.
    const end = await w.a.operator.request(
      "POST",
      `${base}/${person.id}/vulnerabilities/${recorded.json().id}/end`,
      { until: "2024-01-01" },
    );
    expect(end.statusCode).toBe(404);
  });

  it("refuses an operator's special-category vulnerability with 422 SPECIAL_CATEGORY_NOT_ALLOWED", async () => {
    const person = await personOfA();
    const res = await w.a.operator.request("POST", `${base}/${person.id}/vulnerabilities`, {
      code: "pregnancy",
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toMatchObject({ field: "code", reason: "SPECIAL_CATEGORY_NOT_ALLOWED" });
    const asPsychologist = (await w.a.psychologist.request("GET", `${base}/${person.id}`)).json();
    expect(asPsychologist.vulnerabilities).toEqual([]);
  });

  it("ends a vulnerability once, refuses a second current one with the same code", async () => {
    const person = await personOfA();
    const v = (
      await w.a.operator.request("POST", `${base}/${person.id}/vulnerabilities`, {
        code: "single_parent_with_minors",
        since: "2024-02-01",
      })
    ).json();
    const again = await w.a.operator.request("POST", `${base}/${person.id}/vulnerabilities`, {
      code: "single_parent_with_minors",
    });
    expect(again.statusCode).toBe(409);
    const early = await w.a.operator.request("POST", `${base}/${person.id}/vulnerabilities/${v.id}/end`, {
      until: "2024-01-01",
    });
    expect(early.json().error.details).toMatchObject({ field: "until", reason: "DATE_ORDER" });
    const ended = await w.a.operator.request("POST", `${base}/${person.id}/vulnerabilities/${v.id}/end`, {
      until: "2024-06-30",
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ id: v.id, until: "2024-06-30" });
    const repeat = await w.a.operator.request("POST", `${base}/${person.id}/vulnerabilities/${v.id}/end`, {
      until: "2024-06-30",
    });
    expect(repeat.statusCode).toBe(200);
    const other = await w.a.operator.request("POST", `${base}/${person.id}/vulnerabilities/${v.id}/end`, {
      until: "2024-07-30",
    });
    expect(other.json().error.details).toMatchObject({ reason: "ALREADY_ENDED" });
  });
});

describe(`permits and other names (${testEngine})`, () => {
  it("keeps the permit history, newest first, and audits reading it", async () => {
    const person = await personOfA();
    const path = `${base}/${person.id}/permits`;
    const first = await w.a.operator.request("POST", path, {
      type: "asylum_request",
      number: "PA0001",
      issuedOn: "2023-01-10",
      expiresOn: "2023-07-10",
    });
    expect(first.statusCode).toBe(201);
    await w.a.operator.request("POST", path, {
      type: "subsidiary_protection",
      issuedOn: "2023-09-01",
      expiresOn: "2028-09-01",
      issuedBy: "Questura di Palermo",
    });
    const bad = await w.a.operator.request("POST", path, {
      type: "work",
      issuedOn: "2024-01-01",
      expiresOn: "2023-01-01",
    });
    expect(bad.statusCode).toBe(400);
    const history = await w.a.operator.request("GET", path);
    expect(history.statusCode).toBe(200);
    expect(history.json().items.map((p: { type: string }) => p.type)).toEqual([
      "subsidiary_protection",
      "asylum_request",
    ]);
    expect((await w.operatorB.request("GET", path)).statusCode).toBe(404);
    const events = (await auditOf(w, person.id)).map((e) => e.action);
    expect(events).toEqual(expect.arrayContaining(["person.permit_recorded", "person.permits_listed"]));
    expect(JSON.stringify(await auditOf(w, person.id))).not.toContain("PA0001");
  });

  it("adds another spelling, detects its script and finds the person by it", async () => {
    const person = await personOfA();
    const res = await w.a.operator.request("POST", `${base}/${person.id}/names`, {
      kind: "spoken",
      givenName: "Ахмед",
      familyName: "Zerbini",
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: "spoken", script: "Cyrl", givenName: "Ахмед" });
    const found = (await w.a.operator.request("GET", `${base}?q=Ahmed%20Zerbini`)).json();
    expect(found.items.map((p: { id: string }) => p.id)).toContain(person.id);
  });
});
