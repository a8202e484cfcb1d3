-- Ranked, bounded name search and duplicate candidates (follows 0004 and 0005; ADR 0012).
-- Measured at 1 M people on PostgreSQL 15 (bench/README.md):
-- - people_name_search returned every person sharing ANY name key with the query (54,000 rows for
--   "Mohamed …"), which the caller fetched again, scored and sorted to keep 51: 0.3-3 s. It now
--   applies the matcher's rule (a common key only paired with another key), caps every arm,
--   ranks, applies the keyset condition and the LIMIT itself, and returns (id, rank): the caller
--   joins at most a page of rows.
-- - people_match_candidates kept an arbitrary 200 of the candidates of a lone common key after
--   intersecting the key's GIN bitmap with a bitmap of every person of the organisation; it now
--   orders every candidate set by skeleton similarity before the limit and filters visibility
--   after the key lookup.
-- - Which keys are common was read by unnesting pg_stats on every call: it is now kept in
--   people_common_name_keys, refreshed after ANALYZE (housekeeping job).
-- Visibility is that of the people_tenant policy (migration 0003), spelled out: scope 'system'
-- sees everyone, 'org' its organisations' people and those granted to them (person_access),
-- anything else nobody; merged records never. Callers join the ids back under row-level security.
CREATE TABLE IF NOT EXISTS people_common_name_keys (
  key text PRIMARY KEY,
  frequency real NOT NULL
);
--> statement-breakpoint
-- Organisations holding at least 5 % of the registry (most_common_vals of people.organization_id):
-- how the functions below narrow by visibility depends on it.
CREATE TABLE IF NOT EXISTS people_organization_shares (
  organization_id uuid PRIMARY KEY,
  share real NOT NULL
);
--> statement-breakpoint
-- The name keys carried by more than 1 person in 2,000, from the planner statistics of
-- people.name_keys (most_common_elems), and the organisations' shares of the registry. Without
-- statistics (a new database) the tables are empty: every key counts as rare and every
-- organisation as small, which is correct, only slower on a large registry.
CREATE OR REPLACE FUNCTION people_refresh_common_name_keys() RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  n integer;
BEGIN
  DELETE FROM people_common_name_keys;
  INSERT INTO people_common_name_keys (key, frequency)
  SELECT e.elem, max(e.freq)
  FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(elem, freq)
  WHERE s.schemaname = 'public' AND s.tablename = 'people' AND s.attname = 'name_keys'
    AND e.elem IS NOT NULL AND e.freq > 0.0005
  GROUP BY e.elem;
  GET DIAGNOSTICS n = ROW_COUNT;
  DELETE FROM people_organization_shares;
  INSERT INTO people_organization_shares (organization_id, share)
  SELECT e.val::uuid, max(e.freq)
  FROM pg_stats s, unnest(s.most_common_vals::text::text[], s.most_common_freqs) AS e(val, freq)
  WHERE s.schemaname = 'public' AND s.tablename = 'people' AND s.attname = 'organization_id'
    AND e.val IS NOT NULL AND e.freq >= 0.05
  GROUP BY e.val;
  RETURN n;
END
$$;
--> statement-breakpoint
-- The visibility predicate of the functions below for scope 'org' (the people_tenant policy:
-- the caller's organisations' people, and those granted to them), as SQL text over people p with
-- the organisations as parameter $<orgs_param> and the granted ids as $<granted_param>. For an
-- organisation holding a large share of the registry it stays a filter after the name lookup (a
-- BitmapAnd with the organisation's btree, 750,000 entries at 1 M people, cost more than the
-- whole lookup); for a small one it is indexable, so the planner can narrow the name lookup by
-- the organisation's btree and the granted ids.
CREATE OR REPLACE FUNCTION people_visibility_clause(orgs uuid[], orgs_param integer, granted_param integer)
RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT CASE
    WHEN coalesce((SELECT sum(o.share) FROM people_organization_shares o WHERE o.organization_id = ANY (orgs)), 0) >= 0.25
    THEN format('((p.organization_id = ANY ($%s)) IS TRUE OR EXISTS (SELECT 1 FROM person_access a'
      ' WHERE a.person_id = p.id AND a.organization_id = ANY ($%s)))', orgs_param, orgs_param)
    ELSE format('(p.organization_id = ANY ($%s) OR p.id = ANY ($%s))', orgs_param, granted_param)
  END
$$;
--> statement-breakpoint
-- Duplicate candidates: people sharing a rare name key, or a pair of common keys (a pair with a
-- rare key adds nobody the rare key does not find), or the tax code; a name whose only key is
-- common ("Yonas Yonnas", "Ali Ali") uses it alone. The rare arm is bounded by rarity; the
-- common arms read at most 2,000 of their holders (GIN gives no order, so which ones is the
-- physical order). Everything found is ordered by the tax code, then the similarity of the name
-- skeletons (the query's: `skeleton`), before the limit: the closest names are the ones kept.
CREATE OR REPLACE FUNCTION people_match_candidates(keys text[], tax text, max_rows integer, skeleton text)
RETURNS SETOF uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  scope text := coalesce(current_setting('app.scope', true), '');
  orgs uuid[] := string_to_array(nullif(current_setting('app.org_ids', true), ''), ',')::uuid[];
  skel text := coalesce(nullif(skeleton, ''), array_to_string(keys, ' '), '');
  granted uuid[];
  base text;
  visible text;
  common text[];
  rare text[];
  pairs text[] := '{}';
  exact text[] := '{}';
  parts text[] := '{}';
  n integer := coalesce(cardinality(keys), 0);
BEGIN
  IF scope = 'system' THEN
    visible := 'true';
  ELSIF scope = 'org' AND orgs IS NOT NULL THEN
    visible := people_visibility_clause(orgs, 5, 7);
    IF strpos(visible, 'p.id = ANY') > 0 THEN
      granted := ARRAY(SELECT a.person_id FROM person_access a WHERE a.organization_id = ANY (orgs));
    END IF;
  ELSE
    RETURN;
  END IF;
  SELECT coalesce(array_agg(c.key), '{}') INTO common FROM people_common_name_keys c WHERE c.key = ANY (keys);
  rare := ARRAY(SELECT k FROM unnest(keys) AS k WHERE NOT k = ANY (common));
  IF cardinality(rare) > 0 THEN
    exact := exact || 'p.name_keys && $1'::text;
  END IF;
  IF tax IS NOT NULL THEN
    exact := exact || 'p.tax_code = $2'::text;
  END IF;
  FOR i IN 1 .. n LOOP
    FOR j IN i + 1 .. n LOOP
      IF keys[i] = ANY (common) AND keys[j] = ANY (common) AND keys[i] <> keys[j] THEN
        pairs := pairs || format('p.name_keys @> %L::text[]', ARRAY[keys[i], keys[j]]);
      END IF;
    END LOOP;
  END LOOP;
  IF n = 1 AND cardinality(common) = 1 THEN
    -- A lone common key has nothing to pair with.
    pairs := pairs || 'p.name_keys && $4'::text;
  END IF;
  base := 'SELECT p.id, p.name_skeleton, p.tax_code FROM people p WHERE p.merged_into_id IS NULL AND '
    || visible || ' AND ';
  IF cardinality(exact) > 0 THEN
    parts := parts || ('(' || base || '(' || array_to_string(exact, ' OR ') || ') LIMIT 5000)');
  END IF;
  IF cardinality(pairs) > 0 THEN
    parts := parts || ('(' || base || '(' || array_to_string(pairs, ' OR ') || ') LIMIT 2000)');
  END IF;
  IF cardinality(parts) = 0 THEN
    RETURN;
  END IF;
  RETURN QUERY EXECUTE
    'SELECT c.id FROM (' || array_to_string(parts, ' UNION ') || ') c'
    ' ORDER BY (c.tax_code = $2) IS TRUE DESC, similarity(c.name_skeleton, $6) DESC, c.id DESC LIMIT $3'
    USING rare, tax, max_rows, keys, orgs, skel, granted;
END
$$;
--> statement-breakpoint
-- The three-argument form (bulk duplicate checks, migration 0004's callers): no query skeleton,
-- so a lone common key is ordered by similarity to the key itself.
CREATE OR REPLACE FUNCTION people_match_candidates(keys text[], tax text, max_rows integer)
RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT people_match_candidates(keys, tax, max_rows, NULL::text)
$$;
--> statement-breakpoint
-- The list's name search, ranked and cut here. Rank = word similarity of the query to any spelling
-- (search_text) + 1 when a name key is shared: the order of the list. Candidates: a rare key (at
-- most 5,000 holders), a pair of common keys or a lone common key ("Diallo", "Mohamed": at most
-- 1,000 holders, in physical order); only when the keys find nobody, a word-similar spelling
-- (<%, threshold 0.6: prefixes, typos; at most 1,000). A one-word search on a very common name
-- therefore ranks a bounded sample, not everyone (ADR 0012). The trigram arm is a fallback because
-- its GIN scan walks the posting lists of common trigrams (50-150 ms at 1 M people) and, next to
-- the keys' candidates, adds mostly noise. Returns the rows after the keyset position
-- (after_rank, after_id), best first, at most max_rows.
DROP FUNCTION IF EXISTS people_name_search(text, text[]);
--> statement-breakpoint
CREATE FUNCTION people_name_search(search text, keys text[], after_rank real, after_id uuid, max_rows integer)
RETURNS TABLE (id uuid, rank real)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp SET pg_trgm.word_similarity_threshold = 0.6 AS $$
DECLARE
  scope text := coalesce(current_setting('app.scope', true), '');
  orgs uuid[] := string_to_array(nullif(current_setting('app.org_ids', true), ''), ',')::uuid[];
  visible text;
  granted uuid[];
  base text;
  common text[];
  rare text[];
  pairs text[] := '{}';
  parts text[] := '{}';
  ids uuid[] := '{}';
  ranks real[] := '{}';
  n integer := coalesce(cardinality(keys), 0);
BEGIN
  IF scope = 'system' THEN
    visible := 'true';
  ELSIF scope = 'org' AND orgs IS NOT NULL THEN
    visible := people_visibility_clause(orgs, 5, 10);
    IF strpos(visible, 'p.id = ANY') > 0 THEN
      granted := ARRAY(SELECT a.person_id FROM person_access a WHERE a.organization_id = ANY (orgs));
    END IF;
  ELSE
    RETURN;
  END IF;
  SELECT coalesce(array_agg(c.key), '{}') INTO common FROM people_common_name_keys c WHERE c.key = ANY (keys);
  rare := ARRAY(SELECT k FROM unnest(keys) AS k WHERE NOT k = ANY (common));
  FOR i IN 1 .. n LOOP
    FOR j IN i + 1 .. n LOOP
      IF keys[i] = ANY (common) AND keys[j] = ANY (common) AND keys[i] <> keys[j] THEN
        pairs := pairs || format('p.name_keys @> %L::text[]', ARRAY[keys[i], keys[j]]);
      END IF;
    END LOOP;
  END LOOP;
  IF n = 1 AND cardinality(common) = 1 THEN
    pairs := pairs || 'p.name_keys && $2'::text;
  END IF;
  base := 'SELECT p.id, (word_similarity($1, p.search_text)'
    ' + CASE WHEN p.name_keys && $2 THEN 1 ELSE 0 END)::real AS rank'
    ' FROM people p WHERE p.merged_into_id IS NULL AND ' || visible || ' AND ';
  IF cardinality(rare) > 0 THEN
    parts := parts || ('(' || base || 'p.name_keys && $3 LIMIT 5000)');
  END IF;
  IF cardinality(pairs) > 0 THEN
    parts := parts || ('(' || base || '(' || array_to_string(pairs, ' OR ') || ') LIMIT 1000)');
  END IF;
  IF cardinality(parts) > 0 THEN
    EXECUTE 'SELECT coalesce(array_agg(c.id), ''{}''), coalesce(array_agg(c.rank), ''{}'') FROM ('
      || array_to_string(parts, ' UNION ') || ') c'
      INTO ids, ranks USING search, keys, rare, max_rows, orgs, NULL::real, NULL::uuid, NULL::uuid[], NULL::real[], granted;
  END IF;
  IF cardinality(ids) = 0 AND coalesce(search, '') <> '' THEN
    RETURN QUERY EXECUTE
      'SELECT c.id, c.rank FROM (SELECT * FROM unnest($8::uuid[], $9::real[]) AS k(id, rank) UNION ('
      || base || '$1 <% p.search_text LIMIT 1000)) c'
      ' WHERE $6::real IS NULL OR (c.rank, c.id) < ($6::real, $7::uuid) ORDER BY c.rank DESC, c.id DESC LIMIT $4'
      USING search, keys, rare, max_rows, orgs, after_rank, after_id, ids, ranks, granted;
  ELSE
    RETURN QUERY
      SELECT k.id, k.rank FROM unnest(ids, ranks) AS k(id, rank)
      WHERE after_rank IS NULL OR (k.rank, k.id) < (after_rank, after_id)
      ORDER BY k.rank DESC, k.id DESC LIMIT max_rows;
  END IF;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION people_refresh_common_name_keys() FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION people_visibility_clause(uuid[], integer, integer) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION people_match_candidates(text[], text, integer, text) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION people_name_search(text, text[], real, uuid, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION people_refresh_common_name_keys() TO app_user;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION people_match_candidates(text[], text, integer, text) TO app_user;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION people_name_search(text, text[], real, uuid, integer) TO app_user;
--> statement-breakpoint
SELECT people_refresh_common_name_keys();
