import { type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import type { NewPerson, NewPersonName, PersonLanguageRow } from "./people.repository.ts";

/**
 * Multi-row inserts for tens of thousands of people (the spreadsheet import): one array parameter
 * per column, expanded by unnest() in the database. Building a VALUES list of 500 rows × 20
 * columns costs Drizzle more than PostgreSQL takes to store them (measured ≈0.3 ms a row); with
 * arrays a statement has one parameter per column whatever the number of rows. Same rows, same
 * row-level security checks, same defaults (created_at, version…) as `insertPeople`.
 */

/** Rows per statement: bounds the size of one message to the database. */
const BATCH = 5000;

type Column<T> = readonly [name: string, type: string, value: (row: T) => unknown];

const personColumns: readonly Column<NewPerson>[] = [
  ["id", "uuid", (p) => p.id],
  ["organization_id", "uuid", (p) => p.organizationId],
  ["given_name", "text", (p) => p.givenName],
  ["family_name", "text", (p) => p.familyName],
  ["sex", "text", (p) => p.sex],
  ["birth_date", "date", (p) => p.birthDate ?? null],
  ["birth_year", "int", (p) => p.birthYear ?? null],
  ["country_of_birth", "text", (p) => p.countryOfBirth ?? null],
  ["citizenship", "text", (p) => p.citizenship ?? null],
  ["tax_code", "text", (p) => p.taxCode ?? null],
  ["stp_code", "text", (p) => p.stpCode ?? null],
  ["eni_code", "text", (p) => p.eniCode ?? null],
  ["italian_level", "text", (p) => p.italianLevel ?? null],
  ["phone", "text", (p) => p.phone ?? null],
  ["email", "text", (p) => p.email ?? null],
  ["domicile_istat", "text", (p) => p.domicileIstat ?? null],
  ["domicile_address", "text", (p) => p.domicileAddress ?? null],
  ["arrival_date", "date", (p) => p.arrivalDate ?? null],
  ["search_text", "text", (p) => p.searchText ?? ""],
  ["name_skeleton", "text", (p) => p.nameSkeleton ?? ""],
  // A text[] per row cannot travel inside a text[][]: the keys go space-joined (they are
  // consonant skeletons, letters and digits only) and are split again below.
  ["name_keys", "text", (p) => (p.nameKeys ?? []).join(" ")],
  ["created_by", "uuid", (p) => p.createdBy ?? null],
];

const nameColumns: readonly Column<NewPersonName>[] = [
  ["id", "uuid", (n) => n.id],
  ["person_id", "uuid", (n) => n.personId],
  ["kind", "text", (n) => n.kind],
  ["script", "text", (n) => n.script],
  ["given_name", "text", (n) => n.givenName],
  ["family_name", "text", (n) => n.familyName],
];

const languageColumns: readonly Column<PersonLanguageRow>[] = [
  ["person_id", "uuid", (l) => l.personId],
  ["language", "text", (l) => l.language],
  ["is_primary", "boolean", (l) => l.isPrimary],
];

function insertStatement<T>(
  table: string,
  columns: readonly Column<T>[],
  rows: readonly T[],
  select: (name: string) => SQL = (name) => sql`${sql.identifier(name)}`,
): SQL {
  const names = sql.join(
    columns.map(([name]) => sql.identifier(name)),
    sql`, `,
  );
  const arrays = sql.join(
    columns.map(([, type, value]) => sql`${sql.param(rows.map(value))}::${sql.raw(type)}[]`),
    sql`, `,
  );
  const selected = sql.join(
    columns.map(([name]) => select(name)),
    sql`, `,
  );
  return sql`insert into ${sql.identifier(table)} (${names}) select ${selected} from unnest(${arrays}) as r(${names})`;
}

async function inBatches<T>(rows: readonly T[], insert: (batch: readonly T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export async function insertPeopleArrays(
  tx: Tx,
  rows: {
    people: readonly NewPerson[];
    names: readonly NewPersonName[];
    languages: readonly PersonLanguageRow[];
  },
): Promise<void> {
  const personSelect = (name: string) =>
    name === "name_keys"
      ? sql`case when r.name_keys = '' then '{}'::text[] else string_to_array(r.name_keys, ' ') end`
      : sql`${sql.identifier(name)}`;
  await inBatches(rows.people, (b) => tx.execute(insertStatement("people", personColumns, b, personSelect)));
  await inBatches(rows.names, (b) => tx.execute(insertStatement("person_names", nameColumns, b)));
  await inBatches(rows.languages, (b) => tx.execute(insertStatement("person_languages", languageColumns, b)));
}
