import { describe, expect, it } from "vitest";
import { scoreMatch } from "./score.ts";
import { spellingVariants } from "./variants.ts";

const NAMES = [
  "Mohamed",
  "Abd al-Rahman",
  "Abdelrahman",
  "Youssef",
  "Hussein",
  "Khadija",
  "Fatima Zahra",
  "Ben Ali",
  "El Sayed",
  "Shevchenko",
  "Oleksandr",
  "Tesfay",
  "Yonas",
  "Rahman",
  "Ibrahim",
  "Aicha",
  "Djamel",
  "Mustapha",
  "Kouassi",
  "Traoré",
  "Diallo",
  "Abubakar",
  "Chowdhury",
  "Amin",
];

describe("spellingVariants", () => {
  it("gives the known spellings of a name family first", () => {
    expect(spellingVariants("Mohamed", { max: 4 })).toEqual(["Mohammed", "Muhammad", "Mohammad", "Mouhamed"]);
    expect(spellingVariants("Hussein", { scripts: true, max: 20 })).toContain("حسين");
    expect(spellingVariants("Hussein", { max: 20 })).not.toContain("حسين");
  });

  it("varies the particles of Arabic names", () => {
    const variants = spellingVariants("Abd al-Rahman");
    expect(variants).toEqual(expect.arrayContaining(["Abdelrahman", "Abdulrahman", "Abd El Rahman"]));
    expect(spellingVariants("Ben Ali")).toEqual(expect.arrayContaining(["Bin Ali", "Ibn Ali"]));
  });

  it("drops diacritics and applies transcription alternations", () => {
    expect(spellingVariants("Traoré")).toContain("Traore");
    expect(spellingVariants("Youssef")).toEqual(expect.arrayContaining(["Yousef", "Yussef"]));
    expect(spellingVariants("Aicha")).toContain("Aisha");
  });

  it.each(NAMES)("every variant of %s is recognised as the same name", (name) => {
    const variants = spellingVariants(name, { max: 12, scripts: true });
    expect(variants.length).toBeGreaterThan(0);
    expect(variants).not.toContain(name);
    for (const v of variants) {
      const { score } = scoreMatch(
        { names: [{ givenName: "Amadou", familyName: name }], birthYear: 1990 },
        { names: [{ givenName: "Amadou", familyName: v }], birthYear: 1990 },
      );
      expect(score, `${name} → ${v}`).toBeGreaterThanOrEqual(0.85);
    }
  });

  it("is deterministic and respects max", () => {
    expect(spellingVariants("Oleksandr", { max: 2 })).toEqual(spellingVariants("Oleksandr", { max: 2 }));
    expect(spellingVariants("Mohamed", { max: 3 })).toHaveLength(3);
  });
});
