/**
 * Spelling normalisation of one Latin word: the rules that make the usual transcription
 * families of migrants' names collapse to one form. Each rule is a real-world alternation,
 * e.g. French "ou"/"ch"/"dj" (Youssef, Rachid, Djamel) vs English "u"/"sh"/"j"
 * (Yusuf, Rashid, Jamal), or the digraphs of Arabic (kh, gh, th, dh) that spellings drop.
 */

/** Applied in order; the regexes are compiled once. */
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/tsch/g, "ch"], // German Tschetschenien
  [/sch/g, "sh"],
  [/dzh|dj/g, "j"], // Russian "Dzhamal", French "Djamel"
  [/ch/g, "sh"], // French Rachid/Aicha = Rashid/Aisha; Cyrillic ч is read the same on both sides
  [/kh/g, "h"], // Khaled/Haled, Cyrillic х
  [/gh/g, "g"],
  [/ph/g, "f"], // Mustapha
  [/th/g, "t"], // Othman
  [/dh/g, "d"], // Muadh
  [/ck/g, "k"],
  [/c(?=[eiy])/g, "s"], // Houcine = Husain
  [/[cq]/g, "k"], // Qasim/Kasim
  [/x/g, "ks"], // Alexander/Oleksandr
  [/ee/g, "i"], // Saeed/Said
  [/oo|ou|ow(?![aeiou])/g, "u"], // Mahmood, Youssef, Chowdhury
  [/(?<!^)y|^y(?![aeiou])/g, "i"], // y is a vowel except as the first consonant (Yusuf)
  [/u(?=[ae])/g, "w"], // Marouane = Marwan, Ouattara = Wattara
  [/lla$/, "llah"], // Abdulla = Abdullah
];

const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/**
 * A lower-case ASCII word (from transliterate) to its canonical spelling. Doubled letters are
 * collapsed later (collapseDoubles), after the particles are resolved: "Abdallah" needs its "ll".
 */
export function normaliseWord(word: string): string {
  let out = cache.get(word);
  if (out !== undefined) return out;
  out = word;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, out);
  return out;
}

const DOUBLES = /(.)\1+/g;

/** Mohammed = Mohamed, Hassan = Hasan. */
export function collapseDoubles(word: string): string {
  return word.replace(DOUBLES, "$1");
}
