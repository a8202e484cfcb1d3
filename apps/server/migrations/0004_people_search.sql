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
CREATE OR REPLACE FUNCTION people_match_candidates(keys text[], skeleton text, search text, tax text, max_rows integer)
RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT p.id
  FROM people p
  WHERE p.merged_into_id IS NULL
    AND (p.name_keys && keys OR p.name_skeleton % skeleton OR p.search_text % search OR p.tax_code = tax)
    AND (app_personal_org(p.organization_id)
         OR EXISTS (SELECT 1 FROM person_access a WHERE a.person_id = p.id AND app_personal_org(a.organization_id)))
  LIMIT max_rows
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
REVOKE ALL ON FUNCTION people_match_candidates(text[], text, text, text, integer) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION people_name_search(text, text[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION people_match_candidates(text[], text, text, text, integer) TO app_user;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION people_name_search(text, text[]) TO app_user;
