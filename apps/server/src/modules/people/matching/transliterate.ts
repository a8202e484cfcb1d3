/**
 * Any script to lower-case ASCII Latin, the common ground on which spellings are compared.
 * Words are split into runs of one script (copy-pasted names sometimes mix Cyrillic and Latin
 * look-alike letters) and each run goes through its script's reader.
 */
import { bengaliWord, devanagariWord, ethiopicWord } from "./abugidas.ts";
import {
  armenianWord,
  cyrillicWord,
  georgianWord,
  greekWord,
  latinSpecials,
  looksUkrainian,
} from "./alphabets.ts";
import { arabicWord } from "./arabic.ts";

type Script =
  | "latin"
  | "arabic"
  | "cyrillic"
  | "greek"
  | "ethiopic"
  | "bengali"
  | "devanagari"
  | "georgian"
  | "armenian"
  | "inherit";

/**
 * Dropped without splitting the word: apostrophes and ʿayn/hamza signs ("N'Diaye" → "ndiaye"),
 * zero-width (non-)joiners of Persian and Bengali spelling, soft hyphens.
 */
const DROPPED = /['’‘ʼʻ`´ʿʾ\u00ad]|\u200c|\u200d/g;
/** Anything that is not a letter or a mark separates words (spaces, hyphens, dots, digits). */
const SEPARATORS = /[^\p{L}\p{M}]+/u;
const WHITESPACE = /\s+/u;
const NOT_ASCII_LETTER = /[^a-z]/g;

function scriptOf(code: number): Script {
  if (code < 0x0300) return "latin";
  if (code < 0x0370) return "inherit"; // combining diacritics belong to the letter before
  if (code < 0x0400) return "greek";
  if (code < 0x0530) return "cyrillic";
  if (code < 0x0590) return "armenian";
  if (code >= 0x0600 && code < 0x0900) return "arabic";
  if (code >= 0x0900 && code < 0x0980) return "devanagari";
  if (code >= 0x0980 && code < 0x0a00) return "bengali";
  if ((code >= 0x10a0 && code < 0x1100) || (code >= 0x1c90 && code < 0x1cc0)) return "georgian";
  if (code >= 0x1200 && code < 0x13a0) return "ethiopic";
  if (code >= 0x1f00 && code < 0x2000) return "greek";
  return "latin"; // Latin extended blocks; anything unknown is dropped by latinLetters
}

/** Latin letters without diacritics: NFKD splits "é" into "e" + accent; a few letters need a table. */
function latinLetters(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFKD")) out += latinSpecials.get(ch) ?? ch;
  return out.replace(NOT_ASCII_LETTER, "");
}

function runToLatin(run: string, script: Script, wordStart: boolean, ukrainian: boolean): string[] {
  switch (script) {
    case "arabic":
      return wordStart ? arabicWord(run) : [arabicWord(run).join("")];
    case "cyrillic":
      return [cyrillicWord(run, ukrainian)];
    case "greek":
      return [greekWord(run)];
    case "ethiopic":
      return [ethiopicWord(run)];
    case "bengali":
      return [bengaliWord(run)];
    case "devanagari":
      return [devanagariWord(run)];
    case "georgian":
      return [georgianWord(run)];
    case "armenian":
      return [armenianWord(run)];
    default:
      return [run];
  }
}

/** One word of one or more script runs to Latin pieces (an Arabic article is a piece of its own). */
function wordToLatin(word: string, ukrainian: boolean, out: string[]): void {
  let pieces: string[] = [""];
  let run = "";
  let runScript: Script = "inherit";
  const flush = () => {
    if (!run) return;
    const latin = runToLatin(run, runScript, pieces.length === 1 && pieces[0] === "", ukrainian);
    pieces[pieces.length - 1] += latin[0]!;
    pieces = pieces.concat(latin.slice(1));
  };
  for (const ch of word) {
    const script = scriptOf(ch.codePointAt(0)!);
    if (script !== runScript && script !== "inherit") {
      flush();
      run = "";
      runScript = script;
    }
    run += ch;
  }
  flush();
  for (const piece of pieces) {
    const latin = latinLetters(piece);
    if (latin) out.push(latin);
  }
}

/**
 * The words of a name in lower-case Latin. Hyphens split words ("al-Rahman" → "al", "rahman")
 * and the Arabic article is split off ("الرحمن" → "al", "rhmn"), so the name rules see both
 * spellings the same way.
 */
export function latinWords(text: string, ukrainian = looksUkrainian(text)): string[] {
  const out: string[] = [];
  const words = text.normalize("NFKC").toLowerCase().replace(DROPPED, "").split(SEPARATORS);
  for (const word of words) if (word) wordToLatin(word, ukrainian, out);
  return out;
}

/**
 * Transliterates a name to lower-case Latin without diacritics, apostrophes or hyphens
 * ("Abd al-Rahman" → "abd alrahman", "Олександр" → "oleksandr", "محمد" → "mhmd").
 * Words stay separated by single spaces.
 */
export function transliterate(text: string): string {
  const ukrainian = looksUkrainian(text);
  const out: string[] = [];
  for (const chunk of text.split(WHITESPACE)) {
    const word = latinWords(chunk, ukrainian).join("");
    if (word) out.push(word);
  }
  return out.join(" ");
}
