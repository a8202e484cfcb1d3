import { validateTaxCode } from "@approdo/contracts";
import { generatePeople } from "./generator/index.ts";
const t = performance.now();
let n = 0, hh = 0, names = 0, dups = 0, tax = 0, taxBad = 0, yearOnly = 0, permits = 0;
const changes: Record<string, number> = {};
const sizes: Record<number, number> = {};
let sample: unknown[] = [];
const dupSamples: unknown[] = [];
for (const b of generatePeople({ count: 100_000, seed: 7, duplicateRate: 0.02 })) {
  n += b.people.length; hh += b.households.length;
  for (const h of b.households) sizes[h.members.length] = (sizes[h.members.length] ?? 0) + 1;
  for (const p of b.people) {
    names += p.names.length; permits += p.permits.length;
    if (!p.birthDate) yearOnly++;
    if (p.taxCode) { tax++; const r = validateTaxCode(p.taxCode, { birthDate: p.birthDate, birthYear: p.birthYear, sex: p.sex, countryOfBirth: p.countryOfBirth }); if (!r.ok && !p.duplicateOf) { taxBad++; if (taxBad < 4) console.log("bad", p.taxCode, r, p.givenName, p.familyName, p.birthDate, p.countryOfBirth); } }
  }
  for (const d of b.duplicates) { dups++; for (const c of d.changes) changes[c] = (changes[c] ?? 0) + 1; if (dupSamples.length < 25 && dupSamples.length < dups) dupSamples.push({ ...d.query, changes: d.changes.join(",") }); }
  if (sample.length < 30) sample.push(...b.people.slice(0, 30).map((p) => [p.givenName, p.familyName, p.sex, p.birthDate ?? p.birthYear, p.citizenship, p.taxCode, p.names.map((x) => `${x.kind}:${x.givenName} ${x.familyName}`).join("|"), p.index.nameKeys.join(",")].join(" ; ")));
}
console.log("ms", performance.now() - t, { n, hh, names, dups, tax, taxBad, yearOnly: yearOnly / n, permits, sizes, changes });
for (const s of sample.slice(0, 30)) console.log(s);
for (const d of dupSamples) console.log(JSON.stringify(d));
