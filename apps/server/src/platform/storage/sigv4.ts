import { createHash, createHmac } from "node:crypto";

/**
 * AWS Signature Version 4 for S3 requests (header-based, single-chunk payload), written against
 * the published algorithm and checked against AWS's own S3 examples (sigv4.test.ts). It is all
 * the S3 client needs: no SDK (see docs/adr/0010-file-storage.md).
 */

export interface SigV4Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  service: string;
}

export interface SignInput {
  method: string;
  url: URL;
  /** Headers to sign besides host, x-amz-date and x-amz-content-sha256. */
  headers?: Record<string, string>;
  /** Hex sha256 of the body, or "UNSIGNED-PAYLOAD". */
  payloadHash: string;
  date: Date;
}

export const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

export function sha256Hex(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

function hmac(key: Buffer | string, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}

/** RFC 3986 percent-encoding, as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The path with each segment encoded once (S3 does not double-encode). */
export function canonicalPath(url: URL): string {
  return url.pathname
    .split("/")
    .map((segment) => uriEncode(decodeURIComponent(segment)))
    .join("/");
}

function canonicalQuery(url: URL): string {
  return [...url.searchParams.entries()]
    .map(([k, v]) => [uriEncode(k), uriEncode(v)] as const)
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
}

/** `20130524T000000Z` */
export function amzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

export interface CanonicalParts {
  canonicalRequest: string;
  signedHeaders: string;
}

export function canonicalRequest(
  method: string,
  url: URL,
  headers: Record<string, string>,
  payloadHash: string,
): CanonicalParts {
  const entries = Object.entries(headers)
    .map(([k, v]) => [k.toLowerCase(), v.trim().replace(/\s+/g, " ")] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const signedHeaders = entries.map(([k]) => k).join(";");
  const request = [
    method.toUpperCase(),
    canonicalPath(url),
    canonicalQuery(url),
    `${entries.map(([k, v]) => `${k}:${v}`).join("\n")}\n`,
    signedHeaders,
    payloadHash,
  ].join("\n");
  return { canonicalRequest: request, signedHeaders };
}

export function signingKey(credentials: SigV4Credentials, day: string): Buffer {
  const kDate = hmac(`AWS4${credentials.secretAccessKey}`, day);
  const kRegion = hmac(kDate, credentials.region);
  const kService = hmac(kRegion, credentials.service);
  return hmac(kService, "aws4_request");
}

/** The signature over a canonical request, for the signer and for a verifying test server. */
export function signature(credentials: SigV4Credentials, stamp: string, request: string): string {
  const day = stamp.slice(0, 8);
  const scope = `${day}/${credentials.region}/${credentials.service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", stamp, scope, sha256Hex(request)].join("\n");
  return createHmac("sha256", signingKey(credentials, day)).update(stringToSign, "utf8").digest("hex");
}

/** Returns every header the request must carry, Authorization included. */
export function signRequest(credentials: SigV4Credentials, input: SignInput): Record<string, string> {
  const stamp = amzDate(input.date);
  const headers: Record<string, string> = {
    ...input.headers,
    host: input.url.host,
    "x-amz-content-sha256": input.payloadHash,
    "x-amz-date": stamp,
  };
  const { canonicalRequest: request, signedHeaders } = canonicalRequest(
    input.method,
    input.url,
    headers,
    input.payloadHash,
  );
  const scope = `${stamp.slice(0, 8)}/${credentials.region}/${credentials.service}/aws4_request`;
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature(credentials, stamp, request)}`,
  };
}
