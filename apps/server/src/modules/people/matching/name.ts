/**
 * A name (given + family, any script) prepared for matching: transliterated, normalised word
 * by word, with the Arabic particles resolved, each word reduced to its skeleton.
 *
 * Particles: the article (al-, el-, ar-Rahman, as-Sayed) is dropped; "bin/ben/ibn/bint" and
 * "abd/abdel/abdul…", "abu" are glued to the next word, so "Abd al-Rahman", "Abdul Rahman",
 * "Abderrahmane" and "عبد الرحمن" all become the word "abdrahman" / skeleton "abdrhmn".
 */
import { looksUkrainian } from "./alphabets.ts";
import { familyOf } from "./families.ts";
import { skeleton } from "./skeleton.ts";
import { collapseDoubles, normaliseWord } from "./spelling.ts";
import { latinWords, transliterate } from "./transliterate.ts";

export interface Token {
  /** Normalised Latin spelling ("muhamed"). */
  form: string;
  /** Consonant skeleton ("mhmd"), or the family's skeleton. */
  skel: string;
  /** Known name family (families.ts), if any. */
  family: string | null;
}

export interface PreparedName {
  given: Token[];
  family: Token[];
  /** All words of the part as one word ("Abdel Aziz" ≈ "Abdelaziz"); null for one-word parts. */
  givenWhole: Token | null;
  familyWhole: Token | null;
  givenText: string;
  familyText: string;
  /** Written in Arabic script: no short vowels, so only skeletons are comparable. */
  abjad: boolean;
  /** Written in a non-Latin script. */
  native: boolean;
}

const ARTICLES = new Set(["al", "el", "ul", "il", "ol"]);
/** Sun-letter articles are written assimilated: ar-Rahman, as-Sayed, ash-Shami, ad-Din. */
const SUN_ARTICLE = /^[aeu](?:sh|[tdrzsn])$/;
const SONS = new Set(["bin", "ben", "ibn", "bn", "bint", "bent", "bnt", "abn", "ibnu", "uld", "wuld"]);
/**
 * abd, abdel, abdul, abdur, abu, abul… glue to the next word. Abdi and Abdou are names of their
 * own (Somali "Abdi Farah" is Abdi son of Farah), so a vowel after "abd" needs its consonant.
 */
const JOINER = /^(?:abd|abd[aeiou]+(?:sh|[lrsdtnz])|ab[uo](?:[aeiou]?l)?)$/;
const ATTACHED_ARTICLE = /^[ae]l[^aeiou]/;
const ARTICLE_DIN = /^[aeu][ld]dine?$/;
const ARABIC_SCRIPT = /[\u0600-\u08ff]/;
const NON_LATIN = /[\u0370-\u1dff\u1f00-\u1fff\u2c80-\ud7ff\uf900-\ufdff\ufe70-\ufeff]/;

function isArticle(word: string, next: string): boolean {
  return ARTICLES.has(word) || (SUN_ARTICLE.test(word) && next.startsWith(word.slice(1)));
}

function mergeParticles(words: string[]): string[] {
  const out: string[] = [];
  let carry = "";
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    if (next !== undefined && isArticle(words[i]!, next)) continue;
    const word = carry + words[i];
    carry = "";
    if (next !== undefined && SONS.has(word)) carry = "bin";
    else if (next !== undefined && JOINER.test(word)) carry = word;
    else out.push(word);
  }
  return out;
}

/** "abdelrahman" → "abdrahman", "abdullah" → "abdlah": the article inside abd-names goes. */
function dropAbdArticle(word: string): string {
  if (!word.startsWith("abd") || word.length <= 4) return word;
  let i = 3;
  while (i < word.length && "aeiou".includes(word[i]!)) i++;
  if (i > 3 && word[i] === "l" && i + 1 < word.length) i++;
  return `abd${word.slice(i)}`;
}

/**
 * "Elsayed", "Alhassan": an article written attached, when what remains is a name (≥ 4
 * letters: Elham, Alma stay). "Eldin", "Eddine", "Uddin" are the article + "din" of Nour Eldin.
 */
function dropAttachedArticle(word: string): string {
  if (ARTICLE_DIN.test(word)) return "din";
  return ATTACHED_ARTICLE.test(word) && word.length >= 6 ? word.slice(2) : word;
}

const tokens = new Map<string, Token>();
const names = new Map<string, PreparedName>();
const CACHE_LIMIT = 20_000;
const MAX_WORDS = 8;

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

export function makeToken(form: string): Token {
  const cached = tokens.get(form);
  if (cached) return cached;
  const family = familyOf(form);
  return remember(tokens, form, {
    form,
    skel: family?.skeleton ?? skeleton(form),
    family: family?.id ?? null,
  });
}

/** The normalised words of one name part (at most MAX_WORDS: real names have fewer). */
export function partForms(text: string, ukrainian: boolean): string[] {
  const words = latinWords(text, ukrainian).map(normaliseWord);
  return mergeParticles(words)
    .slice(0, MAX_WORDS)
    .map((w) => collapseDoubles(dropAttachedArticle(dropAbdArticle(w))));
}

function whole(forms: string[]): Token | null {
  return forms.length > 1 ? makeToken(collapseDoubles(forms.join(""))) : null;
}

export function prepareName(givenName: string, familyName: string): PreparedName {
  const key = `${givenName}\u0000${familyName}`;
  const cached = names.get(key);
  if (cached) return cached;
  const raw = `${givenName} ${familyName}`;
  const ukrainian = looksUkrainian(raw);
  const given = partForms(givenName, ukrainian);
  const family = partForms(familyName, ukrainian);
  return remember(names, key, {
    given: given.map(makeToken),
    family: family.map(makeToken),
    givenWhole: whole(given),
    familyWhole: whole(family),
    givenText: transliterate(givenName),
    familyText: transliterate(familyName),
    abjad: ARABIC_SCRIPT.test(raw),
    native: NON_LATIN.test(raw),
  });
}
