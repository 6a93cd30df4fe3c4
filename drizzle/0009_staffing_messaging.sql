CREATE TABLE "labor_request_reminders" (
	"org_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"hours_before" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "labor_request_reminders_request_id_hours_before_pk" PRIMARY KEY("request_id","hours_before")
);
--> statement-breakpoint
CREATE TABLE "time_change_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"change_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"answer" text,
	"message" text,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "time_change_answers_answer_check" CHECK ("time_change_answers"."answer" is null or "time_change_answers"."answer" in ('confirmed', 'cant_make_it'))
);
--> statement-breakpoint
ALTER TABLE "labor_requests" ADD COLUMN "short_code" text;--> statement-breakpoint
-- Requests made before short codes existed get one (10 characters, like the app's).
UPDATE "labor_requests" SET "short_code" = upper(substr(md5(random()::text || "id"::text), 1, 10)) WHERE "short_code" IS NULL;--> statement-breakpoint
ALTER TABLE "labor_requests" ALTER COLUMN "short_code" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "labor_request_reminders" ADD CONSTRAINT "labor_request_reminders_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labor_request_reminders" ADD CONSTRAINT "labor_request_reminders_request_id_labor_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."labor_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_change_answers" ADD CONSTRAINT "time_change_answers_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_change_answers" ADD CONSTRAINT "time_change_answers_change_id_call_time_changes_id_fk" FOREIGN KEY ("change_id") REFERENCES "public"."call_time_changes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_change_answers" ADD CONSTRAINT "time_change_answers_request_id_labor_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."labor_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "time_change_answers_change_request_key" ON "time_change_answers" USING btree ("change_id","request_id");--> statement-breakpoint
CREATE INDEX "time_change_answers_request_idx" ON "time_change_answers" USING btree ("request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "labor_requests_short_code_key" ON "labor_requests" USING btree ("short_code");--> statement-breakpoint
-- Tenant tables, like the other staffing tables (see 0008).
ALTER TABLE labor_request_reminders ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY labor_request_reminders_tenant ON labor_request_reminders
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE time_change_answers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY time_change_answers_tenant ON time_change_answers
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
