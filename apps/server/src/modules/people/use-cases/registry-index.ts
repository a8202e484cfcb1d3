import type { Tx } from "../../../platform/db/database.ts";
import { loadRegistryKeysPage, type RegistryKeysRow } from "../bulk-duplicates.repository.ts";

/**
 * The name keys of the registry an organisation sees (its own people and those granted to it),
 * held in memory by phonetic name key AND birth year: candidate generation for tens of thousands
 * of rows at once (the spreadsheet import) in microseconds a row instead of one database call each.
 *
 * Only what candidate generation needs is kept (id, birth year, keys: ≈ 100 bytes a person); the
 * candidates' names, dates, citizenship and tax code are read per batch by id, and tax codes are
 * compared in SQL (people_tax_code_idx).
 *
 * The key rules are those of people_match_candidates (migration 0005): people sharing a rare key
 * of the name; a key carried by many people (more than 1 in 2,000 of those indexed, at least 20)
 * counts only together with a second key of the name; a name with one common key alone ("Ali
 * Ali") takes that key's holders up to the limit. On top of them, only people born in the years
 * the caller asks for (`birthYears`) and people with no birth year are candidates: the import
 * asks for the probe's birth year, since a candidate born in another year cannot reach the
 * duplicate score (see duplicateYearWindow). Lists per (key, year) are short even for the most common keys
 * ("mhmd", ~70,000 holders in a million, ~1,200 a year), so a common pair is intersected in a few
 * microseconds; without the years, the intersection ran over the whole lists (≈ 13 ms a row at a
 * million people).
 */
export interface RegistryIndex {
  /** People indexed. */
  readonly size: number;
  /**
   * Up to `max` candidates (person ids) for a name's keys, among people born in one of
   * `birthYears` (in order of preference) or with no birth year, and passing `keep` when given;
   * those sharing most keys first.
   */
  candidates(
    keys: readonly string[],
    birthYears: readonly number[],
    max: number,
    keep?: (candidate: CandidateHint) => boolean,
  ): string[];
}

/** What the index knows of a candidate besides its keys: enough to rule many out before reading them. */
export interface CandidateHint {
  birthYear: number | null;
  /** "MM-DD" of the birth date, when known. */
  birthDay: string | null;
  sex: string | null;
  citizenship: string | null;
}

const SEXES = [null, "female", "male", "other", "unknown"] as const;

/** A key held by more people than this (and more than 1 in 2,000) is too common to find candidates alone. */
const COMMON_FLOOR = 20;
/** The bucket of people whose birth year is unknown. */
const NO_YEAR = -1;

function intersectSorted(a: readonly number[], b: readonly number[], add: (i: number) => void): void {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      add(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
}

/** Fills a RegistryIndex page by page (the import reads the registry in short transactions). */
export class RegistryIndexBuilder {
  private readonly ids: string[] = [];
  private readonly years: number[] = [];
  /** month × 100 + day of the birth date, 0 when unknown. */
  private readonly days: number[] = [];
  /** Position in SEXES. */
  private readonly sexes: number[] = [];
  /** Position in `countries` (0: unknown). */
  private readonly citizenships: number[] = [];
  private readonly countries: (string | null)[] = [null];
  private readonly countryOf = new Map<string, number>();
  private readonly holders = new Map<string, number>();
  /** key → birth year (NO_YEAR when unknown) → positions in `ids`, ascending. */
  private readonly buckets = new Map<string, Map<number, number[]>>();

  add(rows: readonly RegistryKeysRow[]): void {
    // Pages never overlap (keyset), nor do the two arms (own people, others' granted ones).
    for (const row of rows) {
      const position = this.ids.length;
      this.ids.push(row.id);
      const year = row.birthYear ?? NO_YEAR;
      this.years.push(year);
      const date = row.birthDate;
      this.days.push(
        date && date.length >= 10 ? Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10)) : 0,
      );
      this.sexes.push(Math.max(0, SEXES.indexOf((row.sex ?? null) as (typeof SEXES)[number])));
      this.citizenships.push(this.country(row.citizenship ?? null));
      const keys = row.nameKeys;
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k] as string;
        if (keys.indexOf(key) !== k) continue;
        this.holders.set(key, (this.holders.get(key) ?? 0) + 1);
        let byYear = this.buckets.get(key);
        if (!byYear) {
          byYear = new Map();
          this.buckets.set(key, byYear);
        }
        const list = byYear.get(year);
        if (list) list.push(position);
        else byYear.set(year, [position]);
      }
    }
  }

  private country(code: string | null): number {
    if (!code) return 0;
    let n = this.countryOf.get(code);
    if (n === undefined) {
      n = this.countries.length;
      this.countries.push(code);
      this.countryOf.set(code, n);
    }
    return n;
  }

  build(): RegistryIndex {
    const { ids, holders, buckets, years: yearOf, days, sexes, citizenships, countries } = this;
    const hintOf = (p: number): CandidateHint => {
      const year = yearOf[p] ?? NO_YEAR;
      const day = days[p] ?? 0;
      const mmdd = `${String(Math.floor(day / 100)).padStart(2, "0")}-${String(day % 100).padStart(2, "0")}`;
      return {
        birthYear: year === NO_YEAR ? null : year,
        birthDay: day ? mmdd : null,
        sex: SEXES[sexes[p] ?? 0] ?? null,
        citizenship: countries[citizenships[p] ?? 0] ?? null,
      };
    };
    const commonAbove = Math.max(COMMON_FLOOR, Math.ceil(ids.length / 2000));
    const none: readonly number[] = [];
    const bucket = (key: string, year: number) => buckets.get(key)?.get(year) ?? none;
    return {
      size: ids.length,
      candidates(keys, birthYears, max, keep) {
        // Every key of the name counts, also those nobody holds: a name of two words is never a
        // "lone" key just because one of them is new to the registry.
        const unique = [...new Set(keys)];
        if (!unique.some((k) => holders.has(k))) return [];
        const years = [...new Set([...birthYears, NO_YEAR])];
        const isCommon = (k: string) => (holders.get(k) ?? 0) > commonAbove;
        const rare = unique.filter((k) => !isCommon(k));
        const shared = new Map<number, number>();
        const ruledOut = new Set<number>();
        const add = (p: number) => {
          const seen = shared.get(p);
          if (seen !== undefined) shared.set(p, seen + 1);
          else if (ruledOut.has(p)) return;
          else if (!keep || keep(hintOf(p))) shared.set(p, 1);
          else ruledOut.add(p);
        };
        for (const year of years) {
          for (const key of rare) for (const p of bucket(key, year)) add(p);
          // A common key counts together with another key of the name (the SQL's pairs).
          for (let i = 0; i < unique.length; i++) {
            for (let j = i + 1; j < unique.length; j++) {
              const a = unique[i] as string;
              const b = unique[j] as string;
              if (isCommon(a) || isCommon(b)) intersectSorted(bucket(a, year), bucket(b, year), add);
            }
          }
        }
        if (rare.length === 0 && unique.length === 1) {
          // A lone common key ("Ali Ali") has nothing to pair with: its holders, the preferred
          // years first, up to the limit.
          const key = unique[0] as string;
          for (const year of years) {
            for (const p of bucket(key, year)) {
              if (shared.size >= max) break;
              add(p);
            }
          }
        }
        return [...shared]
          .sort((x, y) => y[1] - x[1] || x[0] - y[0])
          .slice(0, max)
          .map(([p]) => ids[p] as string);
      },
    };
  }
}

export function buildRegistryIndex(rows: readonly RegistryKeysRow[]): RegistryIndex {
  const builder = new RegistryIndexBuilder();
  builder.add(rows);
  return builder.build();
}

/** People read per page when loading the registry index. */
export const REGISTRY_PAGE = 50_000;

/**
 * The registry the caller's organisation sees, indexed (see RegistryIndex), read in pages of
 * `REGISTRY_PAGE` people by keyset on the organisation's indexes. `run` gives each page its
 * transaction (the import: a short one each, so that on the embedded database other requests get
 * through between pages); called with a transaction, every page is read in it.
 */
export async function loadRegistryIndex(
  run: Tx | (<T>(fn: (tx: Tx) => Promise<T>) => Promise<T>),
  organizationId: string,
  pageSize = REGISTRY_PAGE,
): Promise<RegistryIndex> {
  const inTx = typeof run === "function" ? run : <T>(fn: (tx: Tx) => Promise<T>) => fn(run);
  const builder = new RegistryIndexBuilder();
  const read = (arm: "own" | "granted", after: string | null) =>
    inTx((tx) => loadRegistryKeysPage(tx, organizationId, arm, after, pageSize));
  for (const arm of ["own", "granted"] as const) {
    // The next page is asked for before this one is indexed: the database reads while Node indexes.
    let next: Promise<RegistryKeysRow[]> | null = read(arm, null);
    while (next) {
      const page: RegistryKeysRow[] = await next;
      next = page.length < pageSize ? null : read(arm, (page[page.length - 1] as RegistryKeysRow).id);
      next?.catch(() => {}); // awaited on the next turn
      builder.add(page);
    }
  }
  return builder.build();
}
