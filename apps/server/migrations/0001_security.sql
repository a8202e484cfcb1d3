-- Row-level security: the application runs every transaction as the non-superuser role app_user
-- (SET LOCAL ROLE) with the actor's scope in transaction-local settings. These policies are the
-- defence in depth behind the policies in the service layer.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_user') THEN
    CREATE ROLE app_user NOLOGIN;
  END IF;
END $$;
--> statement-breakpoint
DO $$ BEGIN
  EXECUTE format('GRANT app_user TO %I', current_user);
EXCEPTION WHEN others THEN NULL;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO app_user;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON territories, networks, organizations, network_organizations, projects,
  project_partners, project_targets, service_points, users, user_roles, sessions, api_tokens, idempotency_keys
  TO app_user;
--> statement-breakpoint
-- The audit trail is append-only for the application.
GRANT SELECT, INSERT ON audit_events TO app_user;
--> statement-breakpoint
GRANT SELECT, UPDATE ON audit_head TO app_user;
--> statement-breakpoint
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));
--> statement-breakpoint
-- app.scope: 'org' (only app.org_ids), 'all' (administration), 'system' (sign-in, jobs, seeding).
CREATE OR REPLACE FUNCTION app_can_see_org(org uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('app.scope', true), '') IN ('all', 'system')
      OR org = ANY (string_to_array(nullif(current_setting('app.org_ids', true), ''), ',')::uuid[])
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_can_see_org(uuid) TO app_user;
--> statement-breakpoint
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY users_tenant ON users FOR ALL TO app_user
  USING (app_can_see_org(organization_id)) WITH CHECK (app_can_see_org(organization_id));
--> statement-breakpoint
ALTER TABLE user_roles ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY user_roles_tenant ON user_roles FOR ALL TO app_user
  USING (app_can_see_org(organization_id)) WITH CHECK (app_can_see_org(organization_id));
--> statement-breakpoint
ALTER TABLE api_tokens ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY api_tokens_tenant ON api_tokens FOR ALL TO app_user
  USING (app_can_see_org(organization_id)) WITH CHECK (app_can_see_org(organization_id));
--> statement-breakpoint
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Anyone may append (the event's organisation is the actor's); only the organisation itself,
-- administrators and the DPO (scope 'all') read.
CREATE POLICY audit_events_insert ON audit_events FOR INSERT TO app_user WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY audit_events_select ON audit_events FOR SELECT TO app_user
  USING (organization_id IS NULL AND coalesce(current_setting('app.scope', true), '') IN ('all', 'system')
         OR organization_id IS NOT NULL AND app_can_see_org(organization_id));
