import { afterEach, describe, expect, it, vi } from "vitest";
import {
  countries,
  countryName,
  countryOfZCode,
  historicStateOfZCode,
  historicStates,
  isCountryCode,
  zCodeOf,
  zCodesAcceptedFor,
} from "./countries.ts";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("countries", () => {
  it("lists every ISO 3166-1 alpha-2 code once, in code order", () => {
    expect(countries.length).toBeGreaterThanOrEqual(249);
    const codes = countries.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
    for (const code of ["MA", "UA", "NG", "ER", "BD", "AF", "IT", "XK", "GB", "SS"])
      expect(isCountryCode(code)).toBe(true);
    for (const code of ["ma", "ZZ", "UK", "SU", "", "MAR"]) expect(isCountryCode(code)).toBe(false);
  });

  it.each([
    ["MA", "Z330"],
    ["UA", "Z138"],
    ["NG", "Z335"],
    ["ER", "Z368"],
    ["BD", "Z249"],
    ["AF", "Z200"],
    ["GB", "Z114"],
    ["XK", "Z160"],
    ["SM", "Z130"],
  ])("knows the Z-code of %s: %s", (alpha2, z) => {
    expect(zCodeOf(alpha2)).toBe(z);
    expect(countryOfZCode(z)).toBe(alpha2);
  });

  it("gives every country but Italy and Antarctica a Z-code, each its own at most once", () => {
    expect(countries.filter((c) => !c.zCode).map((c) => c.code)).toEqual(["AQ", "IT"]);
    const own = countries.filter((c) => c.ownZCode).map((c) => c.zCode);
    expect(new Set(own).size).toBe(own.length);
    expect(own.length).toBeGreaterThan(200);
    for (const z of own) expect(z).toMatch(/^Z\d{3}$/);
  });

  it("uses the sovereign state's code for a territory without one, but maps the code back to the state", () => {
    expect(zCodeOf("RE")).toBe("Z110");
    expect(zCodeOf("HK")).toBe("Z210");
    expect(countryOfZCode("Z110")).toBe("FR");
    expect(zCodeOf("IT")).toBeNull();
    expect(zCodeOf("ZZ")).toBeNull();
    expect(countryOfZCode("Z999")).toBeNull();
  });

  it("keeps the defunct states seen on older codici fiscali, with their successors", () => {
    expect(historicStates.map((h) => h.zCode)).toEqual(expect.arrayContaining(["Z135", "Z118", "Z105"]));
    expect(historicStateOfZCode("Z135")).toMatchObject({ nameIt: "Unione Sovietica", until: "1992-01-01" });
    expect(countryOfZCode("Z135")).toBeNull();
    for (const h of historicStates) {
      expect(countries.some((c) => c.zCode === h.zCode)).toBe(false);
      for (const s of h.successors) expect(isCountryCode(s)).toBe(true);
    }
    expect(zCodesAcceptedFor("UA", 1985)).toEqual(["Z138", "Z135"]);
    expect(zCodesAcceptedFor("UA", 1995)).toEqual(["Z138"]);
    expect(zCodesAcceptedFor("RS")).toEqual(["Z158", "Z118", "Z157"]);
    expect(zCodesAcceptedFor("MA")).toEqual(["Z330"]);
    expect(zCodesAcceptedFor("IT")).toEqual([]);
  });

  it("names countries in Italian and English", () => {
    expect(countryName("MA", "it")).toBe("Marocco");
    expect(countryName("MA", "en")).toBe("Morocco");
    expect(countryName("MA")).toBe("Marocco");
    expect(countryName("XK", "it")).toBe("Kosovo");
    expect(countryName("ZZ", "it")).toBeUndefined();
    expect(countries.find((c) => c.code === "ER")).toMatchObject({ nameEn: "Eritrea", nameIt: "Eritrea" });
  });

  it("falls back to the embedded names where the runtime has no Intl.DisplayNames", () => {
    vi.spyOn(Intl, "DisplayNames").mockImplementation(() => {
      throw new RangeError("no ICU data");
    });
    expect(countryName("DE", "it-CH")).toBe("Germania");
    expect(countryName("DE", "fr-CH")).toBe("Germany");
  });
});
