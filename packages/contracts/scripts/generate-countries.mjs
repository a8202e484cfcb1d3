// Generates packages/contracts/src/reference/countries.data.ts: every ISO 3166-1 alpha-2 code with its
// English and Italian names (i18n-iso-countries, the runtime fallback when Intl.DisplayNames has no
// name) and the Italian cadastral Z-code of the foreign state (ISTAT's list of foreign territorial
// units, as shipped in @marketto/belfiore-connector-embedded; date-aware, only the states active today),
// plus the few defunct states whose Z-codes still appear in codici fiscali of people born before
// they dissolved. Run from the repo root: node packages/contracts/scripts/generate-countries.mjs
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const countries = require("i18n-iso-countries");
const belfiore = require("@marketto/belfiore-connector-embedded").belfioreConnector;

const out = fileURLToPath(new URL("../src/reference/countries.data.ts", import.meta.url));

/** ISTAT spells a few alpha-2 codes its own way (or leaves them blank). */
const istatAlpha2Fix = { UK: "GB" };
const istatBlankAlpha2 = { Z160: "XK" };
/**
 * Territories with no Z-code of their own: ISTAT counts them as part of a state, and a codice fiscale
 * of someone born there carries that state's Z-code. Italy has none: its municipalities have codes.
 */
const partOf = {
  GF: "FR",
  GP: "FR",
  MQ: "FR",
  RE: "FR",
  YT: "FR",
  BL: "FR",
  MF: "FR",
  TF: "FR",
  HK: "CN",
  MO: "CN",
  PR: "US",
  GU: "US",
  VI: "US",
  AS: "US",
  MP: "US",
  UM: "US",
  GG: "GB",
  JE: "GB",
  IO: "GB",
  GS: "GB",
  AX: "FI",
  SJ: "NO",
  BV: "NO",
  CX: "AU",
  CC: "AU",
  NF: "AU",
  HM: "AU",
  NU: "NZ",
  TK: "NZ",
  BQ: "NL",
  CW: "NL",
  SX: "NL",
};
/** Defunct states kept for people born before they dissolved, with the states that succeeded them. */
const historic = {
  Z135: {
    en: "Soviet Union",
    it: "Unione Sovietica",
    successors: "AM AZ BY EE GE KG KZ LT LV MD RU TJ TM UA UZ",
  },
  Z118: { en: "Yugoslavia", it: "Jugoslavia", successors: "BA HR ME MK RS SI XK" },
  Z157: { en: "Serbia and Montenegro", it: "Serbia e Montenegro", successors: "ME RS XK" },
  Z105: { en: "Czechoslovakia", it: "Cecoslovacchia", successors: "CZ SK" },
  Z111: { en: "German Democratic Republic", it: "Repubblica Democratica Tedesca", successors: "DE" },
  Z250: { en: "South Yemen", it: "Yemen del Sud", successors: "YE" },
};

/** The short common name: the shortest of the package's names without a comma, not an acronym, that no other country shares. */
const nameOverrides = {
  en: {
    MD: "Moldova",
    LA: "Laos",
    SY: "Syria",
    VA: "Vatican City",
    FM: "Micronesia",
    VI: "U.S. Virgin Islands",
    VG: "British Virgin Islands",
    MK: "North Macedonia",
    GB: "United Kingdom",
  },
  it: { MM: "Myanmar (Birmania)" },
};
function shortName(code, locale) {
  const fixed = nameOverrides[locale][code];
  if (fixed) return fixed;
  const names = countries.getName(code, locale, { select: "all" }) ?? [];
  const shared = (n) =>
    Object.keys(countries.getAlpha2Codes()).some(
      (o) => o !== code && (countries.getName(o, locale, { select: "all" }) ?? []).includes(n),
    );
  const good = names
    .filter((n) => !n.includes(", ") && n !== n.toUpperCase() && !shared(n))
    .sort((a, b) => a.length - b.length);
  return good[0] ?? names[0];
}

const today = new Date();
const all = await belfiore.countries.toArray();
const zByAlpha2 = new Map();
for (const c of all) {
  if (c.expirationDate < today) continue;
  const raw = c.iso3166?.trim() ?? "";
  const alpha2 = istatBlankAlpha2[c.belfioreCode] ?? istatAlpha2Fix[raw] ?? raw;
  if (!/^[A-Z]{2}$/.test(alpha2)) throw new Error(`no alpha-2 code for ${c.belfioreCode} ${c.name}`);
  if (zByAlpha2.has(alpha2)) throw new Error(`two current Z-codes for ${alpha2}`);
  zByAlpha2.set(alpha2, c.belfioreCode);
}

const codes = Object.keys(countries.getAlpha2Codes()).sort();
const rows = [];
for (const code of codes) {
  const en = shortName(code, "en");
  const it = shortName(code, "it");
  if (!en || !it) throw new Error(`no name for ${code}`);
  const own = zByAlpha2.get(code);
  const parent = partOf[code];
  if (own && parent) throw new Error(`${code} has its own Z-code and a parent state`);
  const z = own ?? (parent ? zByAlpha2.get(parent) : null) ?? null;
  if (parent && !z) throw new Error(`the parent state of ${code} has no Z-code`);
  if (!z && code !== "IT" && code !== "AQ") throw new Error(`no Z-code for ${code} ${en}`);
  rows.push([code, en, it, z, own ? 1 : 0]);
}
const unused = [...zByAlpha2.keys()].filter((k) => !codes.includes(k));
if (unused.length) throw new Error(`Z-codes of unknown alpha-2 codes: ${unused.join(", ")}`);

const historicRows = [];
for (const [z, h] of Object.entries(historic)) {
  const c = all.find((x) => x.belfioreCode === z);
  if (!c) throw new Error(`${z} is not in the registry`);
  if (c.expirationDate >= today) throw new Error(`${z} is not defunct`);
  for (const s of h.successors.split(" ")) if (!codes.includes(s)) throw new Error(`unknown successor ${s}`);
  const until = c.expirationDate.toISOString().slice(0, 10);
  historicRows.push([z, h.en, h.it, until, h.successors.split(" ")]);
}

const q = (v) => JSON.stringify(v);
const text = `// Generated by packages/contracts/scripts/generate-countries.mjs: do not edit by hand.
// Names: i18n-iso-countries ${require("i18n-iso-countries/package.json").version} (MIT).
// Z-codes: ISTAT's foreign territorial units (CC BY 3.0) via @marketto/belfiore-connector-embedded ${require("@marketto/belfiore-connector-embedded/package.json").version}, the states active when generated.

/** [alpha-2, English name, Italian name, Z-code or null, 1 if the Z-code is the country's own (0: the state it is part of)]. */
export type CountryRow = readonly [string, string, string, string | null, 0 | 1];

export const countryRows: readonly CountryRow[] = [
${rows.map((r) => `  [${r.map(q).join(", ")}],`).join("\n")}
];

/** [Z-code, English name, Italian name, last day, successor states]: defunct states still seen on codici fiscali. */
export type HistoricStateRow = readonly [string, string, string, string, readonly string[]];

export const historicStateRows: readonly HistoricStateRow[] = [
${historicRows.map((r) => `  [${r.map(q).join(", ")}],`).join("\n")}
];
`;
writeFileSync(out, text);
execFileSync("npx", ["biome", "format", "--write", out], { stdio: "inherit" });
console.log(
  `${rows.length} countries (${zByAlpha2.size} with their own Z-code), ${historicRows.length} historic states -> ${out}`,
);
