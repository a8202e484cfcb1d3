import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { canonicalRequest, type SigV4Credentials, sha256Hex, signature } from "../platform/storage/sigv4.ts";

export interface FakeS3 {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Stored objects by key, as the server holds them (ciphertext for Approdo's files). */
  objects: Map<string, { body: Buffer; lastModified: Date }>;
  /** Every request, in order, with whether its signature checked out. */
  requests: { method: string; path: string; signatureValid: boolean }[];
  /** Makes the next N requests answer 503 (to test failures). */
  failNext(count: number): void;
  close(): Promise<void>;
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function errorXml(res: ServerResponse, status: number, code: string): void {
  res.writeHead(status, { "content-type": "application/xml" });
  res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code></Error>`);
}

/** Recomputes the SigV4 signature of a received request with the server's copy of the secret. */
function verifySignature(req: IncomingMessage, url: URL, credentials: SigV4Credentials): boolean {
  const auth = req.headers.authorization ?? "";
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!match) return false;
  const [, accessKeyId, day, region, signedHeaders = "", given] = match;
  const stamp = String(req.headers["x-amz-date"] ?? "");
  if (
    accessKeyId !== credentials.accessKeyId ||
    region !== credentials.region ||
    !stamp.startsWith(day ?? "-")
  ) {
    return false;
  }
  const names = signedHeaders.split(";");
  if (!names.includes("host") || !names.includes("x-amz-date") || !names.includes("x-amz-content-sha256")) {
    return false;
  }
  const headers: Record<string, string> = {};
  for (const name of names) headers[name] = String(req.headers[name] ?? "");
  const payloadHash = String(req.headers["x-amz-content-sha256"] ?? "");
  const { canonicalRequest: request } = canonicalRequest(req.method ?? "GET", url, headers, payloadHash);
  return signature(credentials, stamp, request) === given;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A tiny S3 on 127.0.0.1 (path-style): PUT, GET, DELETE object and ListObjectsV2 with paging,
 * refusing any request whose SigV4 signature or payload hash does not check out.
 */
export async function startFakeS3(options: { pageSize?: number } = {}): Promise<FakeS3> {
  const bucket = "approdo-test";
  const credentials: SigV4Credentials = {
    accessKeyId: "TESTACCESSKEY",
    secretAccessKey: "test/secret+key",
    region: "eu-south-1",
    service: "s3",
  };
  const objects = new Map<string, { body: Buffer; lastModified: Date }>();
  const requests: FakeS3["requests"] = [];
  const pageSize = options.pageSize ?? 1000;
  let failures = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
    const signatureValid = verifySignature(req, url, credentials);
    requests.push({ method: req.method ?? "", path: url.pathname, signatureValid });
    const body = await readBody(req);
    if (failures > 0) {
      failures -= 1;
      return errorXml(res, 503, "SlowDown");
    }
    if (!signatureValid) return errorXml(res, 403, "SignatureDoesNotMatch");
    const [, bucketName, ...rest] = url.pathname.split("/");
    if (bucketName !== bucket) return errorXml(res, 404, "NoSuchBucket");
    const key = rest.map(decodeURIComponent).join("/");
    if (req.method === "PUT") {
      if (req.headers["content-length"] === undefined) return errorXml(res, 411, "MissingContentLength");
      if (sha256Hex(body) !== req.headers["x-amz-content-sha256"]) {
        return errorXml(res, 400, "XAmzContentSHA256Mismatch");
      }
      objects.set(key, { body, lastModified: new Date() });
      res.writeHead(200, { etag: `"${sha256Hex(body).slice(0, 32)}"` });
      return res.end();
    }
    if (req.method === "GET" && key === "" && url.searchParams.get("list-type") === "2") {
      const prefix = url.searchParams.get("prefix") ?? "";
      const after = url.searchParams.get("continuation-token") ?? "";
      const keys = [...objects.keys()].filter((k) => k.startsWith(prefix) && k > after).sort();
      const page = keys.slice(0, pageSize);
      const truncated = keys.length > page.length;
      const contents = page
        .map((k) => {
          const o = objects.get(k);
          return `<Contents><Key>${xmlEscape(k)}</Key><LastModified>${o?.lastModified.toISOString()}</LastModified><Size>${o?.body.length}</Size></Contents>`;
        })
        .join("");
      res.writeHead(200, { "content-type": "application/xml" });
      return res.end(
        `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>${bucket}</Name><KeyCount>${page.length}</KeyCount><IsTruncated>${truncated}</IsTruncated>${truncated ? `<NextContinuationToken>${xmlEscape(page[page.length - 1] ?? "")}</NextContinuationToken>` : ""}${contents}</ListBucketResult>`,
      );
    }
    if (req.method === "GET") {
      const object = objects.get(key);
      if (!object) return errorXml(res, 404, "NoSuchKey");
      res.writeHead(200, { "content-length": object.body.length });
      return res.end(object.body);
    }
    if (req.method === "DELETE") {
      objects.delete(key);
      res.writeHead(204);
      return res.end();
    }
    return errorXml(res, 405, "MethodNotAllowed");
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => errorXml(res, 500, "InternalError"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    region: credentials.region,
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    objects,
    requests,
    failNext(count) {
      failures = count;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
