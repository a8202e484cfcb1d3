/**
 * Syllabic scripts to Latin: Ge'ez/Ethiopic (Tigrinya, Amharic) and the Brahmic abugidas
 * Bengali and Devanagari. Each syllable becomes consonant + vowel, the way Eritrean, Ethiopian,
 * Bangladeshi and Indian names are spelled on their passports ("ዮናስ" → "yonas").
 */
import { table } from "./tables.ts";

// ---- Ge'ez: one code point per syllable, rows of 8 (consonant) × columns (vowel order) ----

/**
 * The consonant of each row of 8 code points from U+1200 (ሀ ለ ሐ መ …); "-" for the glottal stop
 * and ʿayin rows, which only carry a vowel (አ ዐ).
 */
const ETHIOPIC_ROWS =
  "h l h m s r s sh q qw q qw b v t ch h hw n ny - k kw kh khw w - z zh y d d j g gw g t ch p ts ts f p";
const ETHIOPIC_CONSONANTS = ETHIOPIC_ROWS.split(" ");
/** Rows whose first order is written "a" in Latin (Haile, Hagos, Abraham), not "e" (Tesfay). */
const GUTTURAL_ROWS = new Set([0x1200, 0x1210, 0x1280, 0x12a0, 0x12d0]);
/**
 * The vowel orders: ä, u, i, a, e, ə (usually silent: "ስ" → "s"), o, wa. The sixth order of
 * the vowel-carrier rows is the vowel "e" of Eyob/Efrem.
 */
const ORDERS = ["e", "u", "i", "a", "e", "", "o", "wa"];

function ethiopicSyllable(code: number): string {
  const row = code & ~7;
  const entry = ETHIOPIC_CONSONANTS[(row - 0x1200) / 8];
  if (entry === undefined || row < 0x1200) return "";
  const consonant = entry === "-" ? "" : entry;
  const order = code & 7;
  if (order === 0 && GUTTURAL_ROWS.has(row)) return `${consonant}a`;
  if (order === 5 && consonant === "") return "e";
  return consonant + ORDERS[order]!;
}

export function ethiopicWord(word: string): string {
  let out = "";
  for (const ch of word) out += ethiopicSyllable(ch.codePointAt(0)!);
  return out;
}

// ---- Brahmic abugidas: consonants carry an inherent "a" unless a vowel sign or virama follows ----

interface Abugida {
  consonants: Map<string, string>;
  /** Consonant + nukta (NFC splits the precomposed letters). */
  nukta: Map<string, string>;
  vowels: Map<string, string>;
  signs: Map<string, string>;
  virama: string;
  nuktaSign: string;
}

const BENGALI: Abugida = {
  consonants: table(
    "ক=k খ=kh গ=g ঘ=gh ঙ=ng চ=ch ছ=chh জ=j ঝ=jh ঞ=n ট=t ঠ=th ড=d ঢ=dh ণ=n ত=t থ=th দ=d ধ=dh " +
      "ন=n প=p ফ=f ব=b ভ=bh ম=m য=y র=r ল=l শ=sh ষ=sh স=s হ=h ৎ=t",
  ),
  nukta: table("ড=r ঢ=rh য=y"),
  vowels: table("অ=a আ=a ই=i ঈ=i উ=u ঊ=u ঋ=ri এ=e ঐ=oi ও=o ঔ=ou ং=ng ঃ=h ঁ="),
  signs: table("া=a ি=i ী=i ু=u ূ=u ৃ=ri ে=e ৈ=oi ো=o ৌ=ou"),
  virama: "্",
  nuktaSign: "়",
};

const DEVANAGARI: Abugida = {
  consonants: table(
    "क=k ख=kh ग=g घ=gh ङ=n च=ch छ=chh ज=j झ=jh ञ=n ट=t ठ=th ड=d ढ=dh ण=n त=t थ=th द=d ध=dh " +
      "न=n प=p फ=ph ब=b भ=bh म=m य=y र=r ल=l ळ=l व=v श=sh ष=sh स=s ह=h",
  ),
  nukta: table("क=q ख=kh ग=gh ज=z ड=r ढ=rh फ=f य=y"),
  vowels: table("अ=a आ=a इ=i ई=i उ=u ऊ=u ऋ=ri ए=e ऐ=ai ओ=o औ=au ं=n ः=h ँ=n"),
  signs: table("ा=a ि=i ी=i ु=u ू=u ृ=ri े=e ै=ai ो=o ौ=au ॅ=e ॉ=o"),
  virama: "्",
  nuktaSign: "़",
};

function abugidaWord(word: string, script: Abugida): string {
  const chars = [...word];
  let out = "";
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    const consonant = script.consonants.get(ch);
    if (consonant === undefined) {
      out += script.vowels.get(ch) ?? script.signs.get(ch) ?? "";
      i++;
      continue;
    }
    let j = i + 1;
    let latin = consonant;
    if (chars[j] === script.nuktaSign) {
      latin = script.nukta.get(ch) ?? consonant;
      j++;
    }
    const next = chars[j];
    const sign = next === undefined ? undefined : script.signs.get(next);
    if (next === script.virama || sign !== undefined) j++;
    // The inherent vowel is silent at the end of a word (schwa deletion): "রহমান" → "rahaman".
    out += latin + (sign ?? (next === undefined || next === script.virama ? "" : "a"));
    i = j;
  }
  return out;
}

export function bengaliWord(word: string): string {
  return abugidaWord(word, BENGALI);
}

export function devanagariWord(word: string): string {
  return abugidaWord(word, DEVANAGARI);
}
