import { describe, expect, it } from "vitest";
import { lookupCountry, lookupLanguage, municipalityIndex } from "./reference-lookup.ts";

describe("lookupCountry", () => {
  it("finds countries by ISO code or name in Italian or English", () => {
    expect(lookupCountry("MA")).toBe("MA");
    expect(lookupCountry("ma")).toBe("MA");
    expect(lookupCountry("Marocco")).toBe("MA");
    expect(lookupCountry("Morocco")).toBe("MA");
    expect(lookupCountry("Costa d'Avorio")).toBe("CI");
    expect(lookupCountry("côte d’ivoire")).toBe("CI");
    expect(lookupCountry("Siria")).toBe("SY");
    expect(lookupCountry("Stati Uniti")).toBe("US");
    expect(lookupCountry("Regno Unito")).toBe("GB");
    expect(lookupCountry("ERITREA")).toBe("ER");
  });

  it("refuses what is not a country", () => {
    expect(lookupCountry("Atlantide")).toBeNull();
    expect(lookupCountry("ZZ")).toBeNull();
    expect(lookupCountry("apolide")).toBeNull();
  });
});

describe("lookupLanguage", () => {
  it("finds languages by ISO 639-3 or 639-1 code or name", () => {
    expect(lookupLanguage("ara")).toBe("ara");
    expect(lookupLanguage("ar")).toBe("ara");
    expect(lookupLanguage("arabo")).toBe("ara");
    expect(lookupLanguage("Arabic")).toBe("ara");
    expect(lookupLanguage("francese")).toBe("fra");
    expect(lookupLanguage("tigrino")).toBe("tir");
    expect(lookupLanguage("Wolof")).toBe("wol");
    expect(lookupLanguage("dari")).toBe("prs");
    expect(lookupLanguage("pidgin")).toBe("pcm");
    expect(lookupLanguage("klingonese")).toBeNull();
  });
});

describe("municipalityIndex", () => {
  const index = municipalityIndex([
    { istatCode: "082053", name: "Palermo", province: "PA" },
    { istatCode: "001250", name: "Samone", province: "TO" },
    { istatCode: "022165", name: "Samone", province: "TN" },
    { istatCode: "084001", name: "Sant'Angelo Muxaro", province: "AG" },
  ]);

  it("finds a municipality by ISTAT code (leading zero optional) or name", () => {
    expect(index.find("082053")).toEqual({ code: "082053" });
    expect(index.find("82053")).toEqual({ code: "082053" });
    expect(index.find("palermo")).toEqual({ code: "082053" });
    expect(index.find("Sant’Angelo Muxaro")).toEqual({ code: "084001" });
  });

  it("needs the province when the name is not unique", () => {
    expect(index.find("Samone")).toEqual({ problem: "ambiguous" });
    expect(index.find("Samone (TN)")).toEqual({ code: "022165" });
    expect(index.find("Samone TO")).toEqual({ code: "001250" });
    expect(index.find("Atlantide")).toEqual({ problem: "unknown" });
    expect(index.find("999999")).toEqual({ problem: "unknown" });
  });
});
