-- A partner organisation's documents on a shared person must move with the person when the
-- controller merges a duplicate: updates are allowed wherever the person is visible; inserts and
-- deletes stay with the document's own organisation.
DROP POLICY attachments_tenant ON attachments;
--> statement-breakpoint
CREATE POLICY attachments_select ON attachments FOR SELECT TO app_user
  USING (app_personal_org(organization_id) OR (person_id IS NOT NULL AND app_can_see_person(person_id)));
--> statement-breakpoint
CREATE POLICY attachments_insert ON attachments FOR INSERT TO app_user WITH CHECK (app_personal_org(organization_id));
--> statement-breakpoint
CREATE POLICY attachments_update ON attachments FOR UPDATE TO app_user
  USING (app_personal_org(organization_id) OR (person_id IS NOT NULL AND app_can_see_person(person_id)))
  WITH CHECK (app_personal_org(organization_id) OR (person_id IS NOT NULL AND app_can_see_person(person_id)));
--> statement-breakpoint
CREATE POLICY attachments_delete ON attachments FOR DELETE TO app_user USING (app_personal_org(organization_id));
