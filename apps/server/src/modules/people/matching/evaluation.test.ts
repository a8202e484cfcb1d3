/**
 * A small labelled evaluation: pairs of records of the same person written by different
 * offices (spelling families, other scripts, swapped order, missing birth day, age estimated a
 * year off) against pairs of different people who share a common name. Generated from a fixed
 * seed; prints precision and recall at the decision threshold.
 */
import { describe, expect, it } from "vitest";
import { CONFUSABLE, FAMILY, GIVEN, HAND_LABELLED } from "./evaluation.fixtures.ts";
import { indexNames } from "./keys.ts";
import { TRIGRAM_THRESHOLD, trigramSimilarity } from "./pg-trgm.testing.ts";
import { scoreMatch } from "./score.ts";
import type { MatchSubject } from "./types.ts";
import { spellingVariants } from "./variants.ts";

const THRESHOLD = 0.7;

/** mulberry32: a tiny seeded generator, so the evaluation is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pair {
  a: MatchSubject;
  b: MatchSubject;
  same: boolean;
  kind: string;
}

function generate(count: number, seed: number): Pair[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const other = <T>(xs: readonly T[], x: T): T => {
    const rest = xs.filter((y) => y !== x);
    return rest.length ? pick(rest) : x;
  };
  const countries = ["EG", "SD", "ER", "BD", "UA", "NG", "GN", "MA", "TN", "SY", "AF", "PK", "GE"];
  /** A typing error: one letter left out or two swapped (Latin spellings only). */
  const typo = (name: string) => {
    if (!/^[A-Za-z ]{5,}$/.test(name)) return name;
    const i = 1 + Math.floor(rnd() * (name.length - 2));
    return rnd() < 0.5
      ? name.slice(0, i) + name.slice(i + 1)
      : name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
  };
  /** A second office's spelling: another known spelling, a generated variant, sometimes a typo. */
  const respell = (family: string[], first: string) => {
    const variants = spellingVariants(first, { max: 6 });
    const spelled = rnd() < 0.3 && variants.length ? pick(variants) : other(family, first);
    return rnd() < 0.1 ? typo(spelled) : spelled;
  };
  const pairs: Pair[] = [];
  for (let i = 0; i < count; i++) {
    const given = pick(GIVEN);
    const family = pick(FAMILY);
    const year = 1960 + Math.floor(rnd() * 45);
    const day = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`;
    const citizenship = pick(countries);
    const g1 = pick(given);
    const f1 = pick(family);
    const a: MatchSubject = {
      names: [{ givenName: g1, familyName: f1 }],
      birthDate: day,
      birthYear: year,
      citizenship,
    };
    if (i % 2 === 0) {
      // Same person, registered elsewhere.
      const [g2, f2] = [respell(given, g1), respell(family, f1)];
      const r = rnd();
      const birth =
        r < 0.4
          ? { birthDate: day }
          : r < 0.75
            ? { birthYear: year }
            : r < 0.9
              ? { birthYear: year + (rnd() < 0.5 ? 1 : -1) }
              : {};
      const swapped = rnd() < 0.15;
      const names = [swapped ? { givenName: f2, familyName: g2 } : { givenName: g2, familyName: f2 }];
      const b: MatchSubject = { names, ...birth, citizenship: rnd() < 0.7 ? citizenship : null };
      pairs.push({ a, b, same: true, kind: swapped ? "swapped" : "respelled" });
    } else {
      // Another person sharing the given name, the family name, or the whole name decades apart.
      const r = rnd();
      const kind =
        r < 0.4
          ? "same given"
          : r < 0.75
            ? "same family"
            : r < 0.9
              ? "look-alike given"
              : "same name, other age";
      const confusable = pick(CONFUSABLE);
      if (kind === "look-alike given") a.names = [{ givenName: confusable[0], familyName: f1 }];
      const g2 =
        kind === "look-alike given"
          ? confusable[1]
          : kind === "same family"
            ? pick(other(GIVEN, given))
            : respell(given, g1);
      const f2 = kind === "same given" ? pick(other(FAMILY, family)) : respell(family, f1);
      const y2 =
        kind === "same name, other age"
          ? year + 5 + Math.floor(rnd() * 20)
          : rnd() < 0.4
            ? year
            : year + Math.floor(rnd() * 10) - 5;
      const names = [{ givenName: g2, familyName: f2 }];
      pairs.push({
        a,
        b: { names, birthYear: y2, citizenship: rnd() < 0.6 ? citizenship : pick(countries) },
        same: false,
        kind,
      });
    }
  }
  return pairs;
}

function precisionRecall(results: Array<{ score: number; same: boolean }>) {
  const tp = results.filter((r) => r.same && r.score >= THRESHOLD).length;
  const fp = results.filter((r) => !r.same && r.score >= THRESHOLD).length;
  const fn = results.filter((r) => r.same && r.score < THRESHOLD).length;
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), tp, fp, fn };
}

describe("labelled evaluation", () => {
  const pairs = generate(400, 20_240_601);

  it(`precision and recall at ${THRESHOLD} are both ≥ 0.9`, () => {
    const results = pairs.map((p) => ({ ...p, score: scoreMatch(p.a, p.b).score }));
    const { precision, recall, tp, fp, fn } = precisionRecall(results);
    const n = (s: MatchSubject) =>
      `${s.names[0]!.givenName} ${s.names[0]!.familyName} ${s.birthYear ?? s.birthDate ?? "?"}`;
    const mistakes = results
      .filter((r) => r.same !== r.score >= THRESHOLD)
      .map((r) => `${r.same ? "missed" : "false match"} (${r.kind}) ${r.score}: ${n(r.a)} ~ ${n(r.b)}`);
    console.log(
      `matching evaluation: ${pairs.length} pairs, threshold ${THRESHOLD}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})\n${mistakes.join("\n")}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it("hand-labelled pairs from other naming conventions", () => {
    const subject = (s: string): MatchSubject => {
      const [givenName = "", familyName = ""] = s.split("|");
      return { names: [{ givenName, familyName }], birthYear: 1990 };
    };
    const results = HAND_LABELLED.map(([a, b, same]) => ({
      score: scoreMatch(subject(a), subject(b)).score,
      same,
      a,
      b,
    }));
    const { precision, recall, tp, fp, fn } = precisionRecall(results);
    const wrong = results
      .filter((r) => r.same !== r.score >= THRESHOLD)
      .map((r) => `${r.a} ~ ${r.b}: ${r.score}`);
    console.log(
      `hand-labelled: ${results.length} pairs: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})\n${wrong.join("\n")}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it("candidate generation (shared key or similar skeleton) brings the true pairs together", () => {
    let shared = 0;
    let similar = 0;
    let either = 0;
    const truePairs = pairs.filter((p) => p.same);
    for (const { a, b } of truePairs) {
      const x = indexNames(a.names);
      const y = indexNames(b.names);
      const key = y.nameKeys.some((k) => x.nameKeys.includes(k));
      const trigram = trigramSimilarity(x.nameSkeleton, y.nameSkeleton) >= TRIGRAM_THRESHOLD;
      if (key) shared++;
      if (trigram) similar++;
      if (key || trigram) either++;
    }
    const n = truePairs.length;
    console.log(
      `candidate recall: shared key ${shared}/${n}, skeleton trigram ≥ 0.3 ${similar}/${n}, either ${either}/${n}`,
    );
    expect(shared / n).toBeGreaterThanOrEqual(0.97);
    expect(similar / n).toBeGreaterThanOrEqual(0.9);
    expect(either / n).toBeGreaterThanOrEqual(0.98);
  });
});
