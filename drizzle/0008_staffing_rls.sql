-- Staffing tables are tenant tables: rows of the transaction's org only (see 0005).
ALTER TABLE staffing_settings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY staffing_settings_tenant ON staffing_settings
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE labor_types ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY labor_types_tenant ON labor_types
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE staffing_locations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY staffing_locations_tenant ON staffing_locations
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE workers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY workers_tenant ON workers
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE worker_phones ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY worker_phones_tenant ON worker_phones
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE worker_labor_types ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY worker_labor_types_tenant ON worker_labor_types
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE staffing_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY staffing_events_tenant ON staffing_events
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE event_stewards ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY event_stewards_tenant ON event_stewards
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE call_times ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY call_times_tenant ON call_times
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE call_time_changes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY call_time_changes_tenant ON call_time_changes
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE labor_requirements ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY labor_requirements_tenant ON labor_requirements
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE labor_requests ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY labor_requests_tenant ON labor_requests
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE time_entries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY time_entries_tenant ON time_entries
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE meal_breaks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY meal_breaks_tenant ON meal_breaks
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE time_entry_audits ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY time_entry_audits_tenant ON time_entry_audits
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE staffing_notifications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY staffing_notifications_tenant ON staffing_notifications
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE sign_in_stations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY sign_in_stations_tenant ON sign_in_stations
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
