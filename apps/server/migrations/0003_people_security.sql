-- Row-level security for personal data. Unlike reference data, people are NOT visible to the
-- administration scope ('all': admin, DPO): "audit and admin, not case content by default".
-- Only the system scope (jobs, seeding, explicit audited elevations) and the organisations that
-- control or were granted access to a person see them.
GRANT SELECT, INSERT, UPDATE, DELETE ON people, person_names, person_languages, residence_permits,
  person_vulnerabilities, person_access, households, household_members, attachments, consents,
  person_merges, imports, import_rejections TO app_user;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_personal_org(org uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('app.scope', true), '') = 'system'
      OR (coalesce(current_setting('app.scope', true), '') = 'org'
          AND org = ANY (string_to_array(nullif(current_setting('app.org_ids', true), ''), ',')::uuid[]))
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_personal_org(uuid) TO app_user;
--> statement-breakpoint
ALTER TABLE person_access ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY person_access_tenant ON person_access FOR ALL TO app_user
  USING (app_personal_org(organization_id)) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE people ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY people_tenant ON people FOR ALL TO app_user
  USING (app_personal_org(organization_id)
         OR EXISTS (SELECT 1 FROM person_access a WHERE a.person_id = people.id AND app_personal_org(a.organization_id)))
  WITH CHECK (app_personal_org(organization_id)
         OR EXISTS (SELECT 1 FROM person_access a WHERE a.person_id = people.id AND app_personal_org(a.organization_id)));
--> statement-breakpoint
-- Child rows follow their person (the subquery runs under people's own policy).
CREATE OR REPLACE FUNCTION app_can_see_person(pid uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM people p WHERE p.id = pid)
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_can_see_person(uuid) TO app_user;
--> statement-breakpoint
ALTER TABLE person_names ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY person_names_tenant ON person_names FOR ALL TO app_user
  USING (app_can_see_person(person_id)) WITH CHECK (app_can_see_person(person_id));
--> statement-breakpoint
ALTER TABLE person_languages ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY person_languages_tenant ON person_languages FOR ALL TO app_user
  USING (app_can_see_person(person_id)) WITH CHECK (app_can_see_person(person_id));
--> statement-breakpoint
ALTER TABLE residence_permits ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY residence_permits_tenant ON residence_permits FOR ALL TO app_user
  USING (app_can_see_person(person_id)) WITH CHECK (app_can_see_person(person_id));
--> statement-breakpoint
ALTER TABLE consents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY consents_tenant ON consents FOR ALL TO app_user
  USING (app_can_see_person(person_id)) WITH CHECK (app_can_see_person(person_id));
--> statement-breakpoint
-- Special-category vulnerabilities (health, mental distress, addiction, trafficking, torture) only
-- for transactions of actors whose role needs them (app.special = '1', set per transaction).
ALTER TABLE person_vulnerabilities ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY person_vulnerabilities_tenant ON person_vulnerabilities FOR ALL TO app_user
  USING (app_can_see_person(person_id)
         AND (NOT special_category OR coalesce(current_setting('app.special', true), '') = '1'
              OR coalesce(current_setting('app.scope', true), '') = 'system'))
  WITH CHECK (app_can_see_person(person_id)
         AND (NOT special_category OR coalesce(current_setting('app.special', true), '') = '1'
              OR coalesce(current_setting('app.scope', true), '') = 'system'));
--> statement-breakpoint
ALTER TABLE households ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY households_tenant ON households FOR ALL TO app_user
  USING (app_personal_org(organization_id)) WITH CHECK (app_personal_org(organization_id));
--> statement-breakpoint
ALTER TABLE household_members ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY household_members_tenant ON household_members FOR ALL TO app_user
  USING (EXISTS (SELECT 1 FROM households h WHERE h.id = household_id))
  WITH CHECK (EXISTS (SELECT 1 FROM households h WHERE h.id = household_id) AND app_can_see_person(person_id));
--> statement-breakpoint
ALTER TABLE attachments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY attachments_tenant ON attachments FOR ALL TO app_user
  USING (app_personal_org(organization_id) OR (person_id IS NOT NULL AND app_can_see_person(person_id)))
  WITH CHECK (app_personal_org(organization_id));
--> statement-breakpoint
ALTER TABLE person_merges ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY person_merges_tenant ON person_merges FOR ALL TO app_user
  USING (app_personal_org(organization_id)) WITH CHECK (app_personal_org(organization_id));
--> statement-breakpoint
ALTER TABLE imports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY imports_tenant ON imports FOR ALL TO app_user
  USING (app_personal_org(organization_id)) WITH CHECK (app_personal_org(organization_id));
--> statement-breakpoint
ALTER TABLE import_rejections ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY import_rejections_tenant ON import_rejections FOR ALL TO app_user
  USING (EXISTS (SELECT 1 FROM imports i WHERE i.id = import_id))
  WITH CHECK (EXISTS (SELECT 1 FROM imports i WHERE i.id = import_id));
