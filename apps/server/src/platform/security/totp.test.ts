import { describe, expect, it } from "vitest";
import {
  base32Decode,
  base32Encode,
  generateTotpSecret,
  hotp,
  otpauthUrl,
  totpCode,
  totpStep,
  verifyTotp,
} from "./totp.ts";

// RFC 4226 appendix D and RFC 6238 appendix B use these ASCII seeds.
const SEED_SHA1 = Buffer.from("12345678901234567890", "ascii");
const SEED_SHA256 = Buffer.from("12345678901234567890123456789012", "ascii");
const SEED_SHA512 = Buffer.from("1234567890123456789012345678901234567890123456789012345678901234", "ascii");

describe("HOTP (RFC 4226, appendix D)", () => {
  it.each([
    [0, "755224"],
    [1, "287082"],
    [2, "359152"],
    [3, "969429"],
    [4, "338314"],
    [5, "254676"],
    [6, "287922"],
    [7, "162583"],
    [8, "399871"],
    [9, "520489"],
  ])("counter %i → %s", (counter, expected) => {
    expect(hotp(SEED_SHA1, counter)).toBe(expected);
  });
});

describe("TOTP (RFC 6238, appendix B: 30-second steps, 8 digits)", () => {
  it.each([
    [59, "0000000000000001", "94287082", "46119246", "90693936"],
    [1111111109, "00000000023523EC", "07081804", "68084774", "25091201"],
    [1111111111, "00000000023523ED", "14050471", "67062674", "99943326"],
    [1234567890, "000000000273EF07", "89005924", "91819424", "93441116"],
    [2000000000, "0000000003F940AA", "69279037", "90698825", "38618901"],
    [20000000000, "0000000027BC86AA", "65353130", "77737706", "47863826"],
  ])("T = %i s (step %s)", (seconds, stepHex, sha1, sha256, sha512) => {
    const step = totpStep(seconds * 1000);
    expect(step).toBe(Number.parseInt(stepHex, 16));
    expect(hotp(SEED_SHA1, step, 8)).toBe(sha1);
    expect(hotp(SEED_SHA256, step, 8, "sha256")).toBe(sha256);
    expect(hotp(SEED_SHA512, step, 8, "sha512")).toBe(sha512);
    // What authenticator apps show: the same computation, 6 digits (the last six).
    expect(totpCode(base32Encode(SEED_SHA1), seconds * 1000)).toBe(sha1.slice(2));
  });
});

describe("base32 (RFC 4648)", () => {
  it.each([
    ["", ""],
    ["f", "MY"],
    ["fo", "MZXQ"],
    ["foo", "MZXW6"],
    ["foob", "MZXW6YQ"],
    ["fooba", "MZXW6YTB"],
    ["foobar", "MZXW6YTBOI"],
    ["12345678901234567890", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"],
  ])("%j ↔ %s", (plain, encoded) => {
    expect(base32Encode(Buffer.from(plain))).toBe(encoded);
    expect(base32Decode(encoded).toString()).toBe(plain);
  });

  it("accepts lower case, spaces and padding as authenticator apps display them, and refuses other characters", () => {
    expect(base32Decode("mzxw 6ytb oi======").toString()).toBe("foobar");
    expect(() => base32Decode("MZXW1")).toThrow(/base32/);
  });

  it("generates 160-bit secrets", () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
  });
});

describe("verifyTotp", () => {
  const secret = base32Encode(SEED_SHA1);
  const t = 1111111111 * 1000;
  const step = totpStep(t);

  it("accepts the current step and one step of clock drift either way, and returns the step", () => {
    expect(verifyTotp(secret, totpCode(secret, t), t)).toBe(step);
    expect(verifyTotp(secret, totpCode(secret, t - 30_000), t)).toBe(step - 1);
    expect(verifyTotp(secret, totpCode(secret, t + 30_000), t)).toBe(step + 1);
  });

  it("refuses codes two steps away, malformed codes and replays of a used step", () => {
    expect(verifyTotp(secret, totpCode(secret, t - 60_000), t)).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, t + 60_000), t)).toBeNull();
    expect(verifyTotp(secret, "12345", t)).toBeNull();
    expect(verifyTotp(secret, "1234567", t)).toBeNull();
    expect(verifyTotp(secret, "abcdef", t)).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, t), t, step)).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, t - 30_000), t, step - 1)).toBeNull();
    // A later step than the last used one is still fine.
    expect(verifyTotp(secret, totpCode(secret, t + 30_000), t, step)).toBe(step + 1);
  });

  it("builds the otpauth URL authenticator apps scan", () => {
    expect(otpauthUrl("JBSWY3DPEHPK3PXP", "mario.rossi")).toBe(
      "otpauth://totp/Approdo%3Amario.rossi?secret=JBSWY3DPEHPK3PXP&issuer=Approdo&algorithm=SHA1&digits=6&period=30",
    );
  });
});
