-- Case module functions that must read across the caller's row-level security, each narrow and
-- each checking first that the caller may see the case or the project (see ADR on cases).
--
-- Special-category content of a case (special assessment items and notes) needs a role with
-- app.special, a seat on the team AND membership of the case's controller organisation: a partner
-- organisation's member on the team never sees it, whatever their role.
CREATE OR REPLACE FUNCTION app_case_special(cid uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('app.scope', true), '') = 'system'
      OR (coalesce(current_setting('app.special', true), '') = '1'
          AND app_on_case_team(cid)
          AND EXISTS (SELECT 1 FROM cases c WHERE c.id = cid AND app_personal_org(c.organization_id)))
$$;
--> statement-breakpoint
-- Whether the caller may see a case: its controller organisation, or a current team seat.
CREATE OR REPLACE FUNCTION app_case_visible(cid uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM cases c WHERE c.id = cid AND app_personal_org(c.organization_id))
      OR app_on_case_team(cid)
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_case_visible(uuid) TO app_user;
--> statement-breakpoint
-- The subject people of a visible case: its person, or its household's current members (a partner
-- on the team cannot read the household itself; names still come from people under RLS).
CREATE OR REPLACE FUNCTION app_case_subject_person_ids(cid uuid) RETURNS TABLE (person_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT c.person_id FROM cases c
   WHERE c.id = cid AND c.person_id IS NOT NULL AND app_case_visible(cid)
  UNION
  SELECT m.person_id FROM cases c JOIN household_members m ON m.household_id = c.household_id
   WHERE c.id = cid AND m.left_on IS NULL AND app_case_visible(cid)
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_case_subject_person_ids(uuid) TO app_user;
--> statement-breakpoint
-- Users who sit or sat on a visible case's team, or manage it: id, name and organisation only
-- (team list, timeline authors), partners' users included.
CREATE OR REPLACE FUNCTION app_case_users(cid uuid)
RETURNS TABLE (id uuid, display_name text, organization_id uuid, organization_name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT u.id, u.display_name, u.organization_id, o.name
    FROM users u JOIN organizations o ON o.id = u.organization_id
   WHERE app_case_visible(cid)
     AND (u.id IN (SELECT m.user_id FROM case_team_members m WHERE m.case_id = cid)
          OR u.id = (SELECT c.case_manager_id FROM cases c WHERE c.id = cid))
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_case_users(uuid) TO app_user;
--> statement-breakpoint
-- Active users of the organisations that are partners of a project, for the team picker: only when
-- the caller's organisation is itself a partner of the project; id, name, organisation, roles only.
-- `only_id` looks one user up (validating a new team member); `q` filters names.
CREATE OR REPLACE FUNCTION app_project_partner_users(pid uuid, q text, only_id uuid, lim integer)
RETURNS TABLE (id uuid, display_name text, organization_id uuid, organization_name text, roles text[])
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT u.id, u.display_name, u.organization_id, o.name,
         coalesce((SELECT array_agg(r.role ORDER BY r.role) FROM user_roles r
                    WHERE r.user_id = u.id AND r.organization_id = u.organization_id), '{}')
    FROM users u
    JOIN organizations o ON o.id = u.organization_id
    JOIN project_partners pp ON pp.project_id = pid AND pp.organization_id = u.organization_id
   WHERE u.active
     AND (coalesce(current_setting('app.scope', true), '') = 'system'
          OR EXISTS (SELECT 1 FROM project_partners mine
                      WHERE mine.project_id = pid
                        AND mine.organization_id = ANY (string_to_array(nullif(current_setting('app.org_ids', true), ''), ',')::uuid[])))
     AND (only_id IS NULL OR u.id = only_id)
     AND (q IS NULL OR q = '' OR strpos(lower(u.display_name), lower(q)) > 0)
   ORDER BY lower(u.display_name), u.id
   LIMIT lim
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_project_partner_users(uuid, text, uuid, integer) TO app_user;
