import { describe, expect, it } from "vitest";
import { indexNames } from "../matching/index.ts";
import { buildRegistryIndex } from "./registry-index.ts";

function person(id: string, givenName: string, familyName: string, taxCode: string | null = null) {
  return {
    id,
    givenName,
    familyName,
    birthDate: null,
    birthYear: 1990,
    citizenship: "MA",
    taxCode,
    sex: "male",
    nameKeys: indexNames([{ givenName, familyName }]).nameKeys,
  };
}

const keys = (givenName: string, familyName: string) => indexNames([{ givenName, familyName }]).nameKeys;

describe("buildRegistryIndex", () => {
  it("finds people sharing a name key, in another spelling or order, and by tax code", () => {
    const index = buildRegistryIndex([
      person("a", "Mohamed", "Benali", "12345678903"),
      person("b", "Amina", "Diallo"),
      person("c", "Yonas", "Tesfaye"),
    ]);
    expect(index.size).toBe(3);
    expect(index.candidates(keys("Mohammed", "Ben Ali"), 10)).toContain("a");
    expect(index.candidates(keys("Diallo", "Amina"), 10)).toEqual(["b"]);
    expect(index.candidates(keys("Grace", "Okafor"), 10)).toEqual([]);
    expect(index.taxCodeHolder("12345678903")).toBe("a");
    expect(index.person("c")).toMatchObject({ givenName: "Yonas", familyName: "Tesfaye" });
  });

  it("uses a common key only together with another one, and caps the candidates", () => {
    const rows = Array.from({ length: 60 }, (_, i) =>
      person(
        `m${String(i).padStart(2, "0")}`,
        "Mohamed",
        `Kabila${"abcdefghij"[i % 10]}${"klmnopqrst"[Math.floor(i / 10)]}`,
      ),
    );
    rows.push(person("target", "Mohamed", "Haddad"), person("other", "Fatima", "Haddad"));
    const index = buildRegistryIndex(rows);
    // "mhmd" is held by 61 people (common): alone it finds nobody else, with "hdd" it finds the one
    const found = index.candidates(keys("Muhammad", "Haddad"), 5);
    expect(found[0]).toBe("target");
    expect(found).toContain("other");
    expect(found.every((id) => id === "target" || id === "other")).toBe(true);
    // a common given name with a family name nobody has: nobody
    expect(index.candidates(keys("Mohamed", "Ouedraogo"), 5)).toEqual([]);
    // a lone common key: its holders, up to the limit
    expect(index.candidates(keys("Mohamed", "Mohamed"), 5)).toHaveLength(5);
  });
});
