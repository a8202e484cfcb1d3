/**
 * Test helper: trigram similarity as PostgreSQL's pg_trgm computes it (`similarity()`, the
 * `%` operator with pg_trgm.similarity_threshold = 0.3): words of letters and digits, lower
 * case, each padded with two spaces before and one after, the set of their 3-grams, and
 * |A ∩ B| / |A ∪ B|.
 */
const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;

export function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.toLowerCase().split(WORD_SEPARATORS)) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

export function trigramSimilarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** pg_trgm's default `%` threshold. */
export const TRIGRAM_THRESHOLD = 0.3;
