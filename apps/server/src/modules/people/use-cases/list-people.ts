import { idSchema, type PersonSummary, type personListQuerySchema } from "@approdo/contracts";
import type { z } from "zod";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { decodeCursor, pageFrom } from "../../../platform/http/pagination.ts";
import { queryKeys, transliterate } from "../matching/index.ts";
import { presentPersonSummary } from "../people.presenter.ts";
import {
  addDays,
  looksLikeTaxCode,
  nameOfQuery,
  normalizeTaxCodeText,
  todayInItaly,
} from "../people.rules.ts";
import { listPeople, type NameSearch, type PeopleFilters } from "../search.repository.ts";

export type PersonListQuery = z.infer<typeof personListQuerySchema>;

function badCursor(): AppError {
  return new AppError("VALIDATION_FAILED", "The cursor is not valid; start again from the first page", {
    field: "cursor",
  });
}

/** The cursor is [rank, id]: rank is null when the list is not a name search. */
function afterOf(cursor: string | undefined, ranked: boolean): { rank: number | null; id: string } | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [rank, id] = key;
  if (!idSchema.safeParse(id).success) throw badCursor();
  if (ranked ? typeof rank !== "number" : rank !== null) throw badCursor();
  return { rank: rank as number | null, id: String(id) };
}

/**
 * The search box cannot tell "Ben Salah" the given and family name from "Ben Salah" the family
 * name (whose particle the name index joins: "bnsla"), so the keys of both readings are looked up.
 */
function nameSearchOf(q: string): NameSearch {
  const asTyped = queryKeys({ names: [nameOfQuery(q)] }).nameKeys;
  const asFamily = queryKeys({ names: [{ givenName: "", familyName: q.trim() }] }).nameKeys;
  return { text: transliterate(q), keys: [...new Set([...asTyped, ...asFamily])] };
}

/** The query as filters; null when they contradict each other (two different tax codes). */
function filtersOf(query: PersonListQuery, today: string): PeopleFilters | null {
  const q = query.q?.trim() || undefined;
  const qTaxCode = q && looksLikeTaxCode(q) ? normalizeTaxCodeText(q) : undefined;
  const taxCode = query.taxCode ? normalizeTaxCodeText(query.taxCode) : undefined;
  if (qTaxCode && taxCode && qTaxCode !== taxCode) return null;
  const days = query.permitExpiringWithinDays;
  return {
    name: q && !qTaxCode ? nameSearchOf(q) : undefined,
    taxCode: qTaxCode ?? taxCode,
    citizenship: query.citizenship,
    domicileIstat: query.domicileIstat,
    vulnerability: query.vulnerability,
    permitExpiring: days === undefined ? undefined : { from: today, to: addDays(today, days) },
    today,
  };
}

/**
 * A page of the people the actor may see. `q` is a codice fiscale when it looks like one, else a
 * name in any script or spelling. Audited as "person.listed" with the count and the names of the
 * filters used, never their values.
 */
export async function listPeopleForActor(
  ctx: TxContext,
  query: PersonListQuery,
): Promise<{ items: PersonSummary[]; nextCursor: string | null }> {
  const filters = filtersOf(query, todayInItaly());
  const after = afterOf(query.cursor, !!filters?.name);
  const rows = filters ? await listPeople(ctx.tx, filters, after, query.limit) : [];
  const page = pageFrom(rows, query.limit, (r) => [filters?.name ? r.rank : null, r.id]);
  const used = Object.keys(query).filter((k) => k !== "limit" && k !== "cursor");
  ctx.audit({
    action: "person.listed",
    entityType: "person",
    details: { count: page.items.length, filters: used },
  });
  return { items: page.items.map(presentPersonSummary), nextCursor: page.nextCursor };
}
