/**
 * The consonant skeleton of a normalised word: what survives all transcriptions of a name.
 * Arabic script writes no short vowels and Latin spellings disagree on them (Mohamed,
 * Muhammad), so inner vowels are dropped. Kept:
 * - the first letter, with any initial vowel written "a" (Omar/Umar, Ibrahim/Ebrahim, and the
 *   ʿayn of Arabic script, which Latin spellings render as any vowel);
 * - a final vowel class (a, i, u), which separates Amin from Amina, Ali from Al, Mario from
 *   Maria; a lone final "e" is the silent one of French spellings (Amine, Abderrahmane) and
 *   is dropped.
 * w and v are one consonant (Ivanov/Iwanow, Marwan/Marvan). A final "h" after a vowel is
 * silent or optional in spellings (Aminah/Amina, Fatemeh, Mensah/Mensa, Bah/Ba, Salah/Saleh),
 * so it is dropped; the Arabic reader writes a final ح/ه as "ah" to meet it.
 */

function isVowel(ch: string | undefined): boolean {
  return ch === "a" || ch === "e" || ch === "i" || ch === "o" || ch === "u";
}

function finalVowel(tail: string): string {
  if (tail === "" || tail === "e") return "";
  const vowel = tail.length > 1 && tail.endsWith("e") ? tail[tail.length - 2] : tail[tail.length - 1];
  if (vowel === "a" || vowel === "e") return "a";
  return vowel === "i" ? "i" : "u";
}

/** "aminah" → "amina"; Persian "fatemeh" → "fatema" (its -eh is the feminine -a). */
function silentFinalH(word: string): string {
  if (word.length < 3 || !word.endsWith("h") || !isVowel(word[word.length - 2])) return word;
  return word.endsWith("eh") ? `${word.slice(0, -2)}a` : word.slice(0, -1);
}

export function skeleton(word: string): string {
  if (!word) return "";
  const form = silentFinalH(word);
  let last = form.length - 1;
  while (last >= 0 && isVowel(form[last])) last--;
  if (last < 0) return "a";
  const first = form[0]!;
  let out = isVowel(first) ? "a" : first === "w" ? "v" : first;
  for (let i = 1; i <= last; i++) {
    const ch = form[i]!;
    if (!isVowel(ch)) out += ch === "w" ? "v" : ch;
  }
  return out + finalVowel(form.slice(last + 1));
}
