-- Name search under row-level security.
--
-- The trigram operators (%, <%) and array overlap (&&) are not LEAKPROOF, so PostgreSQL refuses to
-- evaluate them before a table's RLS policy: for app_user they can never be index conditions, and
-- every name search on people would read the whole table (measured: Seq Scan with the policy as a
-- filter, instead of a BitmapOr over the GIN indexes). These two functions run only the indexed
-- search as their owner (the migrating role, which owns people and is not subject to its RLS),
-- apply the very predicate of the people_tenant policy themselves, and return ids, never names.
-- Callers join the ids back to people under RLS, so the policy is checked twice. The queries are
-- fixed: no caller-supplied SQL runs with the owner's rights.
-- Candidates for duplicate detection: people sharing a phonetic key of the name, or the tax code.
-- A key carried by more than 1 person in 2,000 (planner statistics of people.name_keys; "mhmd" is
-- every Mohamed) is too common to find candidates alone: it counts only together with a second
-- key (name_keys @> pair, which GIN answers by intersecting two posting lists). Trigram arms
-- (name_skeleton %, search_text %) are deliberately absent: at 1 M people their GIN scans walk
-- posting lists of common trigrams for every query (measured 60-200 ms), whatever the caller sees.
CREATE OR REPLACE FUNCTION people_match_candidates(keys text[], tax text, max_rows integer)
RETURNS SETOF uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  common text[];
  rare text[];
  arms text[] := '{}';
  n integer := coalesce(cardinality(keys), 0);
BEGIN
  SELECT coalesce(array_agg(e.elem), '{}') INTO common
  FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(elem, freq)
  WHERE s.schemaname = 'public' AND s.tablename = 'people' AND s.attname = 'name_keys'
    AND e.freq > 0.0005 AND e.elem = ANY (keys);
  rare := ARRAY(SELECT k FROM unnest(keys) AS k WHERE NOT k = ANY (common));
  IF cardinality(rare) > 0 OR n = 1 THEN
    -- A lone key is used even when common: there is nothing to pair it with.
    arms := arms || CASE WHEN n = 1 THEN 'p.name_keys && $4' ELSE 'p.name_keys && $1' END;
  END IF;
  FOR i IN 1 .. n LOOP
    FOR j IN i + 1 .. n LOOP
      IF keys[i] = ANY (common) OR keys[j] = ANY (common) THEN
        arms := arms || format('p.name_keys @> %L::text[]', ARRAY[keys[i], keys[j]]);
      END IF;
    END LOOP;
  END LOOP;
  IF tax IS NOT NULL THEN
    arms := arms || 'p.tax_code = $2'::text;
  END IF;
  IF cardinality(arms) = 0 THEN
    RETURN;
  END IF;
  RETURN QUERY EXECUTE
    'SELECT p.id FROM people p WHERE p.merged_into_id IS NULL AND (' || array_to_string(arms, ' OR ') || ')'
    ' AND (app_personal_org(p.organization_id) OR EXISTS (SELECT 1 FROM person_access a'
    ' WHERE a.person_id = p.id AND app_personal_org(a.organization_id))) LIMIT $3'
    USING rare, tax, max_rows, keys;
END
$$;
--> statement-breakpoint
-- The list's fuzzy search: a word of the query close to a word of any spelling (<%, word
-- similarity), or a shared phonetic key. The caller ranks the rows it is allowed to see.
CREATE OR REPLACE FUNCTION people_name_search(search text, keys text[])
RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT p.id
  FROM people p
  WHERE p.merged_into_id IS NULL
    AND (p.name_keys && keys OR search <% p.search_text)
    AND (app_personal_org(p.organization_id)
         OR EXISTS (SELECT 1 FROM person_access a WHERE a.person_id = p.id AND app_personal_org(a.organization_id)))
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION people_match_candidates(text[], text, integer) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION people_name_search(text, text[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION people_match_candidates(text[], text, integer) TO app_user;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION people_name_search(text, text[]) TO app_user;
