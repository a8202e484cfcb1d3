/**
 * Realistic alternative spellings of a name, as different offices write it: for planting
 * duplicates in benchmark data and for the matching tests. The alternations are the ones
 * seen on documents (French vs English transcription, doubled letters, vowel of Ahmed/Ahmad,
 * Abdel/Abdul/Abd al-, Ben/Bin/Ibn), plus the known spellings of the name families.
 */
import { families } from "./families.ts";
import { partForms } from "./name.ts";

export interface VariantOptions {
  /** At most this many variants (default 8). */
  max?: number;
  /** Also return the name in its original script when known (Arabic, Bengali…). */
  scripts?: boolean;
}

/** [pattern, replacement] pairs; each variant applies one of them once. */
const ALTERNATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ou/, "u"],
  [/(?<=[^aeiou])u(?=[^aeiou])/, "ou"],
  [/sh/, "ch"],
  [/ch/, "sh"],
  [/(?<!d)j/, "dj"],
  [/dj/, "j"],
  [/kh/, "h"],
  [/(?<=^|[aeiou])h(?=[aeiou])/, "kh"],
  [/ph/, "f"],
  [/f/, "ph"],
  [/ee/, "i"],
  [/(?<=[^aeiou])i(?=[^aeiou])/, "ee"],
  [/(?<=.)y/, "i"],
  [/(?<=[a-z])i(?=[aeiou])/, "y"], // Mariam/Maryam
  [/ow(?=[^aeiou])/, "ou"], // Chowdhury/Choudhury
  [/([bdfklmnprstz])\1/, "$1"],
  [/(?<=[aeiou])([mnsl])(?=[aeiou])/, "$1$1"],
  [/(?<=[^aeiou])e(?=[^aeiou]+$)/, "a"],
  [/(?<=[^aeiou])a(?=[^aeiou]+$)/, "e"],
  [/q/, "k"],
  [/(?<=[aeiou])k(?=[aeiou])/, "q"],
  [/x/, "ks"],
  [/ks/, "x"],
  [/(?<=[aeiou]n)$/, "e"], // French Amine, Abderrahmane
  [/(?<=[aeiou]n)e$/, ""],
];

/** Spellings of the Arabic particles that offices write interchangeably. */
const PARTICLES: ReadonlyArray<readonly [RegExp, string[]]> = [
  [
    /^abd(?:\s+[ae]l[- ]?|[aeiou]+l[- ]?|[aeiou]*[ -]?)/i,
    ["Abdel", "Abdul", "Abd al-", "Abd el ", "Abdoul "],
  ],
  [/^(?:ben|bin|ibn) /i, ["Ben ", "Bin ", "Ibn "]],
  [/^(?:al|el)[- ]/i, ["Al-", "El-", "El ", ""]],
];

const WORD_START = /(^|[\s-])(\p{L})/gu;
const SPACES = /\s+/;
const ENDS_IN_LETTER = /[a-z]$/;

function capitalise(word: string): string {
  return word.replace(WORD_START, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** The variant with the capitals of the original at the same hyphen-separated pieces ("al-Rahman"). */
function matchCase(original: string, variant: string): string {
  const from = original.split("-");
  const to = variant.split("-");
  if (from.length !== to.length) return capitalise(variant);
  return to
    .map((piece, i) => {
      const first = from[i]![0];
      return first && first !== first.toLowerCase() ? piece.charAt(0).toUpperCase() + piece.slice(1) : piece;
    })
    .join("-");
}

function familyVariants(word: string, scripts: boolean): string[] {
  const [form] = partForms(word, false);
  const family = families.find((f) => form !== undefined && f.pattern.test(form));
  if (!family) return [];
  return scripts ? [...family.spellings, ...family.native] : family.spellings;
}

function particleVariants(name: string): string[] {
  const out: string[] = [];
  for (const [pattern, spellings] of PARTICLES) {
    const m = pattern.exec(name);
    if (!m) continue;
    const rest = name.slice(m[0].length);
    // "Abdel" + "rahman" is one word; "Abd al-" + "Rahman" keeps the capital.
    for (const s of spellings)
      out.push(capitalise(s) + (ENDS_IN_LETTER.test(s) ? rest.toLowerCase() : capitalise(rest)));
  }
  return out;
}

const MARKS = /\p{M}/gu;
const PARTICLE_WORD = /^(?:[ae]l|bin|ben|ibn|abd[aeiou]*l?|abu|abou)$/;

function wordVariants(word: string): string[] {
  const lower = word.toLowerCase().normalize("NFKD").replace(MARKS, "");
  if (lower.length <= 2 || PARTICLE_WORD.test(lower)) return [];
  // Documents often drop the diacritics (Traoré → Traore).
  const out: string[] = lower !== word.toLowerCase() ? [matchCase(word, lower)] : [];
  for (const [pattern, replacement] of ALTERNATIONS) {
    const changed = lower.replace(pattern, replacement);
    if (changed !== lower && changed.length > 1) out.push(matchCase(word, changed));
  }
  return out;
}

/**
 * Alternative spellings of one name part ("Mohamed", "Abd al-Rahman", "Shevchenko"), most
 * typical first, without the input itself. Multi-word names vary one word at a time.
 */
export function spellingVariants(name: string, options: VariantOptions = {}): string[] {
  const max = options.max ?? 8;
  const trimmed = name.trim();
  const found = new Set<string>([
    ...familyVariants(trimmed, options.scripts ?? false),
    ...particleVariants(trimmed),
  ]);
  const words = trimmed.split(SPACES);
  for (let i = 0; i < words.length; i++) {
    for (const v of familyVariants(words[i]!, false).concat(wordVariants(words[i]!))) {
      found.add(words.map((w, j) => (j === i ? v : w)).join(" "));
    }
  }
  found.delete(trimmed);
  return [...found].slice(0, max);
}
