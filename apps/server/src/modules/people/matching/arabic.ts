/**
 * Arabic-script names (Arabic, Persian, Urdu, Pashto, Kurdish letters) to Latin.
 *
 * The script writes consonants and long vowels only, so "محمد" becomes "mhmd": the consonant
 * skeleton, which is all the matcher needs (Latin spellings are reduced to the same skeleton).
 * و and ي are vowels (u, i) inside a word and consonants (w, y) at its start, after an alif or
 * before a long vowel, which is how Latin spellings render them ("Marwan", "Yusuf", "Dawud").
 */
import { table } from "./tables.ts";

/**
 * Letters without context. ة (ta marbuta) is the feminine "a" of Fatima; ـ (tatweel) and ء
 * (hamza on the line) are silent; the second line has the Persian, Urdu, Pashto, Kurdish and
 * Maghrebi letters.
 */
const LETTERS = table(
  "ا=a أ=a إ=i آ=a ٱ=a ء= ؤ=u ئ=i ب=b ت=t ث=th ج=j ح=h خ=kh د=d ذ=dh ر=r ز=z س=s ش=sh ص=s ض=d " +
    "ط=t ظ=z غ=gh ف=f ق=q ك=k ل=l م=m ن=n ه=h ى=a ة=a ـ= \u0670=a " +
    "پ=p چ=ch ژ=zh گ=g ک=k ڭ=g ڨ=g ڤ=v ہ=h ھ=h ۃ=a ۀ=e ے=e ې=e ۍ=i ٹ=t ڈ=d ڑ=r ں=n ۆ=o ێ=e ە=e ڵ=l ڕ=r",
);

const WAW = "و";
const YEH = new Set(["ي", "ی"]);
const AIN = "ع";
const ALIF = new Set(["ا", "أ", "إ", "آ", "ٱ"]);
/** Before these a و/ي is a consonant: a long vowel, the feminine ending, the other glide (Parviz). */
const LONG_AFTER = new Set(["ا", "ى", "ة", "ۃ", "ي", "ی", "و"]);

const FINAL_H = new Set(["ح", "ه", "ہ", "ھ"]);
const VOWEL_LETTERS = new Set(["ا", "أ", "إ", "آ", "و", "ي", "ی", "ى", "ع"]);

/** Harakat, Quranic marks and other combining marks carry no letter. */
function isMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || (code >= 0x06d6 && code <= 0x06ed);
}

function letterAt(chars: string[], i: number): string {
  const ch = chars[i]!;
  const prev = chars[i - 1];
  const next = chars[i + 1];
  const glide =
    i === 0 || (prev !== undefined && ALIF.has(prev)) || (next !== undefined && LONG_AFTER.has(next));
  if (ch === WAW) return glide ? "w" : "u";
  if (YEH.has(ch)) return glide ? "y" : "i";
  // ع is written as a vowel or not at all in Latin spellings (Ali, Omar, Saad, Rabi).
  if (ch === AIN) return i === chars.length - 1 ? "" : "a";
  // A final ح/ه after a consonant follows a vowel in every Latin spelling (Salah, Farah, Allah).
  if (FINAL_H.has(ch) && i === chars.length - 1 && i > 0 && !VOWEL_LETTERS.has(chars[i - 1]!)) return "ah";
  return LETTERS.get(ch) ?? "";
}

function lettersToLatin(chars: string[]): string {
  let out = "";
  for (let i = 0; i < chars.length; i++) out += letterAt(chars, i);
  return out;
}

/**
 * One Arabic-script word to Latin. The article ال is split off as its own word "al" so the
 * name rules can treat it like "al-"/"el-" in Latin spellings ("الرحمن" → "al", "rhmn").
 */
export function arabicWord(word: string): string[] {
  const chars: string[] = [];
  for (const ch of word) if (!isMark(ch.codePointAt(0)!)) chars.push(ch);
  if (chars.length >= 4 && (chars[0] === "ا" || chars[0] === "ٱ") && chars[1] === "ل") {
    return ["al", lettersToLatin(chars.slice(2))];
  }
  return [lettersToLatin(chars)];
}
