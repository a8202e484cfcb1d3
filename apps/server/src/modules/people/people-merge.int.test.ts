import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPerson, testEngine } from "../../testing/index.ts";
import { registerPersonReferenceMover } from "./index.ts";
import {
  auditByAction,
  auditOf,
  base,
  type PeopleWorld,
  peopleWorld,
  provisionalTaxCode,
} from "./people.int-support.ts";

let w: PeopleWorld;
/** What the fake "tickets" module saw: a stand-in for households, consents, attachments. */
const moverCalls: string[] = [];
const tickets = new Map<string, string>();

beforeAll(async () => {
  w = await peopleWorld();
  registerPersonReferenceMover({
    name: "test-tickets",
    async move(_tx, fromId, toId) {
      const moved = [...tickets].filter(([, owner]) => owner === fromId).map(([id]) => id);
      for (const id of moved) tickets.set(id, toId);
      moverCalls.push(`move ${fromId}->${toId} ${moved.length}`);
      return moved;
    },
    async restore(_tx, fromId, _toId, movedIds) {
      for (const id of movedIds) tickets.set(id, fromId);
      moverCalls.push(`restore ${movedIds.length}`);
    },
  });
});
afterAll(async () => {
  await w?.close();
});

/** Two records of the same man, each with its own history. */
async function pair() {
  const db = w.t.deps.database;
  const taxCode = provisionalTaxCode();
  const survivor = await buildPerson(db, {
    organizationId: w.orgA,
    givenName: "Mohamed",
    familyName: "Abdelrahman",
    sex: "male",
    birthYear: 1994,
    phone: "+39 320 0000001",
    languages: [{ language: "ara", isPrimary: true }],
  });
  const duplicate = await buildPerson(db, {
    organizationId: w.orgA,
    givenName: "Muhammad",
    familyName: "Abd al-Rahman",
    sex: "male",
    birthDate: "1994-03-12",
    phone: "+39 320 0000002",
    taxCode,
    citizenship: "EG",
    languages: [
      { language: "ara", isPrimary: true },
      { language: "fra", isPrimary: false },
    ],
    otherNames: [{ kind: "original_script", givenName: "محمد", familyName: "عبد الرحمن" }],
  });
  const cm = w.a.case_manager;
  await cm.request("POST", `${base}/${duplicate.id}/permits`, {
    type: "asylum_request",
    expiresOn: "2025-01-01",
  });
  await cm.request("POST", `${base}/${duplicate.id}/vulnerabilities`, { code: "homelessness" });
  await cm.request("POST", `${base}/${duplicate.id}/vulnerabilities`, { code: "mental_distress" });
  tickets.set(`ticket-${duplicate.id}`, duplicate.id);
  return { survivor, duplicate, taxCode };
}

const codes = (p: { vulnerabilities: { code: string }[] }) => p.vulnerabilities.map((v) => v.code).sort();

describe(`merging duplicates (${testEngine})`, () => {
  it("moves names, languages, permits, vulnerabilities and references to the survivor, and undo restores them", async () => {
    const { survivor, duplicate, taxCode } = await pair();
    const res = await w.a.case_manager.request("POST", `${base}/${survivor.id}/merge`, {
      duplicateId: duplicate.id,
    });
    expect(res.statusCode).toBe(201);
    const merge = res.json();
    expect(merge).toMatchObject({ survivorId: survivor.id, duplicateId: duplicate.id, undoneAt: null });
    expect(merge.duplicate).toMatchObject({ id: duplicate.id, givenName: "Muhammad" });

    const merged = (await w.a.psychologist.request("GET", `${base}/${survivor.id}`)).json();
    expect(merged).toMatchObject({
      phone: "+39 320 0000001",
      taxCode,
      citizenship: "EG",
      birthDate: "1994-03-12",
    });
    expect(merged.names.map((n: { givenName: string }) => n.givenName).sort()).toEqual(["Muhammad", "محمد"]);
    expect(merged.languages).toEqual([
      { language: "ara", isPrimary: true },
      { language: "fra", isPrimary: false },
    ]);
    expect(merged.permits).toHaveLength(1);
    expect(codes(merged)).toEqual(["homelessness", "mental_distress"]);
    expect(tickets.get(`ticket-${duplicate.id}`)).toBe(survivor.id);

    // The duplicate still answers, pointing at the survivor, but is out of lists and matches.
    const dup = (await w.a.operator.request("GET", `${base}/${duplicate.id}`)).json();
    expect(dup).toMatchObject({ mergedIntoId: survivor.id, names: [], permits: [], vulnerabilities: [] });
    const listed = (await w.a.operator.request("GET", `${base}?taxCode=${taxCode}`)).json();
    expect(listed.items.map((p: { id: string }) => p.id)).toEqual([survivor.id]);
    const patch = await w.a.operator.request("PATCH", `${base}/${duplicate.id}`, {
      version: dup.version,
      phone: null,
    });
    expect(patch.statusCode).toBe(409);
    expect(patch.json().error).toMatchObject({
      code: "PERSON_MERGED",
      details: { mergedIntoId: survivor.id },
    });
    const again = await w.a.case_manager.request("POST", `${base}/${survivor.id}/merge`, {
      duplicateId: duplicate.id,
    });
    expect(again.json().error.code).toBe("PERSON_MERGED");

    const history = (await w.a.operator.request("GET", `${base}/${survivor.id}/merges`)).json();
    expect(history.items.map((m: { id: string }) => m.id)).toEqual([merge.id]);

    const undo = await w.a.org_coordinator.request("POST", `${base}/merges/${merge.id}/undo`);
    expect(undo.statusCode).toBe(200);
    expect(undo.json()).toMatchObject({ id: merge.id, undoneBy: w.userIds.org_coordinator });
    const back = (await w.a.psychologist.request("GET", `${base}/${survivor.id}`)).json();
    expect(back).toMatchObject({ taxCode: null, citizenship: null, birthDate: null, birthYear: 1994 });
    expect(back.names).toEqual([]);
    expect(back.languages).toEqual([{ language: "ara", isPrimary: true }]);
    expect(back.permits).toEqual([]);
    expect(back.vulnerabilities).toEqual([]);
    const restored = (await w.a.psychologist.request("GET", `${base}/${duplicate.id}`)).json();
    expect(restored.mergedIntoId).toBeNull();
    expect(restored.names.map((n: { givenName: string }) => n.givenName)).toEqual(["محمد"]);
    expect(restored.languages.map((l: { language: string }) => l.language).sort()).toEqual(["ara", "fra"]);
    expect(restored.permits).toHaveLength(1);
    expect(codes(restored)).toEqual(["homelessness", "mental_distress"]);
    expect(tickets.get(`ticket-${duplicate.id}`)).toBe(duplicate.id);
    expect(moverCalls).toContain("restore 1");
    const twice = await w.a.org_coordinator.request("POST", `${base}/merges/${merge.id}/undo`);
    expect(twice.json().error.code).toBe("MERGE_ALREADY_UNDONE");
  });

  it("lets a coordinator merge without seeing special-category rows, which still move", async () => {
    const { survivor, duplicate } = await pair();
    const res = await w.a.org_coordinator.request("POST", `${base}/${survivor.id}/merge`, {
      duplicateId: duplicate.id,
    });
    expect(res.statusCode).toBe(201);
    expect(codes((await w.a.org_coordinator.request("GET", `${base}/${survivor.id}`)).json())).toEqual([
      "homelessness",
    ]);
    expect(codes((await w.a.psychologist.request("GET", `${base}/${survivor.id}`)).json())).toEqual([
      "homelessness",
      "mental_distress",
    ]);
    // The coordinator's later reads are back to their own visibility.
    expect(codes((await w.a.org_coordinator.request("GET", `${base}/${duplicate.id}`)).json())).toEqual([]);
  });

  it("lets an administrator undo a merge through the audited elevation, answering no personal data", async () => {
    const { survivor, duplicate } = await pair();
    const merge = (
      await w.a.case_manager.request("POST", `${base}/${survivor.id}/merge`, { duplicateId: duplicate.id })
    ).json();
    expect((await w.a.admin.request("GET", `${base}/${survivor.id}`)).statusCode).toBe(404);
    const undo = await w.a.admin.request("POST", `${base}/merges/${merge.id}/undo`);
    expect(undo.statusCode).toBe(200);
    expect(undo.json()).toMatchObject({ id: merge.id, undoneBy: w.userIds.admin, duplicate: null });
    const restored = (await w.a.psychologist.request("GET", `${base}/${duplicate.id}`)).json();
    expect(restored.mergedIntoId).toBeNull();
    expect(codes(restored)).toEqual(["homelessness", "mental_distress"]);
    const [event] = (await auditOf(w, survivor.id)).filter((e) => e.action === "person.merge_undone");
    expect(event).toMatchObject({ actorUserId: w.userIds.admin, organizationId: w.orgA });
    expect(event?.details).toMatchObject({ mergeId: merge.id, elevated: true });
  });

  it("refuses to merge a record with itself (422), others' people and other roles (404)", async () => {
    const { survivor, duplicate } = await pair();
    const self = await w.a.case_manager.request("POST", `${base}/${survivor.id}/merge`, {
      duplicateId: survivor.id,
    });
    expect(self.statusCode).toBe(422);
    expect(self.json().error.details).toMatchObject({ reason: "SAME_PERSON" });
    const ofB = await buildPerson(w.t.deps.database, { organizationId: w.orgB });
    const cross = await w.a.case_manager.request("POST", `${base}/${survivor.id}/merge`, {
      duplicateId: ofB.id,
    });
    expect(cross.statusCode).toBe(404);
    for (const agent of [w.a.operator, w.a.psychologist, w.a.admin]) {
      const res = await agent.request("POST", `${base}/${survivor.id}/merge`, { duplicateId: duplicate.id });
      expect(res.statusCode).toBe(404);
    }
    const merge = (
      await w.a.case_manager.request("POST", `${base}/${survivor.id}/merge`, { duplicateId: duplicate.id })
    ).json();
    for (const agent of [w.a.case_manager, w.a.operator, w.operatorB]) {
      expect((await agent.request("POST", `${base}/merges/${merge.id}/undo`)).statusCode).toBe(404);
    }
  });

  it("audits a merge with ids, field names and counts only", async () => {
    const { survivor, duplicate, taxCode } = await pair();
    const merge = (
      await w.a.case_manager.request("POST", `${base}/${survivor.id}/merge`, { duplicateId: duplicate.id })
    ).json();
    const [event] = (await auditByAction(w, "person.merged")).filter((e) => e.entityId === survivor.id);
    expect(event?.details).toEqual({
      mergeId: merge.id,
      duplicateId: duplicate.id,
      filled: ["birthDate", "citizenship", "taxCode"],
      moved: expect.objectContaining({
        names: 2,
        languages: 1,
        permits: 1,
        vulnerabilities: 2,
        "test-tickets": 1,
      }),
    });
    expect(JSON.stringify(event)).not.toContain(taxCode);
  });
});
