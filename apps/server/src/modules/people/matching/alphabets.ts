/**
 * Letter tables for the alphabetic scripts (Cyrillic, Greek, Georgian, Armenian), built once.
 * Romanisations follow what appears on the documents our beneficiaries carry (passport
 * conventions: Ukrainian national system, BGN/ICAO-like for Russian), not scholarly
 * transliteration: we want "Shevchenko", not "Ševčenko".
 */
import { table } from "./tables.ts";

/** Russian (and the Cyrillic letters of Belarusian, Serbian, Macedonian, Kazakh, Tajik). */
export const cyrillic = table(
  "а=a б=b в=v г=g ґ=g д=d е=e ё=yo є=ye ж=zh з=z и=i і=i ї=yi й=y к=k л=l м=m н=n о=o п=p р=r " +
    "с=s т=t у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya ў=u ђ=dj ј=j љ=lj њ=nj ћ=c " +
    "џ=dz ѓ=gj ќ=kj ә=a ғ=gh қ=q ң=ng ө=o ұ=u ү=u һ=h ӣ=i ӯ=u ҳ=h ҷ=j",
);

/** Where Ukrainian (detected by і ї є ґ) differs from Russian: г is h, и is y. */
export const ukrainian = table("г=h и=y є=ie ї=i й=i");

/** Greek letters without accents (accents are stripped before lookup). */
export const greek = table(
  "α=a β=v γ=g δ=d ε=e ζ=z η=i θ=th ι=i κ=k λ=l μ=m ν=n ξ=x ο=o π=p ρ=r σ=s ς=s τ=t υ=i φ=f χ=h ψ=ps ω=o",
);

/** Greek vowel and consonant digraphs, read before single letters. */
export const greekDigraphs = table("ου=u ει=i οι=i αι=e αυ=av ευ=ev γγ=ng γκ=g μπ=b ντ=d");

/** Georgian Mkhedruli (Mtavruli capitals become Mkhedruli with toLowerCase). */
export const georgian = table(
  "ა=a ბ=b გ=g დ=d ე=e ვ=v ზ=z თ=t ი=i კ=k ლ=l მ=m ნ=n ო=o პ=p ჟ=zh რ=r ს=s ტ=t უ=u ფ=p ქ=k " +
    "ღ=gh ყ=q შ=sh ჩ=ch ც=ts ძ=dz წ=ts ჭ=ch ხ=kh ჯ=j ჰ=h",
);

/** Armenian (ու is read as a digraph; ե and ո take a glide at the start of a word). */
export const armenian = table(
  "ա=a բ=b գ=g դ=d ե=e զ=z է=e ը=e թ=t ժ=zh ի=i լ=l խ=kh ծ=ts կ=k հ=h ձ=dz ղ=gh ճ=ch մ=m յ=y " +
    "ն=n շ=sh ո=o չ=ch պ=p ջ=j ռ=r ս=s վ=v տ=t ր=r ց=ts ւ=v փ=p ք=k և=ev օ=o ֆ=f",
);

/** Latin letters that NFKD does not decompose into a base letter plus marks. */
export const latinSpecials = table("ß=ss ẞ=ss ø=o ł=l đ=d ı=i æ=ae œ=oe þ=th ð=d ħ=h ŋ=ng ſ=s ə=e ɛ=e ɔ=o");

const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/;

/** Ukrainian names are written with і/ї/є/ґ somewhere; otherwise read Cyrillic as Russian. */
export function looksUkrainian(text: string): boolean {
  return UKRAINIAN_LETTERS.test(text);
}

export function cyrillicWord(word: string, isUkrainian: boolean): string {
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const mapped =
      (isUkrainian && (i > 0 || ch === "г" || ch === "и") ? ukrainian.get(ch) : undefined) ??
      cyrillic.get(ch);
    out += mapped ?? ch;
  }
  return out;
}

/** Decomposes accented Greek letters (ά → α) once per word; Greek has no letter that needs them. */
const COMBINING = /\p{M}/gu;

export function greekWord(word: string): string {
  const base = word.normalize("NFD").replace(COMBINING, "");
  let out = "";
  for (let i = 0; i < base.length; i++) {
    const pair = greekDigraphs.get(base.slice(i, i + 2));
    // μπ/ντ/γκ are b/d/g only at the start of a word; inside it they stay mb/nd/ng.
    if (pair !== undefined && (i === 0 || !"bdg".includes(pair))) {
      out += pair;
      i++;
      continue;
    }
    const ch = base[i]!;
    out += greek.get(ch) ?? ch;
  }
  return out;
}

export function armenianWord(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch === "ո" && word[i + 1] === "ւ") {
      out += "u";
      i++;
    } else if (i === 0 && ch === "ե") out += "ye";
    else if (i === 0 && ch === "ո") out += "vo";
    else out += armenian.get(ch) ?? ch;
  }
  return out;
}

export function georgianWord(word: string): string {
  let out = "";
  for (const ch of word) out += georgian.get(ch) ?? ch;
  return out;
}
