import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeS3, startFakeS3 } from "../../testing/fake-s3.ts";
import {
  FileNotFoundError,
  type FileStore,
  newStorageKey,
  parseStorageKey,
  StorageError,
} from "./file-store.ts";
import { LocalFileStore } from "./local-file-store.ts";
import { S3FileStore } from "./s3-file-store.ts";

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function listAll(store: FileStore, namespace: string) {
  const out = [];
  for await (const item of store.list(namespace)) out.push(item);
  return out;
}

let dir: string;
let fake: FakeS3;
const stores: Record<string, () => FileStore> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "approdo-store-"));
  fake = await startFakeS3({ pageSize: 2 });
  stores.local = () => new LocalFileStore(dir);
  stores.s3 = () =>
    new S3FileStore({
      endpoint: fake.endpoint,
      bucket: fake.bucket,
      region: fake.region,
      accessKeyId: fake.accessKeyId,
      secretAccessKey: fake.secretAccessKey,
      forcePathStyle: true,
    });
});
afterAll(async () => {
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("storage keys", () => {
  it("are namespace/uuid-v4 and nothing else", () => {
    const key = newStorageKey("attachments");
    expect(key).toMatch(/^attachments\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    for (const bad of [
      "../etc/passwd",
      "attachments/../../x",
      `attachments/${"a".repeat(36)}`,
      "Attachments/x",
      "",
    ]) {
      expect(() => parseStorageKey(bad), bad).toThrow();
    }
    expect(() => newStorageKey("../x")).toThrow();
  });
});

describe.each(["local", "s3"])("%s file store", (kind) => {
  const store = () => stores[kind]?.() as FileStore;

  it("writes from a stream and from a buffer, reads back, deletes idempotently", async () => {
    const s = store();
    const big = randomBytes(300_000);
    const a = newStorageKey("attachments");
    const b = newStorageKey("attachments");
    await s.put(a, Readable.from([big.subarray(0, 100_000), big.subarray(100_000)]));
    await s.put(b, Buffer.from("small"));
    expect((await readAll(await s.get(a))).equals(big)).toBe(true);
    expect((await readAll(await s.get(b))).toString()).toBe("small");
    await s.delete(a);
    await s.delete(a);
    await expect(s.get(a)).rejects.toBeInstanceOf(FileNotFoundError);
  });

  it("lists one namespace, across pages", async () => {
    const s = store();
    const keys = [newStorageKey("listing"), newStorageKey("listing"), newStorageKey("listing")];
    for (const key of keys) await s.put(key, Buffer.from(key));
    await s.put(newStorageKey("other"), Buffer.from("x"));
    const listed = await listAll(s, "listing");
    expect(listed.map((o) => o.key).sort()).toEqual([...keys].sort());
    expect(listed[0]?.size).toBe(keys[0]?.length);
    expect(listed[0]?.lastModified.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("refuses keys it did not make", async () => {
    const s = store();
    await expect(s.put("attachments/../../escape", Buffer.from("x"))).rejects.toThrow(/Invalid storage key/);
    await expect(s.get("/etc/passwd")).rejects.toThrow(/Invalid storage key/);
  });

  it("leaves no object behind when the source stream fails", async () => {
    const s = store();
    const key = newStorageKey("failing");
    const source = new Readable({
      read() {
        this.push(Buffer.alloc(1000));
        this.destroy(new Error("client went away"));
      },
    });
    await expect(s.put(key, source)).rejects.toThrow(/client went away/);
    await expect(s.get(key)).rejects.toBeInstanceOf(FileNotFoundError);
    expect(await listAll(s, "failing")).toEqual([]);
  });
});

describe("local file store", () => {
  it("shards files into subfolders, atomically, readable only by the owner", async () => {
    const s = new LocalFileStore(dir);
    await s.init();
    const key = newStorageKey("attachments");
    await s.put(key, Buffer.from("content"));
    const { id } = parseStorageKey(key);
    const path = join(dir, "attachments", id.slice(0, 2), id.slice(2, 4), id);
    expect(readFileSync(path, "utf8")).toBe("content");
    expect(readdirSync(join(dir, ".tmp")).filter((f) => !f.startsWith("stale"))).toEqual([]);
  });

  it("purges stale temporary files only", async () => {
    const s = new LocalFileStore(dir);
    await s.init();
    const stale = join(dir, ".tmp", "stale-write");
    const fresh = join(dir, ".tmp", "fresh-write");
    writeFileSync(stale, "x");
    writeFileSync(fresh, "x");
    const old = new Date(Date.now() - 2 * 86_400_000);
    utimesSync(stale, old, old);
    expect(await s.purgeTemporary(new Date(Date.now() - 86_400_000))).toBe(1);
    expect(readdirSync(join(dir, ".tmp"))).toEqual(["fresh-write"]);
  });
});

describe("S3 file store", () => {
  it("signs every request so that the server's own check passes", async () => {
    const s = stores.s3?.() as FileStore;
    const key = newStorageKey("attachments");
    const before = fake.requests.length;
    await s.put(key, Readable.from([Buffer.from("signed")]));
    await readAll(await s.get(key));
    await s.delete(key);
    const mine = fake.requests.slice(before);
    expect(mine.map((r) => r.method)).toEqual(["PUT", "GET", "DELETE"]);
    expect(mine.every((r) => r.signatureValid)).toBe(true);
    expect(fake.objects.has(key)).toBe(false);
  });

  it("is refused with a wrong secret, and reports it as a storage error", async () => {
    const s = new S3FileStore({
      endpoint: fake.endpoint,
      bucket: fake.bucket,
      region: fake.region,
      accessKeyId: fake.accessKeyId,
      secretAccessKey: "not-the-secret",
      forcePathStyle: true,
    });
    await expect(s.put(newStorageKey("attachments"), Buffer.from("x"))).rejects.toThrow(
      /403 \(SignatureDoesNotMatch\)/,
    );
    await expect(s.put(newStorageKey("attachments"), Buffer.from("x"))).rejects.toBeInstanceOf(StorageError);
  });

  it("reports an unreachable endpoint as a storage error", async () => {
    const s = new S3FileStore({
      endpoint: "http://127.0.0.1:1",
      bucket: "b",
      region: "r",
      accessKeyId: "a",
      secretAccessKey: "s",
      forcePathStyle: true,
    });
    await expect(s.get(newStorageKey("attachments"))).rejects.toBeInstanceOf(StorageError);
  });

  it("addresses the bucket as a host name unless path style is forced", () => {
    const virtual = new S3FileStore({
      endpoint: "https://s3.eu-south-1.amazonaws.com",
      bucket: "approdo-files",
      region: "eu-south-1",
      accessKeyId: "a",
      secretAccessKey: "s",
      forcePathStyle: false,
    });
    expect(virtual.describe()).toBe("s3 approdo-files at s3.eu-south-1.amazonaws.com");
    expect((virtual as unknown as { base: URL }).base.href).toBe(
      "https://approdo-files.s3.eu-south-1.amazonaws.com/",
    );
  });
});
