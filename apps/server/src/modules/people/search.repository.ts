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

function rankOf(name: NameSearch): SQL<number> {
  return sql<number>`(word_similarity(${name.text}, ${people.searchText}) + case when ${people.nameKeys} && ${textArray(name.keys)} then 1 else 0 end)::real`;
}

function filterConditions(f: PeopleFilters): SQL[] {
  const where: SQL[] = [isNull(people.mergedIntoId) as SQL];
  if (f.name) {
    // The indexed part runs in a SECURITY DEFINER function: see migrations 0004 and 0005.
    where.push(sql`${people.id} in (select people_name_search(${f.name.text}, ${textArray(f.name.keys)}))`);
  }
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
 */
export async function listPeople(
  tx: Tx,
  filters: PeopleFilters,
  after: { rank: number | null; id: string } | null,
  limit: number,
): Promise<RankedPersonRow[]> {
  const where = filterConditions(filters);
  if (filters.name) {
    const rank = rankOf(filters.name);
    if (after) where.push(sql`(${rank}, ${people.id}) < (${after.rank ?? 0}::real, ${after.id}::uuid)`);
    await setTrigramThresholds(tx);
    return tx
      .select({ ...peopleColumns, rank })
      .from(people)
      .where(and(...where))
      .orderBy(desc(rank), desc(people.id))
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

/**
 * pg_trgm's word-similarity threshold (<%), per transaction, so a change of the server's default
 * cannot silently change who the list's name search finds.
 */
async function setTrigramThresholds(tx: Tx): Promise<void> {
  await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.6', true)`);
}

export interface CandidateQuery {
  keys: readonly string[];
  taxCode: string | null;
}

/**
 * Up to `max` people the caller may see who share phonetic keys of the name (a common key only
 * together with another one) or the tax code. The GIN indexes do the work inside
 * people_match_candidates (migrations 0004, 0005); the rows come back through row-level security.
 */
export async function findMatchCandidates(tx: Tx, q: CandidateQuery, max: number): Promise<PersonRow[]> {
  const ids = sql`select people_match_candidates(${textArray(q.keys)}, ${q.taxCode}, ${max}::int)`;
  return tx
    .select()
    .from(people)
    .where(and(sql`${people.id} in (${ids})`, isNull(people.mergedIntoId)));
}
