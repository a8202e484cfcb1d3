import type { MatchQuery, matchResponseSchema } from "@approdo/contracts";
import type { z } from "zod";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { type MatchSubject, queryKeys, scoreMatch } from "../matching/index.ts";
import { presentPersonSummary } from "../people.presenter.ts";
import { findNames, type PersonNameRow, type PersonRow } from "../people.repository.ts";
import { birthYearOf } from "../people.rules.ts";
import { findMatchCandidates } from "../search.repository.ts";

type MatchResponse = z.infer<typeof matchResponseSchema>;

/** Candidates the SQL may return, before scoring. */
const MAX_CANDIDATES = 200;
/** Below this score a candidate is noise, not a possible duplicate. */
const MIN_SCORE = 0.35;

function subjectOf(row: PersonRow, otherNames: readonly PersonNameRow[]): MatchSubject {
  return {
    names: [{ givenName: row.givenName, familyName: row.familyName }, ...otherNames],
    birthDate: row.birthDate,
    birthYear: row.birthYear,
    citizenship: row.citizenship,
    taxCode: row.taxCode,
    sex: row.sex,
  };
}

function groupByPerson(names: readonly PersonNameRow[]): Map<string, PersonNameRow[]> {
  const byPerson = new Map<string, PersonNameRow[]>();
  for (const n of names) byPerson.set(n.personId, [...(byPerson.get(n.personId) ?? []), n]);
  return byPerson;
}

/**
 * People the actor may see who could be the one described, best first: candidates from the
 * indexes (shared phonetic keys of the name, or the same tax code), their other spellings loaded
 * in one query, each scored (spelling, script, order, birth, citizenship, sex), weak ones
 * dropped. Audited with counts only.
 */
export async function findPersonMatches(ctx: TxContext, query: MatchQuery): Promise<MatchResponse> {
  const subject: MatchSubject = {
    names: [{ givenName: query.givenName, familyName: query.familyName }],
    birthDate: query.birthDate ?? null,
    birthYear: birthYearOf(query.birthDate, query.birthYear),
    citizenship: query.citizenship ?? null,
    taxCode: query.taxCode ?? null,
    sex: query.sex ?? null,
  };
  const { nameKeys, nameSkeleton } = queryKeys(subject);
  const rows = await findMatchCandidates(
    ctx.tx,
    { keys: nameKeys, taxCode: subject.taxCode ?? null, skeleton: nameSkeleton },
    MAX_CANDIDATES,
  );
  const candidates = rows.filter((r) => r.id !== query.excludeId);
  const names = groupByPerson(
    await findNames(
      ctx.tx,
      candidates.map((r) => r.id),
    ),
  );
  const scored = candidates
    .map((row) => ({ row, ...scoreMatch(subject, subjectOf(row, names.get(row.id) ?? [])) }))
    .filter((s) => s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.row.id.localeCompare(b.row.id))
    .slice(0, query.limit);
  ctx.audit({
    action: "person.matches_searched",
    entityType: "person",
    details: { candidates: scored.length, examined: candidates.length },
  });
  return {
    candidates: scored.map((s) => ({
      personId: s.row.id,
      score: Math.round(s.score * 1000) / 1000,
      reasons: s.reasons,
      person: presentPersonSummary(s.row),
    })),
  };
}
