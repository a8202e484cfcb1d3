import { describe, expect, it } from "vitest";
import { EMPTY_SHA256, sha256Hex, signRequest, uriEncode } from "./sigv4.ts";

// The worked examples of AWS's S3 documentation ("Signature Calculations for the Authorization
// Header: Transferring Payload in a Single Chunk").
const credentials = {
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  region: "us-east-1",
  service: "s3",
};
const date = new Date("2013-05-24T00:00:00Z");
const host = "https://examplebucket.s3.amazonaws.com";

function signatureOf(headers: Record<string, string>): string {
  return /Signature=([0-9a-f]{64})$/.exec(headers.authorization ?? "")?.[1] ?? "";
}

describe("SigV4 signing", () => {
  it("matches AWS's GET Object example", () => {
    const headers = signRequest(credentials, {
      method: "GET",
      url: new URL(`${host}/test.txt`),
      headers: { range: "bytes=0-9" },
      payloadHash: EMPTY_SHA256,
      date,
    });
    expect(headers.authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, " +
        "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, " +
        "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
  });

  it("matches AWS's PUT Object example (a key with a character to encode)", () => {
    const body = "Welcome to Amazon S3.";
    const payloadHash = sha256Hex(body);
    expect(payloadHash).toBe("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072");
    const headers = signRequest(credentials, {
      method: "PUT",
      url: new URL(`${host}/test$file.text`),
      headers: { date: "Fri, 24 May 2013 00:00:00 GMT", "x-amz-storage-class": "REDUCED_REDUNDANCY" },
      payloadHash,
      date,
    });
    expect(signatureOf(headers)).toBe("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");
  });

  it("matches AWS's GET Bucket Lifecycle example (a query parameter without a value)", () => {
    const headers = signRequest(credentials, {
      method: "GET",
      url: new URL(`${host}/?lifecycle`),
      payloadHash: EMPTY_SHA256,
      date,
    });
    expect(signatureOf(headers)).toBe("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543");
  });

  it("matches AWS's list objects example (query parameters sorted)", () => {
    const headers = signRequest(credentials, {
      method: "GET",
      url: new URL(`${host}/?max-keys=2&prefix=J`),
      payloadHash: EMPTY_SHA256,
      date,
    });
    expect(signatureOf(headers)).toBe("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7");
  });

  it("encodes as RFC 3986 wants", () => {
    expect(uriEncode("a b/c*(d)!'~")).toBe("a%20b%2Fc%2A%28d%29%21%27~");
  });
});
