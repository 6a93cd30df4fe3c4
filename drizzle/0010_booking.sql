CREATE TABLE "booking_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"parent_id" uuid,
	"slug" text NOT NULL,
	"icon" text,
	"name" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_categories_slug_check" CHECK ("booking_categories"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "booking_reminders" (
	"org_id" uuid NOT NULL,
	"booking_id" uuid NOT NULL,
	"hours_before" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_reminders_booking_id_hours_before_pk" PRIMARY KEY("booking_id","hours_before")
);
--> statement-breakpoint
CREATE TABLE "booking_items" (
	"org_id" uuid NOT NULL,
	"booking_id" uuid NOT NULL,
	"service_id" uuid,
	"position" integer NOT NULL,
	"name" jsonb NOT NULL,
	"duration_minutes" integer NOT NULL,
	"buffer_after_minutes" integer DEFAULT 0 NOT NULL,
	"price_minor" integer NOT NULL,
	CONSTRAINT "booking_items_booking_id_position_pk" PRIMARY KEY("booking_id","position")
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"customer_id" uuid,
	"client_id" uuid,
	"employee_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"occupied_until" timestamp with time zone NOT NULL,
	"visit_type" text DEFAULT 'on_site' NOT NULL,
	"visit_address" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"notes" text,
	"cancel_reason" text,
	"canceled_by" text,
	"created_by" text DEFAULT 'customer' NOT NULL,
	"total_price_minor" integer NOT NULL,
	"currency" text NOT NULL,
	"payment_status" text DEFAULT 'not_required' NOT NULL,
	"confirmed_at" timestamp with time zone,
	"rejected_at" timestamp with time zone,
	"canceled_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_range_check" CHECK ("bookings"."ends_at" > "bookings"."starts_at"),
	CONSTRAINT "bookings_occupied_check" CHECK ("bookings"."occupied_until" >= "bookings"."ends_at"),
	CONSTRAINT "bookings_price_check" CHECK ("bookings"."total_price_minor" >= 0),
	CONSTRAINT "bookings_currency_check" CHECK ("bookings"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "bookings_status_check" CHECK ("bookings"."status" in ('pending', 'confirmed', 'rejected', 'canceled', 'completed', 'no_show')),
	CONSTRAINT "bookings_visit_type_check" CHECK ("bookings"."visit_type" in ('on_site', 'home_visit')),
	CONSTRAINT "bookings_payment_status_check" CHECK ("bookings"."payment_status" in ('not_required', 'pending', 'paid', 'refunded', 'failed')),
	CONSTRAINT "bookings_customer_check" CHECK ("bookings"."customer_id" is not null or "bookings"."client_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "business_categories" (
	"org_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	CONSTRAINT "business_categories_business_id_category_id_pk" PRIMARY KEY("business_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "business_clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"email" "citext",
	"phone" text,
	"notes" text,
	"invitation_token_hash" text,
	"invited_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "business_clients_contact_check" CHECK ("business_clients"."user_id" is not null or "business_clients"."email" is not null or "business_clients"."phone" is not null)
);
--> statement-breakpoint
CREATE TABLE "business_images" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"storage_key" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"is_main" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "businesses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"type" text DEFAULT 'business' NOT NULL,
	"bio" jsonb,
	"description" jsonb,
	"address" text,
	"latitude" double precision,
	"longitude" double precision,
	"collab_address" text,
	"collab_latitude" double precision,
	"collab_longitude" double precision,
	"visit_type" text DEFAULT 'on_site' NOT NULL,
	"phone" text,
	"email" "citext",
	"website" text,
	"socials" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note_to_clients" jsonb,
	"logo_key" text,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"rating_average" numeric(3, 2),
	"rating_count" integer DEFAULT 0 NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"auto_confirm" boolean DEFAULT true NOT NULL,
	"min_notice_minutes" integer DEFAULT 60 NOT NULL,
	"max_horizon_days" integer DEFAULT 60 NOT NULL,
	"cancellation_window_hours" integer DEFAULT 24 NOT NULL,
	"slot_step_minutes" integer DEFAULT 15 NOT NULL,
	"reminder_hours" integer[] DEFAULT '{24,1}'::integer[] NOT NULL,
	"notify_email" boolean DEFAULT true NOT NULL,
	"notify_push" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "businesses_slug_check" CHECK ("businesses"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "businesses_type_check" CHECK ("businesses"."type" in ('business', 'freelancer')),
	CONSTRAINT "businesses_visit_type_check" CHECK ("businesses"."visit_type" in ('on_site', 'home_visit', 'both')),
	CONSTRAINT "businesses_status_check" CHECK ("businesses"."status" in ('draft', 'published', 'suspended')),
	CONSTRAINT "businesses_currency_check" CHECK ("businesses"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "businesses_location_check" CHECK (("businesses"."latitude" is null) = ("businesses"."longitude" is null) and coalesce("businesses"."latitude" between -90 and 90, true) and coalesce("businesses"."longitude" between -180 and 180, true)),
	CONSTRAINT "businesses_collab_location_check" CHECK (("businesses"."collab_latitude" is null) = ("businesses"."collab_longitude" is null) and coalesce("businesses"."collab_latitude" between -90 and 90, true) and coalesce("businesses"."collab_longitude" between -180 and 180, true)),
	CONSTRAINT "businesses_rules_check" CHECK ("businesses"."min_notice_minutes" >= 0 and "businesses"."max_horizon_days" between 1 and 730 and "businesses"."cancellation_window_hours" >= 0 and "businesses"."slot_step_minutes" between 5 and 240)
);
--> statement-breakpoint
CREATE TABLE "booking_employee_services" (
	"org_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	CONSTRAINT "booking_employee_services_employee_id_service_id_pk" PRIMARY KEY("employee_id","service_id")
);
--> statement-breakpoint
CREATE TABLE "booking_employees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"avatar_key" text,
	"bio" jsonb,
	"active" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"rating_average" numeric(3, 2),
	"rating_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "booking_favorites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"business_id" uuid,
	"employee_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_favorites_kind_check" CHECK ("booking_favorites"."kind" in ('favorite', 'saved')),
	CONSTRAINT "booking_favorites_target_check" CHECK (("booking_favorites"."business_id" is null) <> ("booking_favorites"."employee_id" is null))
);
--> statement-breakpoint
CREATE TABLE "freelancer_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"applicant_id" uuid NOT NULL,
	"message" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"employee_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "freelancer_applications_status_check" CHECK ("freelancer_applications"."status" in ('pending', 'approved', 'rejected', 'withdrawn', 'left'))
);
--> statement-breakpoint
CREATE TABLE "booking_rating_images" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"rating_id" uuid NOT NULL,
	"storage_key" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_rating_images_position_check" CHECK ("booking_rating_images"."position" between 0 and 4)
);
--> statement-breakpoint
CREATE TABLE "booking_rating_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"rating_id" uuid NOT NULL,
	"author_id" uuid,
	"side" text NOT NULL,
	"body" text NOT NULL,
	"hidden_at" timestamp with time zone,
	"hidden_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_rating_replies_side_check" CHECK ("booking_rating_replies"."side" in ('business', 'customer'))
);
--> statement-breakpoint
CREATE TABLE "booking_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"employee_id" uuid,
	"customer_id" uuid NOT NULL,
	"booking_id" uuid,
	"score" smallint NOT NULL,
	"comment" text,
	"hidden_at" timestamp with time zone,
	"hidden_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_ratings_score_check" CHECK ("booking_ratings"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "booking_service_categories" (
	"org_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	CONSTRAINT "booking_service_categories_service_id_category_id_pk" PRIMARY KEY("service_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "booking_service_images" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"storage_key" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "booking_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"duration_minutes" integer NOT NULL,
	"price_minor" integer NOT NULL,
	"currency" text NOT NULL,
	"gender" text DEFAULT 'any' NOT NULL,
	"buffer_after_minutes" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_services_duration_check" CHECK ("booking_services"."duration_minutes" between 5 and 1440),
	CONSTRAINT "booking_services_price_check" CHECK ("booking_services"."price_minor" >= 0),
	CONSTRAINT "booking_services_buffer_check" CHECK ("booking_services"."buffer_after_minutes" between 0 and 480),
	CONSTRAINT "booking_services_currency_check" CHECK ("booking_services"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "booking_services_gender_check" CHECK ("booking_services"."gender" in ('any', 'female', 'male'))
);
--> statement-breakpoint
CREATE TABLE "booking_time_off" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"employee_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_time_off_range_check" CHECK ("booking_time_off"."ends_at" > "booking_time_off"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "user_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"org_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"booking_id" uuid,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "booking_working_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"employee_id" uuid,
	"service_id" uuid,
	"weekday" smallint NOT NULL,
	"opens_at" time NOT NULL,
	"closes_at" time NOT NULL,
	"kind" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_working_hours_weekday_check" CHECK ("booking_working_hours"."weekday" between 1 and 7),
	CONSTRAINT "booking_working_hours_range_check" CHECK ("booking_working_hours"."opens_at" < "booking_working_hours"."closes_at"),
	CONSTRAINT "booking_working_hours_kind_check" CHECK ("booking_working_hours"."kind" in ('open', 'break'))
);
--> statement-breakpoint
ALTER TABLE "booking_reminders" ADD CONSTRAINT "booking_reminders_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_reminders" ADD CONSTRAINT "booking_reminders_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_items" ADD CONSTRAINT "booking_items_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_items" ADD CONSTRAINT "booking_items_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_items" ADD CONSTRAINT "booking_items_service_id_booking_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."booking_services"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_customer_id_users_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_client_id_business_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."business_clients"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_employee_id_booking_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."booking_employees"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_categories" ADD CONSTRAINT "business_categories_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_categories" ADD CONSTRAINT "business_categories_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_categories" ADD CONSTRAINT "business_categories_category_id_booking_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."booking_categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_clients" ADD CONSTRAINT "business_clients_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_clients" ADD CONSTRAINT "business_clients_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_clients" ADD CONSTRAINT "business_clients_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_images" ADD CONSTRAINT "business_images_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_images" ADD CONSTRAINT "business_images_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "businesses" ADD CONSTRAINT "businesses_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_employee_services" ADD CONSTRAINT "booking_employee_services_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_employee_services" ADD CONSTRAINT "booking_employee_services_employee_id_booking_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."booking_employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_employee_services" ADD CONSTRAINT "booking_employee_services_service_id_booking_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."booking_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_employees" ADD CONSTRAINT "booking_employees_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_employees" ADD CONSTRAINT "booking_employees_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_employees" ADD CONSTRAINT "booking_employees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_favorites" ADD CONSTRAINT "booking_favorites_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_favorites" ADD CONSTRAINT "booking_favorites_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_favorites" ADD CONSTRAINT "booking_favorites_employee_id_booking_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."booking_employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freelancer_applications" ADD CONSTRAINT "freelancer_applications_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freelancer_applications" ADD CONSTRAINT "freelancer_applications_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freelancer_applications" ADD CONSTRAINT "freelancer_applications_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freelancer_applications" ADD CONSTRAINT "freelancer_applications_employee_id_booking_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."booking_employees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freelancer_applications" ADD CONSTRAINT "freelancer_applications_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_rating_images" ADD CONSTRAINT "booking_rating_images_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_rating_images" ADD CONSTRAINT "booking_rating_images_rating_id_booking_ratings_id_fk" FOREIGN KEY ("rating_id") REFERENCES "public"."booking_ratings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_rating_replies" ADD CONSTRAINT "booking_rating_replies_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_rating_replies" ADD CONSTRAINT "booking_rating_replies_rating_id_booking_ratings_id_fk" FOREIGN KEY ("rating_id") REFERENCES "public"."booking_ratings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_rating_replies" ADD CONSTRAINT "booking_rating_replies_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_rating_replies" ADD CONSTRAINT "booking_rating_replies_hidden_by_users_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_ratings" ADD CONSTRAINT "booking_ratings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_ratings" ADD CONSTRAINT "booking_ratings_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_ratings" ADD CONSTRAINT "booking_ratings_employee_id_booking_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."booking_employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_ratings" ADD CONSTRAINT "booking_ratings_customer_id_users_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_ratings" ADD CONSTRAINT "booking_ratings_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_ratings" ADD CONSTRAINT "booking_ratings_hidden_by_users_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_service_categories" ADD CONSTRAINT "booking_service_categories_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_service_categories" ADD CONSTRAINT "booking_service_categories_service_id_booking_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."booking_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_service_categories" ADD CONSTRAINT "booking_service_categories_category_id_booking_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."booking_categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_service_images" ADD CONSTRAINT "booking_service_images_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_service_images" ADD CONSTRAINT "booking_service_images_service_id_booking_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."booking_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_services" ADD CONSTRAINT "booking_services_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_services" ADD CONSTRAINT "booking_services_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_time_off" ADD CONSTRAINT "booking_time_off_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_time_off" ADD CONSTRAINT "booking_time_off_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_time_off" ADD CONSTRAINT "booking_time_off_employee_id_booking_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."booking_employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_notifications" ADD CONSTRAINT "user_notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_notifications" ADD CONSTRAINT "user_notifications_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_notifications" ADD CONSTRAINT "user_notifications_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_working_hours" ADD CONSTRAINT "booking_working_hours_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_working_hours" ADD CONSTRAINT "booking_working_hours_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_working_hours" ADD CONSTRAINT "booking_working_hours_employee_id_booking_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."booking_employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_working_hours" ADD CONSTRAINT "booking_working_hours_service_id_booking_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."booking_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "booking_categories_slug_key" ON "booking_categories" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "booking_categories_parent_idx" ON "booking_categories" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "booking_items_service_idx" ON "booking_items" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "bookings_business_start_idx" ON "bookings" USING btree ("business_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_employee_start_idx" ON "bookings" USING btree ("employee_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_customer_start_idx" ON "bookings" USING btree ("customer_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_status_end_idx" ON "bookings" USING btree ("status","ends_at");--> statement-breakpoint
CREATE INDEX "business_categories_category_idx" ON "business_categories" USING btree ("category_id");--> statement-breakpoint
CREATE UNIQUE INDEX "business_clients_business_user_key" ON "business_clients" USING btree ("business_id","user_id") WHERE "business_clients"."user_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "business_clients_business_email_key" ON "business_clients" USING btree ("business_id","email") WHERE "business_clients"."email" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "business_clients_business_phone_key" ON "business_clients" USING btree ("business_id","phone") WHERE "business_clients"."phone" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "business_clients_invitation_key" ON "business_clients" USING btree ("invitation_token_hash") WHERE "business_clients"."invitation_token_hash" is not null;--> statement-breakpoint
CREATE INDEX "business_images_business_idx" ON "business_images" USING btree ("business_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "business_images_main_key" ON "business_images" USING btree ("business_id") WHERE "business_images"."is_main";--> statement-breakpoint
CREATE UNIQUE INDEX "businesses_slug_key" ON "businesses" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "businesses_org_idx" ON "businesses" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "businesses_status_rating_idx" ON "businesses" USING btree ("status","rating_average");--> statement-breakpoint
CREATE INDEX "booking_employee_services_service_idx" ON "booking_employee_services" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "booking_employees_business_idx" ON "booking_employees" USING btree ("business_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "booking_employees_business_user_key" ON "booking_employees" USING btree ("business_id","user_id") WHERE "booking_employees"."user_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "booking_favorites_business_key" ON "booking_favorites" USING btree ("user_id","kind","business_id") WHERE "booking_favorites"."business_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "booking_favorites_employee_key" ON "booking_favorites" USING btree ("user_id","kind","employee_id") WHERE "booking_favorites"."employee_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "freelancer_applications_open_key" ON "freelancer_applications" USING btree ("business_id","applicant_id") WHERE "freelancer_applications"."status" in ('pending', 'approved');--> statement-breakpoint
CREATE INDEX "freelancer_applications_applicant_idx" ON "freelancer_applications" USING btree ("applicant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "booking_rating_images_position_key" ON "booking_rating_images" USING btree ("rating_id","position");--> statement-breakpoint
CREATE INDEX "booking_rating_replies_rating_idx" ON "booking_rating_replies" USING btree ("rating_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "booking_ratings_business_key" ON "booking_ratings" USING btree ("customer_id","business_id") WHERE "booking_ratings"."employee_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "booking_ratings_employee_key" ON "booking_ratings" USING btree ("customer_id","employee_id") WHERE "booking_ratings"."employee_id" is not null;--> statement-breakpoint
CREATE INDEX "booking_ratings_business_idx" ON "booking_ratings" USING btree ("business_id","created_at");--> statement-breakpoint
CREATE INDEX "booking_ratings_employee_idx" ON "booking_ratings" USING btree ("employee_id");--> statement-breakpoint
CREATE INDEX "booking_service_categories_category_idx" ON "booking_service_categories" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "booking_service_images_service_idx" ON "booking_service_images" USING btree ("service_id","position");--> statement-breakpoint
CREATE INDEX "booking_services_business_idx" ON "booking_services" USING btree ("business_id","position");--> statement-breakpoint
CREATE INDEX "booking_time_off_business_idx" ON "booking_time_off" USING btree ("business_id","starts_at");--> statement-breakpoint
CREATE INDEX "user_notifications_user_idx" ON "user_notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "booking_working_hours_business_idx" ON "booking_working_hours" USING btree ("business_id","weekday");--> statement-breakpoint
CREATE INDEX "booking_working_hours_employee_idx" ON "booking_working_hours" USING btree ("employee_id");