-- Row-level security for case management (defence in depth under the use-cases' policies).
-- A case is visible to the organisations in the transaction's personal scope (the case's
-- controller) and to the members of its team, partners included. Special-category content
-- (assessment items of special domains, special-category notes) needs a role with app.special
-- AND membership of the case's team; case-manager-only notes need the case manager.
-- History is append-only for app_user: no DELETE anywhere, no UPDATE of transitions or notes.
GRANT SELECT, INSERT, UPDATE ON cases, case_approvals, case_team_members, assessments, care_plans,
  care_plan_versions, plan_actions, service_records, reminders TO app_user;
--> statement-breakpoint
GRANT SELECT, INSERT ON case_transitions, case_notes, assessment_items, service_record_people TO app_user;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON catalog_entries TO app_user;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_user_id() RETURNS uuid
LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.user_id', true), '')::uuid
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_user_id() TO app_user;
--> statement-breakpoint
-- Reads case_team_members bypassing its own policy (which depends on cases: no recursion).
CREATE OR REPLACE FUNCTION app_on_case_team(cid uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM case_team_members m
     WHERE m.case_id = cid AND m.removed_at IS NULL
       AND m.user_id = nullif(current_setting('app.user_id', true), '')::uuid)
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_on_case_team(uuid) TO app_user;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_is_case_manager(cid uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT coalesce(current_setting('app.scope', true), '') = 'system'
      OR EXISTS (
        SELECT 1 FROM case_team_members m
         WHERE m.case_id = cid AND m.removed_at IS NULL AND m.team_role = 'case_manager'
           AND m.user_id = nullif(current_setting('app.user_id', true), '')::uuid)
      OR EXISTS (
        SELECT 1 FROM cases c
         WHERE c.id = cid AND c.case_manager_id = nullif(current_setting('app.user_id', true), '')::uuid)
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_is_case_manager(uuid) TO app_user;
--> statement-breakpoint
-- Special-category content of a case: a role that needs it (app.special) and a seat on the team.
CREATE OR REPLACE FUNCTION app_case_special(cid uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('app.scope', true), '') = 'system'
      OR (coalesce(current_setting('app.special', true), '') = '1' AND app_on_case_team(cid))
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_case_special(uuid) TO app_user;
--> statement-breakpoint
ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY cases_tenant ON cases FOR ALL TO app_user
  USING (app_personal_org(organization_id) OR app_on_case_team(id))
  WITH CHECK (app_personal_org(organization_id) OR app_on_case_team(id));
--> statement-breakpoint
-- Child rows follow their case (the subquery runs under cases' own policy).
CREATE OR REPLACE FUNCTION app_can_see_case(cid uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM cases c WHERE c.id = cid)
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_can_see_case(uuid) TO app_user;
--> statement-breakpoint
ALTER TABLE case_transitions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_transitions_tenant ON case_transitions FOR ALL TO app_user
  USING (app_can_see_case(case_id)) WITH CHECK (app_can_see_case(case_id));
--> statement-breakpoint
ALTER TABLE case_approvals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_approvals_tenant ON case_approvals FOR ALL TO app_user
  USING (app_can_see_case(case_id)) WITH CHECK (app_can_see_case(case_id));
--> statement-breakpoint
ALTER TABLE case_team_members ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_team_members_tenant ON case_team_members FOR ALL TO app_user
  USING (app_can_see_case(case_id)) WITH CHECK (app_can_see_case(case_id));
--> statement-breakpoint
ALTER TABLE assessments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY assessments_tenant ON assessments FOR ALL TO app_user
  USING (app_can_see_case(case_id)) WITH CHECK (app_can_see_case(case_id));
--> statement-breakpoint
ALTER TABLE assessment_items ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY assessment_items_tenant ON assessment_items FOR ALL TO app_user
  USING (app_can_see_case(case_id) AND (NOT special_category OR app_case_special(case_id)))
  WITH CHECK (app_can_see_case(case_id) AND (NOT special_category OR app_case_special(case_id)));
--> statement-breakpoint
ALTER TABLE care_plans ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY care_plans_tenant ON care_plans FOR ALL TO app_user
  USING (app_can_see_case(case_id)) WITH CHECK (app_can_see_case(case_id));
--> statement-breakpoint
ALTER TABLE care_plan_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY care_plan_versions_tenant ON care_plan_versions FOR ALL TO app_user
  USING (app_can_see_case(case_id)) WITH CHECK (app_can_see_case(case_id));
--> statement-breakpoint
ALTER TABLE plan_actions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY plan_actions_tenant ON plan_actions FOR ALL TO app_user
  USING (app_can_see_case(case_id)) WITH CHECK (app_can_see_case(case_id));
--> statement-breakpoint
ALTER TABLE service_records ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY service_records_tenant ON service_records FOR ALL TO app_user
  USING (app_personal_org(organization_id) OR (case_id IS NOT NULL AND app_can_see_case(case_id)))
  WITH CHECK (app_personal_org(organization_id) OR (case_id IS NOT NULL AND app_can_see_case(case_id)));
--> statement-breakpoint
ALTER TABLE service_record_people ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY service_record_people_tenant ON service_record_people FOR ALL TO app_user
  USING (EXISTS (SELECT 1 FROM service_records r WHERE r.id = service_record_id))
  WITH CHECK (EXISTS (SELECT 1 FROM service_records r WHERE r.id = service_record_id));
--> statement-breakpoint
ALTER TABLE case_notes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_notes_tenant ON case_notes FOR ALL TO app_user
  USING (app_can_see_case(case_id) AND CASE confidentiality
           WHEN 'team' THEN true
           WHEN 'case_manager' THEN app_is_case_manager(case_id)
           WHEN 'special_category' THEN app_case_special(case_id)
           ELSE false END)
  WITH CHECK (app_can_see_case(case_id) AND CASE confidentiality
           WHEN 'team' THEN true
           WHEN 'case_manager' THEN app_is_case_manager(case_id)
           WHEN 'special_category' THEN app_case_special(case_id)
           ELSE false END);
--> statement-breakpoint
ALTER TABLE reminders ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY reminders_owner ON reminders FOR ALL TO app_user
  USING (coalesce(current_setting('app.scope', true), '') = 'system' OR user_id = app_user_id())
  WITH CHECK (coalesce(current_setting('app.scope', true), '') = 'system' OR user_id = app_user_id());
--> statement-breakpoint
-- Catalogues are reference data: everyone signed in reads them; only the administration scope
-- ('all') and the system write them.
ALTER TABLE catalog_entries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY catalog_entries_read ON catalog_entries FOR SELECT TO app_user USING (true);
--> statement-breakpoint
CREATE POLICY catalog_entries_insert ON catalog_entries FOR INSERT TO app_user
  WITH CHECK (coalesce(current_setting('app.scope', true), '') IN ('all', 'system'));
--> statement-breakpoint
CREATE POLICY catalog_entries_update ON catalog_entries FOR UPDATE TO app_user
  USING (coalesce(current_setting('app.scope', true), '') IN ('all', 'system'))
  WITH CHECK (coalesce(current_setting('app.scope', true), '') IN ('all', 'system'));
