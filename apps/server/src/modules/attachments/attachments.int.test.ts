import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { and, eq } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Actor, systemActor } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";
import { newId } from "../../platform/db/ids.ts";
import { attachments, auditEvents, people, personAccess } from "../../platform/db/schema.ts";
import { inTransaction, noMeta } from "../../platform/db/transaction.ts";
import { type LocalFileStore, S3FileStore } from "../../platform/storage/index.ts";
import { type FakeS3, startFakeS3 } from "../../testing/fake-s3.ts";
import {
  type Agent,
  buildOrganization,
  buildUser,
  createTestApp,
  createTestDatabase,
  signIn,
  type TestApp,
  type TestDatabase,
  testEngine,
} from "../../testing/index.ts";
import { ATTACHMENT_ORPHANS_JOB, sweepOrphanFiles } from "./index.ts";
import { moveAttachments, restoreAttachments } from "./use-cases/move-person-attachments.ts";

let db: TestDatabase;
let t: TestApp;
let store: LocalFileStore;
let orgA: string;
let orgB: string;
let operatorA: Agent;
let caseManagerA: Agent;
let operatorB: Agent;
const outsiders: Record<string, Agent> = {};

interface Part {
  name: string;
  value?: string;
  filename?: string;
  contentType?: string;
  data?: Buffer;
}

/** A multipart/form-data body, built by hand so the test controls every byte and header. */
function multipart(parts: Part[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----approdo${randomBytes(8).toString("hex")}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const file = part.data !== undefined;
    const disposition = `form-data; name="${part.name}"${file ? `; filename="${part.filename ?? "file"}"` : ""}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${file ? `Content-Type: ${part.contentType ?? "application/octet-stream"}\r\n` : ""}\r\n`;
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

function upload(agent: Agent, personId: string, parts: Part[], headers: Record<string, string> = {}) {
  const body = multipart(parts);
  return t.app.inject({
    method: "POST",
    url: `/api/v1/people/${personId}/attachments`,
    payload: body.payload,
    headers: { cookie: agent.cookie, "x-csrf-token": agent.csrfToken, ...body.headers, ...headers },
  });
}

const pdf = (size = 3000) => Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(size)]);
const standardFields = (file: Buffer, filename = "permesso.pdf"): Part[] => [
  { name: "kind", value: "permit_copy" },
  { name: "retentionClass", value: "case_record" },
  { name: "file", filename, contentType: "application/pdf", data: file },
];

async function buildPerson(organizationId: string): Promise<string> {
  const id = newId();
  await inTransaction(t.deps.database, systemActor, noMeta, ({ tx }) =>
    tx.insert(people).values({ id, organizationId, givenName: "Amina", familyName: "Yusuf", sex: "female" }),
  );
  return id;
}

/** Every object file of the local store (not its temporary folder). */
function storedFiles(root = store.root): string[] {
  const base = join(root, "attachments");
  if (!existsSync(base)) return [];
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

async function auditOf(action: string, entityId: string) {
  return t.deps.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, entityId)));
}

async function rowOf(id: string) {
  const [row] = await t.deps.database.db.select().from(attachments).where(eq(attachments.id, id));
  return row;
}

async function agent(roles: Role[], organizationId?: string): Promise<Agent> {
  const u = await buildUser(t.deps.database, { roles, ...(organizationId ? { organizationId } : {}) });
  return signIn(t.app, u.username, u.password, u.totpSecret);
}

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
  store = t.deps.storage as LocalFileStore;
  orgA = (await buildOrganization(t.deps.database)).id;
  orgB = (await buildOrganization(t.deps.database)).id;
  operatorA = await agent(["operator"], orgA);
  caseManagerA = await agent(["case_manager"], orgA);
  operatorB = await agent(["operator"], orgB);
  outsiders.admin = await agent(["admin"], orgA);
  outsiders.dpo = await agent(["dpo"], orgA);
  outsiders.governance = await agent(["network_governance"], orgA);
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

describe(`attachments (${testEngine})`, () => {
  it("uploads, lists and downloads the same bytes, encrypted at rest, each step audited", async () => {
    const personId = await buildPerson(orgA);
    const content = pdf(200_000);
    const res = await upload(
      operatorA,
      personId,
      standardFields(content, "Permesso di soggiorno – Amina.pdf"),
    );
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      personId,
      kind: "permit_copy",
      retentionClass: "case_record",
      fileName: "Permesso di soggiorno – Amina.pdf",
      contentType: "application/pdf",
      sizeBytes: content.length,
      sha256: createHash("sha256").update(content).digest("hex"),
      createdBy: expect.any(String),
    });
    expect(new Date(created.createdAt).toISOString()).toBe(created.createdAt);

    const list = await caseManagerA.request("GET", `/api/v1/people/${personId}/attachments`);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({ items: [created], nextCursor: null });

    const download = await caseManagerA.request("GET", `/api/v1/attachments/${created.id}/download`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(content)).toBe(true);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["content-length"]).toBe(String(content.length));
    expect(download.headers["cache-control"]).toBe("no-store");
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(download.headers["content-disposition"]).toBe(
      "attachment; filename=\"Permesso di soggiorno _ Amina.pdf\"; filename*=UTF-8''Permesso%20di%20soggiorno%20%E2%80%93%20Amina.pdf",
    );

    // At rest: one file, not the plaintext, and its key only in wrapped form.
    const row = await rowOf(created.id);
    const file = storedFiles().find((f) => f.endsWith(row?.storageKey.split("/")[1] ?? "-"));
    expect(file).toBeDefined();
    const atRest = readFileSync(file ?? "");
    expect(atRest.includes(content.subarray(0, 64))).toBe(false);
    expect(atRest.subarray(0, 4).toString()).toBe("APDF");
    expect(row?.organizationId).toBe(orgA);

    for (const action of ["attachment.uploaded", "attachment.downloaded"]) {
      const [event] = await auditOf(action, created.id);
      expect(event, action).toMatchObject({ entityType: "attachment", organizationId: orgA });
      expect(event?.details).toMatchObject({ personId });
      expect(JSON.stringify(event)).not.toContain("Amina");
    }
    expect(await auditOf("attachment.listed", personId)).toHaveLength(1);
  });

  it("keeps plain text and images as sent, whatever Content-Type the client claims", async () => {
    const personId = await buildPerson(orgA);
    const text = Buffer.from("Nota: documento originale visto allo sportello.\nمحمد\n");
    const res = await upload(operatorA, personId, [
      { name: "kind", value: "other" },
      { name: "retentionClass", value: "short" },
      { name: "file", filename: "nota.html", contentType: "application/pdf", data: text },
    ]);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ contentType: "text/plain", fileName: "nota.html.txt" });
    const download = await operatorA.request("GET", `/api/v1/attachments/${res.json().id}/download`);
    expect(download.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(download.rawPayload.equals(text)).toBe(true);
  });

  it("accepts the fields after the file", async () => {
    const personId = await buildPerson(orgA);
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      randomBytes(500),
    ]);
    const res = await upload(operatorA, personId, [
      { name: "file", filename: "firma.png", contentType: "image/png", data: png },
      { name: "kind", value: "signed_consent" },
      { name: "retentionClass", value: "eu_fund_evidence" },
    ]);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: "signed_consent", contentType: "image/png" });
  });

  it("lists newest first, page by page", async () => {
    const personId = await buildPerson(orgA);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await upload(operatorA, personId, standardFields(pdf(10)))).json().id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : "";
      const page = (
        await operatorA.request("GET", `/api/v1/people/${personId}/attachments?limit=2${query}`)
      ).json();
      seen.push(...page.items.map((a: { id: string }) => a.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
  });

  it("answers 404 to another organisation's operator, and to administration roles", async () => {
    const personId = await buildPerson(orgA);
    const { id } = (await upload(operatorA, personId, standardFields(pdf()))).json();
    for (const [who, a] of [["operator of B", operatorB], ...Object.entries(outsiders)] as [
      string,
      Agent,
    ][]) {
      const download = await a.request("GET", `/api/v1/attachments/${id}/download`);
      expect(download.statusCode, who).toBe(404);
      expect(download.json().error.code, who).toBe("NOT_FOUND");
      expect(download.headers["content-disposition"], who).toBeUndefined();
      expect((await a.request("GET", `/api/v1/people/${personId}/attachments`)).statusCode, who).toBe(404);
      expect((await a.request("DELETE", `/api/v1/attachments/${id}`)).statusCode, who).toBe(404);
      expect((await upload(a, personId, standardFields(pdf()))).statusCode, who).toBe(404);
    }
    expect(await auditOf("attachment.downloaded", id)).toHaveLength(0);
    // Forbidden looks like missing.
    const missing = await operatorB.request("GET", `/api/v1/attachments/${uuidv7()}/download`);
    expect(missing.json()).toEqual(
      (await operatorB.request("GET", `/api/v1/attachments/${id}/download`)).json(),
    );
  });

  it("lets an organisation granted access to the person work with the documents", async () => {
    const personId = await buildPerson(orgA);
    await inTransaction(t.deps.database, systemActor, noMeta, ({ tx }) =>
      tx.insert(personAccess).values({ personId, organizationId: orgB, reason: "case_team" }),
    );
    const fromA = (await upload(operatorA, personId, standardFields(pdf()))).json();
    const fromB = await upload(operatorB, personId, standardFields(pdf()));
    expect(fromB.statusCode).toBe(201);
    expect((await rowOf(fromB.json().id))?.organizationId).toBe(orgB);
    expect((await operatorB.request("GET", `/api/v1/attachments/${fromA.id}/download`)).statusCode).toBe(200);
    const listA = (await operatorA.request("GET", `/api/v1/people/${personId}/attachments`)).json();
    expect(listA.items).toHaveLength(2);
    // Each organisation deletes only what it uploaded.
    expect((await operatorB.request("DELETE", `/api/v1/attachments/${fromA.id}`)).statusCode).toBe(404);
    expect((await operatorA.request("DELETE", `/api/v1/attachments/${fromB.json().id}`)).statusCode).toBe(
      404,
    );
    expect((await operatorB.request("DELETE", `/api/v1/attachments/${fromB.json().id}`)).statusCode).toBe(
      204,
    );
  });

  it("refuses a type it does not accept with 415, and keeps nothing", async () => {
    const personId = await buildPerson(orgA);
    const before = storedFiles().length;
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(5000)]);
    const res = await upload(operatorA, personId, standardFields(zip, "documento.pdf"));
    expect(res.statusCode).toBe(415);
    expect(res.json()).toEqual({ error: { code: "UNSUPPORTED_MEDIA_TYPE", message: expect.any(String) } });
    expect(storedFiles()).toHaveLength(before);
    const list = (await operatorA.request("GET", `/api/v1/people/${personId}/attachments`)).json();
    expect(list.items).toEqual([]);
    const json = await operatorA.request("POST", `/api/v1/people/${personId}/attachments`, { kind: "other" });
    expect(json.statusCode).toBe(415);
  });

  it("refuses a file over 20 MB with 413 and the usual error body, and keeps nothing", async () => {
    const personId = await buildPerson(orgA);
    const before = storedFiles().length;
    const res = await upload(operatorA, personId, standardFields(pdf(20 * 1024 * 1024)));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({
      error: {
        code: "PAYLOAD_TOO_LARGE",
        message: expect.any(String),
        details: { maxBytes: 20 * 1024 * 1024 },
      },
    });
    expect(storedFiles()).toHaveLength(before);
    expect(readdirSync(join(store.root, ".tmp"))).toEqual([]);
  });

  it("refuses a second file with 413, missing or invalid fields with 400, and keeps nothing", async () => {
    const personId = await buildPerson(orgA);
    const before = storedFiles().length;
    const two = await upload(operatorA, personId, [
      ...standardFields(pdf()),
      { name: "file", filename: "b.pdf", data: pdf() },
    ]);
    expect(two.statusCode).toBe(413);
    expect(two.json().error.code).toBe("PAYLOAD_TOO_LARGE");
    const bad = await upload(operatorA, personId, [
      { name: "kind", value: "passport_photo" },
      { name: "file", filename: "x.pdf", data: pdf() },
    ]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("VALIDATION_FAILED");
    expect(
      bad
        .json()
        .error.details.issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(["body.kind", "body.retentionClass"]);
    const noFile = await upload(operatorA, personId, standardFields(pdf()).slice(0, 2));
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.details.issues[0].path).toBe("body.file");
    const empty = await upload(operatorA, personId, standardFields(Buffer.alloc(0)));
    expect(empty.statusCode).toBe(400);
    expect(storedFiles()).toHaveLength(before);
  });

  it("answers 400 to a multipart body cut short, and keeps nothing", async () => {
    const personId = await buildPerson(orgA);
    const before = storedFiles().length;
    const body = multipart(standardFields(pdf(100_000)));
    const res = await t.app.inject({
      method: "POST",
      url: `/api/v1/people/${personId}/attachments`,
      payload: body.payload.subarray(0, 50_000),
      headers: { cookie: operatorA.cookie, "x-csrf-token": operatorA.csrfToken, ...body.headers },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("BAD_REQUEST");
    expect(storedFiles()).toHaveLength(before);
  });

  it("deletes softly: gone from the list and downloads, row and file kept, audited", async () => {
    const personId = await buildPerson(orgA);
    const { id } = (await upload(operatorA, personId, standardFields(pdf()))).json();
    const files = storedFiles().length;
    const res = await caseManagerA.request("DELETE", `/api/v1/attachments/${id}`);
    expect(res.statusCode).toBe(204);
    expect((await operatorA.request("GET", `/api/v1/people/${personId}/attachments`)).json().items).toEqual(
      [],
    );
    expect((await operatorA.request("GET", `/api/v1/attachments/${id}/download`)).statusCode).toBe(404);
    expect((await operatorA.request("DELETE", `/api/v1/attachments/${id}`)).statusCode).toBe(404);
    expect((await rowOf(id))?.deletedAt).toBeInstanceOf(Date);
    expect(storedFiles()).toHaveLength(files);
    expect(await auditOf("attachment.deleted", id)).toHaveLength(1);
  });

  it("answers a retry with the same Idempotency-Key with the first upload, keeping one file", async () => {
    const personId = await buildPerson(orgA);
    const before = storedFiles().length;
    const headers = { "idempotency-key": `upload-${Date.now()}` };
    const first = await upload(operatorA, personId, standardFields(pdf()), headers);
    const retry = await upload(operatorA, personId, standardFields(pdf()), headers);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.json()).toEqual(first.json());
    expect(storedFiles()).toHaveLength(before + 1);
  });

  it("deletes the written file when the transaction fails", async () => {
    const personId = await buildPerson(orgA);
    const other = await buildPerson(orgA);
    const headers = { "idempotency-key": `reused-${Date.now()}` };
    expect((await upload(operatorA, personId, standardFields(pdf()), headers)).statusCode).toBe(201);
    const before = storedFiles().length;
    // The same key for another URL makes the transaction fail after the file was written.
    const res = await upload(operatorA, other, standardFields(pdf()), headers);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(storedFiles()).toHaveLength(before);
  });

  it("fails with a JSON error, not a broken file, when the stored file was altered", async () => {
    const personId = await buildPerson(orgA);
    const { id } = (await upload(operatorA, personId, standardFields(pdf(1000)))).json();
    const row = await rowOf(id);
    const file = storedFiles().find((f) => f.endsWith(row?.storageKey.split("/")[1] ?? "-")) ?? "";
    const bytes = readFileSync(file);
    bytes[100] = (bytes[100] ?? 0) ^ 1;
    writeFileSync(file, bytes);
    const res = await operatorA.request("GET", `/api/v1/attachments/${id}/download`);
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe("INTERNAL");
  });

  it("sweeps stored files without a row once they are a day old, and nothing else", async () => {
    const personId = await buildPerson(orgA);
    const kept = (await upload(operatorA, personId, standardFields(pdf()))).json().id;
    const deleted = (await upload(operatorA, personId, standardFields(pdf()))).json().id;
    await operatorA.request("DELETE", `/api/v1/attachments/${deleted}`);
    const orphanKey = `attachments/${crypto.randomUUID()}`;
    const freshOrphanKey = `attachments/${crypto.randomUUID()}`;
    await store.put(orphanKey, Buffer.from("left by a failed upload"));
    await store.put(freshOrphanKey, Buffer.from("an upload in progress"));
    const old = new Date(Date.now() - 2 * 86_400_000);
    for (const f of storedFiles())
      if (!f.endsWith(freshOrphanKey.split("/")[1] ?? "-")) utimesSync(f, old, old);

    const result = await sweepOrphanFiles(t.deps.database, store);
    expect(result.deleted).toBe(1);
    const names = storedFiles().map((f) => f.split("/").pop());
    expect(names).not.toContain(orphanKey.split("/")[1]);
    expect(names).toContain(freshOrphanKey.split("/")[1]);
    for (const id of [kept, deleted]) {
      expect(names, id).toContain((await rowOf(id))?.storageKey.split("/")[1]);
    }
    expect(ATTACHMENT_ORPHANS_JOB).toBe("attachments.sweep-orphans");
  });

  it("moves the duplicate's attachments to the survivor on merge, and exactly those back on undo", async () => {
    const survivor = await buildPerson(orgA);
    const duplicate = await buildPerson(orgA);
    const onDuplicate = (await upload(operatorA, duplicate, standardFields(pdf()))).json().id;
    const onSurvivor = (await upload(operatorA, survivor, standardFields(pdf()))).json().id;
    const actor: Actor = { kind: "user", userId: null, organizationId: orgA, roles: ["org_coordinator"] };
    const moved = await inTransaction(t.deps.database, actor, noMeta, ({ tx }) =>
      moveAttachments(tx, duplicate, survivor),
    );
    expect(moved).toEqual([onDuplicate]);
    expect((await rowOf(onDuplicate))?.personId).toBe(survivor);
    const later = (await upload(operatorA, survivor, standardFields(pdf()))).json().id;
    await inTransaction(t.deps.database, actor, noMeta, ({ tx }) =>
      restoreAttachments(tx, duplicate, survivor, moved),
    );
    expect((await rowOf(onDuplicate))?.personId).toBe(duplicate);
    expect((await rowOf(onSurvivor))?.personId).toBe(survivor);
    expect((await rowOf(later))?.personId).toBe(survivor);
  });
});

describe("attachments in the OpenAPI document", () => {
  it("documents the four routes, the upload as multipart/form-data", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/people/{personId}/attachments",
        "/api/v1/attachments/{id}/download",
        "/api/v1/attachments/{id}",
      ]),
    );
    const post = doc.paths["/api/v1/people/{personId}/attachments"].post;
    expect(JSON.stringify(post)).toContain("multipart/form-data");
    expect(post.responses["201"]).toBeDefined();
  });
});

describe(`attachments of a partner organisation on merge (${testEngine})`, () => {
  // Migration 0006 lets the controller re-point a partner's document on a person it can see.
  it("moves a partner's attachment too", async () => {
    const survivor = await buildPerson(orgA);
    const duplicate = await buildPerson(orgA);
    await inTransaction(t.deps.database, systemActor, noMeta, ({ tx }) =>
      tx.insert(personAccess).values([
        { personId: duplicate, organizationId: orgB, reason: "case_team" },
        { personId: survivor, organizationId: orgB, reason: "case_team" },
      ]),
    );
    const fromB = (await upload(operatorB, duplicate, standardFields(pdf()))).json().id;
    const actor: Actor = { kind: "user", userId: null, organizationId: orgA, roles: ["org_coordinator"] };
    const moved = await inTransaction(t.deps.database, actor, noMeta, ({ tx }) =>
      moveAttachments(tx, duplicate, survivor),
    );
    expect(moved).toEqual([fromB]);
  });
});

describe(`attachments on an S3-compatible store (${testEngine})`, () => {
  let fake: FakeS3;
  let s3App: TestApp;

  beforeAll(async () => {
    fake = await startFakeS3();
    const s3 = new S3FileStore({
      endpoint: fake.endpoint,
      bucket: fake.bucket,
      region: fake.region,
      accessKeyId: fake.accessKeyId,
      secretAccessKey: fake.secretAccessKey,
      forcePathStyle: true,
    });
    s3App = await createTestApp(db.database, { storage: s3 });
  });
  afterAll(async () => {
    await s3App?.close();
    await fake?.close();
  });

  it("round-trips a file through the bucket, which only ever holds ciphertext", async () => {
    const personId = await buildPerson(orgA);
    const u = await buildUser(s3App.deps.database, { roles: ["operator"], organizationId: orgA });
    const op = await signIn(s3App.app, u.username, u.password);
    const content = pdf(150_000);
    const body = multipart(standardFields(content));
    const res = await s3App.app.inject({
      method: "POST",
      url: `/api/v1/people/${personId}/attachments`,
      payload: body.payload,
      headers: { cookie: op.cookie, "x-csrf-token": op.csrfToken, ...body.headers },
    });
    expect(res.statusCode).toBe(201);
    const row = await rowOf(res.json().id);
    const object = fake.objects.get(row?.storageKey ?? "");
    expect(object?.body.subarray(0, 4).toString()).toBe("APDF");
    expect(object?.body.includes(content.subarray(0, 64))).toBe(false);
    const download = await op.request("GET", `/api/v1/attachments/${res.json().id}/download`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(content)).toBe(true);
    expect(fake.requests.length).toBeGreaterThanOrEqual(2);
    expect(fake.requests.every((r) => r.signatureValid)).toBe(true);
  });

  it("answers 503 when the bucket is unreachable at upload, and keeps no row", async () => {
    const personId = await buildPerson(orgA);
    const u = await buildUser(s3App.deps.database, { roles: ["operator"], organizationId: orgA });
    const op = await signIn(s3App.app, u.username, u.password);
    fake.failNext(1);
    const body = multipart(standardFields(pdf()));
    const res = await s3App.app.inject({
      method: "POST",
      url: `/api/v1/people/${personId}/attachments`,
      payload: body.payload,
      headers: { cookie: op.cookie, "x-csrf-token": op.csrfToken, ...body.headers },
    });
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe("UNAVAILABLE");
    expect((await op.request("GET", `/api/v1/people/${personId}/attachments`)).json().items).toEqual([]);
  });
});
