import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { S3StorageConfig } from "../../config.ts";
import {
  assertNamespace,
  FileNotFoundError,
  type FileStore,
  parseStorageKey,
  StorageError,
  type StoredObject,
} from "./file-store.ts";
import { EMPTY_SHA256, type SigV4Credentials, sha256Hex, signRequest } from "./sigv4.ts";

export type S3Config = S3StorageConfig;

interface S3Response {
  status: number;
  body: IncomingMessage;
}

const REQUEST_TIMEOUT_MS = 30_000;
const MAX_ERROR_BODY = 16 * 1024;
/** A ListObjectsV2 page holds at most 1,000 keys: well under this. */
const MAX_LIST_BODY = 8 * 1024 * 1024;

/** Reads a response body as text, keeping at most `limit` bytes (the rest is drained). */
async function readText(body: Readable, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function xmlText(xml: string, tag: string): string | null {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  return match?.[1] === undefined ? null : decodeXml(match[1]);
}

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e.startsWith("#x") ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

/**
 * Objects in an S3-compatible bucket (AWS, OVH, Aruba, MinIO…), over plain HTTP(S) with SigV4
 * signing: PUT, GET, DELETE and ListObjectsV2 are all Approdo needs. The payload of a PUT is
 * signed (its sha256 is in the signature), so a PUT of a stream is first spooled to a temporary
 * file — ciphertext only, at most the 20 MB upload limit — to learn its length and hash.
 */
export class S3FileStore implements FileStore {
  readonly kind = "s3";
  private readonly config: S3Config;
  private readonly credentials: SigV4Credentials;
  private readonly base: URL;

  constructor(config: S3Config) {
    this.config = config;
    this.credentials = {
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
      region: config.region,
      service: "s3",
    };
    const endpoint = new URL(config.endpoint);
    this.base = config.forcePathStyle
      ? new URL(`${endpoint.origin}${endpoint.pathname.replace(/\/$/, "")}/${config.bucket}/`)
      : new URL(
          `${endpoint.protocol}//${config.bucket}.${endpoint.host}${endpoint.pathname.replace(/\/$/, "")}/`,
        );
  }

  private objectUrl(key: string): URL {
    parseStorageKey(key);
    return new URL(key, this.base);
  }

  private send(
    method: string,
    url: URL,
    options: { body?: Readable | Buffer; payloadHash?: string; length?: number } = {},
  ): Promise<S3Response> {
    const headers = signRequest(this.credentials, {
      method,
      url,
      payloadHash: options.payloadHash ?? EMPTY_SHA256,
      headers: options.length === undefined ? {} : { "content-length": String(options.length) },
      date: new Date(),
    });
    const request = url.protocol === "https:" ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const fail = (cause: unknown) =>
        reject(new StorageError(`S3 ${method} did not complete: ${(cause as Error).message}`, { cause }));
      const req = request(url, { method, headers, timeout: REQUEST_TIMEOUT_MS }, (res) => {
        res.setTimeout(0);
        resolve({ status: res.statusCode ?? 0, body: res });
      });
      req.on("timeout", () => req.destroy(new Error("timed out")));
      req.on("error", fail);
      const body = options.body;
      if (body === undefined) req.end();
      else if (Buffer.isBuffer(body)) req.end(body);
      else pipeline(body, req).catch(fail);
    });
  }

  private async failure(method: string, response: S3Response): Promise<StorageError> {
    const text = await readText(response.body, MAX_ERROR_BODY).catch(() => "");
    const code = xmlText(text, "Code") ?? "unknown";
    return new StorageError(`S3 ${method} answered ${response.status} (${code})`);
  }

  async put(key: string, body: Readable | Buffer): Promise<void> {
    const url = this.objectUrl(key);
    if (Buffer.isBuffer(body)) {
      await this.putOnce(url, body, sha256Hex(body), body.length);
      return;
    }
    const spool = join(tmpdir(), `approdo-s3-${randomUUID()}`);
    try {
      const hash = createHash("sha256");
      let length = 0;
      const measure = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          hash.update(chunk);
          length += chunk.length;
          callback(null, chunk);
        },
      });
      await pipeline(body, measure, createWriteStream(spool, { mode: 0o600 }));
      await this.putOnce(url, createReadStream(spool), hash.digest("hex"), length);
    } finally {
      await rm(spool, { force: true });
    }
  }

  private async putOnce(url: URL, body: Readable | Buffer, payloadHash: string, length: number) {
    const response = await this.send("PUT", url, { body, payloadHash, length });
    if (response.status !== 200) throw await this.failure("PUT", response);
    response.body.resume();
  }

  async get(key: string): Promise<Readable> {
    const response = await this.send("GET", this.objectUrl(key));
    if (response.status === 200) return response.body;
    if (response.status === 404) {
      response.body.resume();
      throw new FileNotFoundError(key);
    }
    throw await this.failure("GET", response);
  }

  async delete(key: string): Promise<void> {
    const response = await this.send("DELETE", this.objectUrl(key));
    response.body.resume();
    if (response.status !== 204 && response.status !== 200 && response.status !== 404) {
      throw await this.failure("DELETE", response);
    }
  }

  async *list(namespace: string): AsyncIterable<StoredObject> {
    assertNamespace(namespace);
    let token: string | null = null;
    do {
      const url = new URL(this.base);
      url.searchParams.set("list-type", "2");
      url.searchParams.set("prefix", `${namespace}/`);
      if (token) url.searchParams.set("continuation-token", token);
      const response = await this.send("GET", url);
      if (response.status !== 200) throw await this.failure("LIST", response);
      const xml = await readText(response.body, MAX_LIST_BODY).catch((cause: unknown) => {
        throw new StorageError("S3 LIST did not complete", { cause });
      });
      for (const [, item = ""] of xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)) {
        const key = xmlText(item, "Key");
        const modified = xmlText(item, "LastModified");
        if (!key || !modified) continue;
        yield { key, lastModified: new Date(modified), size: Number(xmlText(item, "Size") ?? 0) };
      }
      token = xmlText(xml, "IsTruncated") === "true" ? xmlText(xml, "NextContinuationToken") : null;
    } while (token);
  }

  describe(): string {
    return `s3 ${this.config.bucket} at ${new URL(this.config.endpoint).host}`;
  }
}
