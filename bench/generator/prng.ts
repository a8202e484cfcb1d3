/**
 * A small seeded PRNG (sfc32, seeded through splitmix32): the same seed gives the same data on
 * every machine and Node version, which Math.random cannot.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const split = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = split();
    this.b = split();
    this.c = split();
    this.d = split();
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** A uniform 32-bit unsigned integer. */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** [0, 1) */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max] (both inclusive). */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[this.int(items.length)] as T;
  }

  /**
   * Picks with a Zipf-like skew (rank r has weight 1/(r+1)^s): real name frequencies are skewed,
   * a few names (Mohamed, Diallo, Shevchenko) are very common, most are rare.
   */
  zipf<T>(items: readonly T[], s = 0.9): T {
    return items[zipfIndex(items.length, s, this.next())] as T;
  }

  /** Picks by weights given as [item, weight] pairs. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of entries) total += w;
    let x = this.next() * total;
    for (const [item, w] of entries) {
      x -= w;
      if (x < 0) return item;
    }
    return entries[entries.length - 1]![0];
  }

  /** A hex string of `n` characters. */
  hex(n: number): string {
    let out = "";
    while (out.length < n) {
      const x = this.u32();
      out +=
        (HEX[x & 255] ?? "") +
        (HEX[(x >>> 8) & 255] ?? "") +
        (HEX[(x >>> 16) & 255] ?? "") +
        (HEX[x >>> 24] ?? "");
    }
    return out.slice(0, n);
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

const zipfTables = new Map<string, Float64Array>();

/** Index drawn from cumulative Zipf weights (tables cached per list length and exponent). */
function zipfIndex(n: number, s: number, u: number): number {
  const key = `${n}:${s}`;
  let cdf = zipfTables.get(key);
  if (!cdf) {
    cdf = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      total += 1 / (i + 1) ** s;
      cdf[i] = total;
    }
    for (let i = 0; i < n; i++) cdf[i] = (cdf[i] ?? 0) / total;
    zipfTables.set(key, cdf);
  }
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cdf[mid] ?? 1) < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
