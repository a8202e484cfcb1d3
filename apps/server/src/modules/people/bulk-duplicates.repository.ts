import { and, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import { people, personAccess, personNames } from "../../platform/db/schema.ts";

/**
 * The queries behind duplicate checks of many people at once (the spreadsheet import): one round
 * trip per batch, not per person. Every row comes back through row-level security.
 */

function anyOf(values: readonly string[], type: "text" | "uuid"): SQL {
  return sql`any(${sql.param([...new Set(values)])}::${sql.raw(type)}[])`;
}

export interface TaxCodeHolder {
  id: string;
  taxCode: string | null;
}

/** People the caller may see who hold one of these tax codes (merged records excluded). */
export async function findTaxCodeHolders(tx: Tx, taxCodes: readonly string[]): Promise<TaxCodeHolder[]> {
  if (taxCodes.length === 0) return [];
  return tx
    .select({ id: people.id, taxCode: people.taxCode })
    .from(people)
    .where(and(sql`${people.taxCode} = ${anyOf(taxCodes, "text")}`, isNull(people.mergedIntoId)));
}

/**
 * Whether anyone is registered that the organisation may see: its own people or people granted to
 * it. Two index lookups; when neither finds a row, candidate generation can be skipped.
 */
export async function organizationHasPeople(tx: Tx, organizationId: string): Promise<boolean> {
  const own = await tx
    .select({ id: people.id })
    .from(people)
    .where(eq(people.organizationId, organizationId))
    .limit(1);
  if (own.length > 0) return true;
  const granted = await tx
    .select({ id: personAccess.personId })
    .from(personAccess)
    .where(eq(personAccess.organizationId, organizationId))
    .limit(1);
  return granted.length > 0;
}

export interface CandidatePair {
  /** The probe's position in the caller's list. */
  probe: number;
  personId: string;
}

/**
 * For each probe (its phonetic name keys), up to `perProbe` candidates from the very SQL the
 * single-person match uses (people_match_candidates, migration 0004: GIN indexes, common keys only
 * in pairs, the tenant predicate applied inside), all probes in one statement.
 */
export async function findCandidatePairs(
  tx: Tx,
  probes: readonly (readonly string[])[],
  perProbe: number,
): Promise<CandidatePair[]> {
  const positions: number[] = [];
  const keys: string[] = [];
  probes.forEach((k, i) => {
    if (k.length === 0) return;
    positions.push(i);
    // Keys are consonant skeletons (letters and digits only): a space cannot occur inside one.
    keys.push(k.join(" "));
  });
  if (positions.length === 0) return [];
  const source = sql`unnest(${sql.param(positions)}::int[], ${sql.param(keys)}::text[]) as q(probe, keys)
    cross join lateral people_match_candidates(string_to_array(q.keys, ' '), null, ${perProbe}::int) as c(id)`;
  const rows = await tx.select({ probe: sql<number>`q.probe`, personId: sql<string>`c.id` }).from(source);
  return rows.map((r) => ({ probe: Number(r.probe), personId: r.personId }));
}

export interface CandidateRow {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  birthYear: number | null;
  citizenship: string | null;
  taxCode: string | null;
  sex: string;
}

/** What the registry index keeps of a person. */
export interface RegistryKeysRow {
  id: string;
  birthYear: number | null;
  /** ISO date, when known. */
  birthDate?: string | null;
  sex?: string | null;
  citizenship?: string | null;
  nameKeys: string[];
}

/**
 * One page of the registry the organisation sees, by keyset on id: `own`, its own people
 * (people_org_idx: organization_id, id), or `granted`, other organisations' people granted to it
 * (person_access_org_idx); merged records excluded, through row-level security. Only the columns
 * candidate generation and its first filter need, and the page comes back as ONE text ("id year
 * date sex keys…" lines): a row
 * per person cost more in the driver (parsing, mapping) than the query itself.
 */
export async function loadRegistryKeysPage(
  tx: Tx,
  organizationId: string,
  arm: "own" | "granted",
  after: string | null,
  limit: number,
): Promise<RegistryKeysRow[]> {
  const page =
    arm === "own"
      ? sql`select p.id, p.birth_year, p.birth_date, p.sex, p.citizenship, p.name_keys from people p
          where p.organization_id = ${organizationId} and p.merged_into_id is null
            ${after ? sql`and p.id > ${after}` : sql``}
          order by p.id limit ${limit}`
      : sql`select p.id, p.birth_year, p.birth_date, p.sex, p.citizenship, p.name_keys from person_access a join people p on p.id = a.person_id
          where a.organization_id = ${organizationId} and p.organization_id <> ${organizationId}
            and p.merged_into_id is null ${after ? sql`and a.person_id > ${after}` : sql``}
          order by a.person_id limit ${limit}`;
  // The planner over-estimates these scans (row-level security): JIT compiling would cost more
  // than it saves (0.1–0.8 s a page, measured).
  await tx.execute(sql`select set_config('jit', 'off', true)`);
  // Keys are consonant skeletons (letters and digits only): they never hold a space or a newline.
  const result = await tx.execute(sql`select string_agg(
      s.id::text || ' ' || coalesce(s.birth_year::text, '') || ' ' || coalesce(s.birth_date::text, '') || ' '
        || s.sex || ' ' || coalesce(s.citizenship, '') || ' ' || array_to_string(s.name_keys, ' '),
      chr(10) order by s.id) as lines
    from (${page}) s`);
  const lines = (result as unknown as { rows: { lines: string | null }[] }).rows[0]?.lines;
  if (!lines) return [];
  return lines.split("\n").map((line) => {
    const [id = "", year = "", date = "", sex = "", citizenship = "", ...nameKeys] = line.split(" ");
    return {
      id,
      birthYear: year ? Number(year) : null,
      birthDate: date || null,
      sex: sex || null,
      citizenship: citizenship || null,
      nameKeys: nameKeys.filter((k) => k !== ""),
    };
  });
}

export interface CandidateName {
  personId: string;
  givenName: string;
  familyName: string;
}

/** The candidates the caller may see, with what scoring needs, and their other spellings. */
export async function loadCandidates(
  tx: Tx,
  ids: readonly string[],
): Promise<{ people: CandidateRow[]; names: CandidateName[] }> {
  if (ids.length === 0) return { people: [], names: [] };
  const found = await tx
    .select({
      id: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      birthDate: people.birthDate,
      birthYear: people.birthYear,
      citizenship: people.citizenship,
      taxCode: people.taxCode,
      sex: people.sex,
    })
    .from(people)
    .where(and(sql`${people.id} = ${anyOf(ids, "uuid")}`, isNull(people.mergedIntoId)));
  const names = await tx
    .select({
      personId: personNames.personId,
      givenName: personNames.givenName,
      familyName: personNames.familyName,
    })
    .from(personNames)
    .where(sql`${personNames.personId} = ${anyOf(ids, "uuid")}`);
  return { people: found, names };
}
