import { and, desc, eq, getTableColumns, isNull, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import { people, personVulnerabilities, residencePermits } from "../../platform/db/schema.ts";
import type { PersonRow } from "./people.repository.ts";

/** A text[] bound as one parameter (Drizzle would otherwise spread an array into a list). */
function textArray(values: readonly string[]): SQL {
  return sql`${sql.param([...values])}::text[]`;
}

export interface NameSearch {
  /** The query transliterated to lower-case Latin. */
  text: string;
  keys: readonly string[];
}

export interface PeopleFilters {
  name?: NameSearch | undefined;
  taxCode?: string | undefined;
  citizenship?: string | undefined;
  domicileIstat?: string | undefined;
  vulnerability?: string | undefined;
  /** People whose latest permit expires between these two days (inclusive). */
  permitExpiring?: { from: string; to: string } | undefined;
  /** Ends a vulnerability's "current" period and anchors the permit window. */
  today: string;
}

export type RankedPersonRow = PersonRow & { rank: number };

const peopleColumns = getTableColumns(people);

/**
 * Candidates the ranked name search may hand back when other filters (tax code, citizenship…) cut
 * its rows afterwards: the function's own caps bound the candidates anyway (migration 0007).
 */
const FILTERED_SEARCH_ROWS = 5000;

function hasNonNameFilter(f: PeopleFilters): boolean {
  return !!(f.taxCode || f.citizenship || f.domicileIstat || f.vulnerability || f.permitExpiring);
}

function filterConditions(f: PeopleFilters): SQL[] {
  const where: SQL[] = [isNull(people.mergedIntoId) as SQL];
  if (f.taxCode) where.push(eq(people.taxCode, f.taxCode));
  if (f.citizenship) where.push(eq(people.citizenship, f.citizenship));
  if (f.domicileIstat) where.push(eq(people.domicileIstat, f.domicileIstat));
  if (f.vulnerability) {
    where.push(sql`exists (select 1 from ${personVulnerabilities} v
      where v.person_id = ${people.id} and v.code = ${f.vulnerability}
        and (v.until is null or v.until >= ${f.today}::date))`);
  }
  if (f.permitExpiring) {
    // "Latest" orders permits as listPermits does (person-details.repository.ts: permitRecency).
    const newer = sql`select 1 from ${residencePermits} n where n.person_id = rp.person_id
      and (coalesce(n.issued_on, (n.created_at at time zone 'Europe/Rome')::date), n.id)
        > (coalesce(rp.issued_on, (rp.created_at at time zone 'Europe/Rome')::date), rp.id)`;
    where.push(sql`exists (select 1 from ${residencePermits} rp
      where rp.person_id = ${people.id}
        and rp.expires_on between ${f.permitExpiring.from}::date and ${f.permitExpiring.to}::date
        and not exists (${newer}))`);
  }
  return where;
}

/**
 * A page of the people the caller may see (row-level security), merged records excluded. With a
 * name search: best rank first, keyset on (rank, id); without: newest first, keyset on id.
 *
 * The name search ranks, applies the keyset position and cuts inside people_name_search (a
 * SECURITY DEFINER function, migrations 0004, 0005, 0007: the GIN indexes cannot serve app_user
 * under row-level security); the rows it returns are joined back to people as app_user, so the
 * policy applies again. Without other filters it returns one page (+1); with them, up to
 * FILTERED_SEARCH_ROWS ranked candidates, filtered and cut here.
 */
export async function listPeople(
  tx: Tx,
  filters: PeopleFilters,
  after: { rank: number | null; id: string } | null,
  limit: number,
): Promise<RankedPersonRow[]> {
  const where = filterConditions(filters);
  if (filters.name) {
    const max = hasNonNameFilter(filters) ? FILTERED_SEARCH_ROWS : limit + 1;
    const afterRank = after ? sql`${after.rank ?? 0}::real` : sql`null::real`;
    const afterId = after ? sql`${after.id}::uuid` : sql`null::uuid`;
    const ranked = sql`people_name_search(${filters.name.text}, ${textArray(filters.name.keys)}, ${afterRank}, ${afterId}, ${max}::int) as s(id, rank)`;
    return tx
      .select({ ...peopleColumns, rank: sql<number>`s.rank` })
      .from(people)
      .innerJoin(ranked, sql`s.id = ${people.id}`)
      .where(and(...where))
      .orderBy(sql`s.rank desc`, desc(people.id))
      .limit(limit + 1);
  }
  if (after) where.push(sql`${people.id} < ${after.id}::uuid`);
  return tx
    .select({ ...peopleColumns, rank: sql<number>`0::real` })
    .from(people)
    .where(and(...where))
    .orderBy(desc(people.id))
    .limit(limit + 1);
}

export interface CandidateQuery {
  keys: readonly string[];
  taxCode: string | null;
  /** The query's name skeleton (queryKeys): candidates are ordered by similarity to it before the cut. */
  skeleton: string;
}

/**
 * Up to `max` people the caller may see who share phonetic keys of the name (a common key only
 * together with another one) or the tax code, the closest names first. The GIN indexes do the
 * work inside people_match_candidates (migrations 0004, 0005, 0007); the rows come back through
 * row-level security.
 */
export async function findMatchCandidates(tx: Tx, q: CandidateQuery, max: number): Promise<PersonRow[]> {
  const ids = sql`select people_match_candidates(${textArray(q.keys)}, ${q.taxCode}, ${max}::int, ${q.skeleton})`;
  return tx
    .select()
    .from(people)
    .where(and(sql`${people.id} in (${ids})`, isNull(people.mergedIntoId)));
}

/**
 * Refreshes the list of common name keys (people_common_name_keys, migration 0007) from the
 * planner statistics of people.name_keys: run it after ANALYZE. Returns how many keys are common.
 */
export async function refreshCommonNameKeys(tx: Tx): Promise<number> {
  const rows = await tx.execute(sql`select people_refresh_common_name_keys() as n`);
  return Number((rows as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
}
