CREATE TABLE "call_time_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"call_time_id" uuid NOT NULL,
	"previous_starts_at" timestamp with time zone NOT NULL,
	"new_starts_at" timestamp with time zone NOT NULL,
	"changed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_times" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"name" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"message" text,
	"pay_rules" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_stewards" (
	"org_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "event_stewards_event_id_user_id_pk" PRIMARY KEY("event_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "staffing_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"location_id" uuid,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"pay_rules" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sending_paused" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staffing_events_dates_check" CHECK ("staffing_events"."end_date" >= "staffing_events"."start_date"),
	CONSTRAINT "staffing_events_status_check" CHECK ("staffing_events"."status" in ('draft', 'active', 'canceled', 'completed'))
);
--> statement-breakpoint
CREATE TABLE "labor_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"requirement_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"reserved" boolean DEFAULT false NOT NULL,
	"token" text NOT NULL,
	"answer_channel" text,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"canceled_at" timestamp with time zone,
	"no_show_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "labor_requests_state_check" CHECK ("labor_requests"."state" in ('queued', 'sent', 'available', 'declined', 'confirmed', 'canceled', 'no_call_no_show'))
);
--> statement-breakpoint
CREATE TABLE "labor_requirements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"call_time_id" uuid NOT NULL,
	"labor_type_id" uuid NOT NULL,
	"needed" integer NOT NULL,
	"first_come_positions" integer DEFAULT 0 NOT NULL,
	"pay_rate_minor" integer,
	"pay_rules" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"confirmed_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "labor_requirements_needed_check" CHECK ("labor_requirements"."needed" > 0),
	CONSTRAINT "labor_requirements_first_come_check" CHECK ("labor_requirements"."first_come_positions" between 0 and "labor_requirements"."needed"),
	CONSTRAINT "labor_requirements_confirmed_check" CHECK ("labor_requirements"."confirmed_count" between 0 and "labor_requirements"."needed"),
	CONSTRAINT "labor_requirements_pay_rate_check" CHECK ("labor_requirements"."pay_rate_minor" is null or "labor_requirements"."pay_rate_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "labor_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staffing_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"latitude" double precision,
	"longitude" double precision,
	"time_zone" text NOT NULL,
	"pay_rules" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meal_breaks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"time_entry_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"paid" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meal_breaks_duration_check" CHECK ("meal_breaks"."duration_minutes" between 1 and 720)
);
--> statement-breakpoint
CREATE TABLE "sign_in_stations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staffing_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"request_id" uuid,
	"event_id" uuid,
	"message" text NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staffing_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"pay_rules" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reminder_hours" integer[] DEFAULT '{24,2}'::integer[] NOT NULL,
	"auto_withdraw_hours" integer,
	"conflict_window_hours" integer DEFAULT 5 NOT NULL,
	"sms_sender_name" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "time_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"signed_in_at" timestamp with time zone,
	"signed_out_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "time_entries_order_check" CHECK ("time_entries"."signed_out_at" is null or "time_entries"."signed_in_at" is not null and "time_entries"."signed_out_at" > "time_entries"."signed_in_at")
);
--> statement-breakpoint
CREATE TABLE "time_entry_audits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"time_entry_id" uuid NOT NULL,
	"actor_user_id" uuid,
	"field" text NOT NULL,
	"old_value" text,
	"new_value" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "worker_labor_types" (
	"org_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"labor_type_id" uuid NOT NULL,
	CONSTRAINT "worker_labor_types_worker_id_labor_type_id_pk" PRIMARY KEY("worker_id","labor_type_id")
);
--> statement-breakpoint
CREATE TABLE "worker_phones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"phone" text NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"notes" text,
	"sms_consent" text DEFAULT 'unknown' NOT NULL,
	"no_call_no_show_count" integer DEFAULT 0 NOT NULL,
	"late_cancellation_count" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workers_sms_consent_check" CHECK ("workers"."sms_consent" in ('unknown', 'pending', 'granted', 'stopped'))
);
--> statement-breakpoint
ALTER TABLE "call_time_changes" ADD CONSTRAINT "call_time_changes_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_time_changes" ADD CONSTRAINT "call_time_changes_call_time_id_call_times_id_fk" FOREIGN KEY ("call_time_id") REFERENCES "public"."call_times"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_time_changes" ADD CONSTRAINT "call_time_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_times" ADD CONSTRAINT "call_times_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_times" ADD CONSTRAINT "call_times_event_id_staffing_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."staffing_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_stewards" ADD CONSTRAINT "event_stewards_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_stewards" ADD CONSTRAINT "event_stewards_event_id_staffing_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."staffing_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_stewards" ADD CONSTRAINT "event_stewards_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_events" ADD CONSTRAINT "staffing_events_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_events" ADD CONSTRAINT "staffing_events_location_id_staffing_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."staffing_locations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_events" ADD CONSTRAINT "staffing_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labor_requests" ADD CONSTRAINT "labor_requests_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labor_requests" ADD CONSTRAINT "labor_requests_requirement_id_labor_requirements_id_fk" FOREIGN KEY ("requirement_id") REFERENCES "public"."labor_requirements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labor_requests" ADD CONSTRAINT "labor_requests_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labor_requirements" ADD CONSTRAINT "labor_requirements_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labor_requirements" ADD CONSTRAINT "labor_requirements_call_time_id_call_times_id_fk" FOREIGN KEY ("call_time_id") REFERENCES "public"."call_times"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labor_requirements" ADD CONSTRAINT "labor_requirements_labor_type_id_labor_types_id_fk" FOREIGN KEY ("labor_type_id") REFERENCES "public"."labor_types"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labor_types" ADD CONSTRAINT "labor_types_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_locations" ADD CONSTRAINT "staffing_locations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_breaks" ADD CONSTRAINT "meal_breaks_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_breaks" ADD CONSTRAINT "meal_breaks_time_entry_id_time_entries_id_fk" FOREIGN KEY ("time_entry_id") REFERENCES "public"."time_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_in_stations" ADD CONSTRAINT "sign_in_stations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_in_stations" ADD CONSTRAINT "sign_in_stations_event_id_staffing_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."staffing_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_in_stations" ADD CONSTRAINT "sign_in_stations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_notifications" ADD CONSTRAINT "staffing_notifications_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_notifications" ADD CONSTRAINT "staffing_notifications_request_id_labor_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."labor_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_notifications" ADD CONSTRAINT "staffing_notifications_event_id_staffing_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."staffing_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_settings" ADD CONSTRAINT "staffing_settings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_request_id_labor_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."labor_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entry_audits" ADD CONSTRAINT "time_entry_audits_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entry_audits" ADD CONSTRAINT "time_entry_audits_time_entry_id_time_entries_id_fk" FOREIGN KEY ("time_entry_id") REFERENCES "public"."time_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entry_audits" ADD CONSTRAINT "time_entry_audits_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_labor_types" ADD CONSTRAINT "worker_labor_types_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_labor_types" ADD CONSTRAINT "worker_labor_types_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_labor_types" ADD CONSTRAINT "worker_labor_types_labor_type_id_labor_types_id_fk" FOREIGN KEY ("labor_type_id") REFERENCES "public"."labor_types"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_phones" ADD CONSTRAINT "worker_phones_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_phones" ADD CONSTRAINT "worker_phones_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workers" ADD CONSTRAINT "workers_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workers" ADD CONSTRAINT "workers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "call_time_changes_call_time_idx" ON "call_time_changes" USING btree ("call_time_id","created_at");--> statement-breakpoint
CREATE INDEX "call_times_event_idx" ON "call_times" USING btree ("event_id","starts_at");--> statement-breakpoint
CREATE INDEX "call_times_org_starts_idx" ON "call_times" USING btree ("org_id","starts_at");--> statement-breakpoint
CREATE INDEX "event_stewards_user_idx" ON "event_stewards" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "staffing_events_org_start_idx" ON "staffing_events" USING btree ("org_id","start_date");--> statement-breakpoint
CREATE UNIQUE INDEX "labor_requests_requirement_worker_key" ON "labor_requests" USING btree ("requirement_id","worker_id");--> statement-breakpoint
CREATE UNIQUE INDEX "labor_requests_token_key" ON "labor_requests" USING btree ("token");--> statement-breakpoint
CREATE INDEX "labor_requests_worker_idx" ON "labor_requests" USING btree ("worker_id","state");--> statement-breakpoint
CREATE INDEX "labor_requests_org_state_idx" ON "labor_requests" USING btree ("org_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "labor_requirements_call_time_type_key" ON "labor_requirements" USING btree ("call_time_id","labor_type_id");--> statement-breakpoint
CREATE UNIQUE INDEX "labor_types_org_name_key" ON "labor_types" USING btree ("org_id",lower("name"));--> statement-breakpoint
CREATE INDEX "staffing_locations_org_idx" ON "staffing_locations" USING btree ("org_id","name");--> statement-breakpoint
CREATE INDEX "meal_breaks_entry_idx" ON "meal_breaks" USING btree ("time_entry_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sign_in_stations_token_key" ON "sign_in_stations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "staffing_notifications_org_idx" ON "staffing_notifications" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "time_entries_request_key" ON "time_entries" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "time_entry_audits_entry_idx" ON "time_entry_audits" USING btree ("time_entry_id","created_at");--> statement-breakpoint
CREATE INDEX "worker_labor_types_type_idx" ON "worker_labor_types" USING btree ("labor_type_id");--> statement-breakpoint
CREATE UNIQUE INDEX "worker_phones_org_phone_key" ON "worker_phones" USING btree ("org_id","phone");--> statement-breakpoint
CREATE UNIQUE INDEX "worker_phones_one_primary_key" ON "worker_phones" USING btree ("worker_id") WHERE "worker_phones"."is_primary";--> statement-breakpoint
CREATE INDEX "worker_phones_phone_idx" ON "worker_phones" USING btree ("phone");--> statement-breakpoint
CREATE INDEX "workers_org_name_idx" ON "workers" USING btree ("org_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "workers_org_user_key" ON "workers" USING btree ("org_id","user_id");