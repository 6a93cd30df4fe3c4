-- The application connects (or SET ROLEs, see db/client.ts) as callboard_app: not a
-- superuser and not the tables' owner, so row-level security applies to it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'callboard_app') THEN
    CREATE ROLE callboard_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END
$$;--> statement-breakpoint
GRANT callboard_app TO CURRENT_USER;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO callboard_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO callboard_app;--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO callboard_app;--> statement-breakpoint
-- Tables and schemas created later by the migrating role (next migrations, pg-boss's
-- schema and queue partitions) are granted too.
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO callboard_app;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO callboard_app;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO callboard_app;--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_namespace WHERE nspname = 'pgboss') THEN
    GRANT USAGE ON SCHEMA pgboss TO callboard_app;
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO callboard_app;
  END IF;
END
$$;--> statement-breakpoint
-- The tenant of the current transaction, set by lib/tenancy/scope.ts with
-- set_config(…, true). Unset settings read as '' or NULL: no tenant, no rows.
CREATE FUNCTION app_org_id() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.org_id', true), '')::uuid $$;--> statement-breakpoint
CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;--> statement-breakpoint
-- System work that must cross tenants (accepting an invitation by its token, jobs, the
-- seed, platform admin) says so explicitly with withSystemScope().
CREATE FUNCTION app_is_system() RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT coalesce(current_setting('app.system', true), '') = 'on' $$;--> statement-breakpoint
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
-- Members of the current org, plus the current user's own memberships (their org list).
CREATE POLICY memberships_tenant ON memberships
  USING (org_id = app_org_id() OR user_id = app_user_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());--> statement-breakpoint
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY invitations_tenant ON invitations
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
