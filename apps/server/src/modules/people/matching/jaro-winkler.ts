/**
 * Jaro-Winkler similarity (0…1), the usual measure for short personal names: it tolerates
 * transpositions and rewards a common prefix, where names agree most often.
 * Match flags live in two module-level buffers so a call allocates nothing (it runs thousands
 * of times per match request).
 */

const BUFFER = 64;
const matchedA = new Uint8Array(BUFFER);
const matchedB = new Uint8Array(BUFFER);

function jaro(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  const fa = la <= BUFFER ? matchedA.fill(0, 0, la) : new Uint8Array(la);
  const fb = lb <= BUFFER ? matchedB.fill(0, 0, lb) : new Uint8Array(lb);
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (fb[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      fa[i] = 1;
      fb[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (!fa[i]) continue;
    while (!fb[k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  return (matches / la + matches / lb + (matches - transpositions / 2) / matches) / 3;
}

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length > 0 ? 1 : 0;
  if (a.length === 0 || b.length === 0) return 0;
  const j = jaro(a, b);
  if (j <= 0.7) return j;
  let prefix = 0;
  const max = Math.min(4, a.length, b.length);
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * 0.1 * (1 - j);
}

const row = new Uint8Array(BUFFER + 1);

/** Levenshtein distance for short strings (skeletons): one row, no allocation. */
export function editDistance(a: string, b: string): number {
  if (a.length > BUFFER || b.length > BUFFER) return Math.max(a.length, b.length);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length]!;
}
