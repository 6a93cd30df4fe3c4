-- Booking tables: tenant rows of the transaction's org (see 0005), plus what the
-- marketplace shows everyone and what a customer sees of their own.
-- The double-booking lock: two active bookings of one employee never overlap (buffers
-- included), whatever the application does.
ALTER TABLE bookings ADD CONSTRAINT bookings_employee_no_overlap
  EXCLUDE USING gist (employee_id WITH =, tstzrange(starts_at, occupied_until, '[)') WITH &&)
  WHERE (status IN ('pending', 'confirmed'));
--> statement-breakpoint
-- Nearby search: distance on the earth's surface, indexed (earthdistance over cube).
CREATE INDEX businesses_earth_idx ON businesses USING gist (ll_to_earth(latitude, longitude))
  WHERE latitude IS NOT NULL AND status = 'published';
--> statement-breakpoint
-- Typo-tolerant text search over the business's names, services and categories.
CREATE INDEX businesses_search_trgm_idx ON businesses USING gin (search_text gin_trgm_ops);
--> statement-breakpoint
ALTER TABLE businesses ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY businesses_tenant ON businesses
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE business_categories ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY business_categories_tenant ON business_categories
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE business_images ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY business_images_tenant ON business_images
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE booking_services ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY booking_services_tenant ON booking_services
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE booking_service_categories ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY booking_service_categories_tenant ON booking_service_categories
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE booking_service_images ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY booking_service_images_tenant ON booking_service_images
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE booking_employees ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY booking_employees_tenant ON booking_employees
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE booking_employee_services ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY booking_employee_services_tenant ON booking_employee_services
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE booking_working_hours ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY booking_working_hours_tenant ON booking_working_hours
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE booking_time_off ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY booking_time_off_tenant ON booking_time_off
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE booking_items ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY booking_items_tenant ON booking_items
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE booking_reminders ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY booking_reminders_tenant ON booking_reminders
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE booking_rating_images ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY booking_rating_images_tenant ON booking_rating_images
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE business_clients ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY business_clients_tenant ON business_clients
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE bookings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY bookings_tenant ON bookings
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE booking_ratings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY booking_ratings_tenant ON booking_ratings
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE booking_rating_replies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY booking_rating_replies_tenant ON booking_rating_replies
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE freelancer_applications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY freelancer_applications_tenant ON freelancer_applications
  USING (org_id = app_org_id() OR app_is_system())
  WITH CHECK (org_id = app_org_id() OR app_is_system());
--> statement-breakpoint
-- The marketplace: published businesses are everyone's to read. Their catalogue rows are
-- readable too; every public query reaches them through the business row, whose policy
-- hides drafts and suspended businesses.
CREATE POLICY businesses_public_read ON businesses FOR SELECT USING (status = 'published');
--> statement-breakpoint
CREATE POLICY business_categories_public_read ON business_categories FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY business_images_public_read ON business_images FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY booking_services_public_read ON booking_services FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY booking_service_categories_public_read ON booking_service_categories FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY booking_service_images_public_read ON booking_service_images FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY booking_employees_public_read ON booking_employees FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY booking_employee_services_public_read ON booking_employee_services FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY booking_working_hours_public_read ON booking_working_hours FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY booking_time_off_public_read ON booking_time_off FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY booking_rating_images_public_read ON booking_rating_images FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY booking_ratings_public_read ON booking_ratings FOR SELECT
  USING (hidden_at IS NULL OR customer_id = app_user_id());
--> statement-breakpoint
CREATE POLICY booking_rating_replies_public_read ON booking_rating_replies FOR SELECT
  USING (hidden_at IS NULL);
--> statement-breakpoint
-- A customer's own rows in any business: their bookings (and what was booked), ratings,
-- the thread under their ratings, invitations as a client, applications as a freelancer.
CREATE POLICY bookings_customer ON bookings
  USING (customer_id = app_user_id())
  WITH CHECK (customer_id = app_user_id());
--> statement-breakpoint
CREATE POLICY booking_items_customer ON booking_items
  USING (EXISTS (SELECT 1 FROM bookings b WHERE b.id = booking_id AND b.customer_id = app_user_id()))
  WITH CHECK (EXISTS (SELECT 1 FROM bookings b WHERE b.id = booking_id AND b.customer_id = app_user_id()));
--> statement-breakpoint
CREATE POLICY booking_ratings_customer ON booking_ratings
  USING (customer_id = app_user_id())
  WITH CHECK (customer_id = app_user_id());
--> statement-breakpoint
CREATE POLICY booking_rating_images_customer ON booking_rating_images
  USING (EXISTS (SELECT 1 FROM booking_ratings r WHERE r.id = rating_id AND r.customer_id = app_user_id()))
  WITH CHECK (EXISTS (SELECT 1 FROM booking_ratings r WHERE r.id = rating_id AND r.customer_id = app_user_id()));
--> statement-breakpoint
CREATE POLICY booking_rating_replies_customer ON booking_rating_replies
  USING (EXISTS (SELECT 1 FROM booking_ratings r WHERE r.id = rating_id AND r.customer_id = app_user_id()))
  WITH CHECK (side = 'customer' AND author_id = app_user_id()
    AND EXISTS (SELECT 1 FROM booking_ratings r WHERE r.id = rating_id AND r.customer_id = app_user_id()));
--> statement-breakpoint
CREATE POLICY business_clients_customer ON business_clients
  USING (user_id = app_user_id())
  WITH CHECK (user_id = app_user_id());
--> statement-breakpoint
CREATE POLICY freelancer_applications_applicant ON freelancer_applications
  USING (applicant_id = app_user_id())
  WITH CHECK (applicant_id = app_user_id());
--> statement-breakpoint
-- The person's own lists and inbox.
ALTER TABLE booking_favorites ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY booking_favorites_owner ON booking_favorites
  USING (user_id = app_user_id() OR app_is_system())
  WITH CHECK (user_id = app_user_id() OR app_is_system());
--> statement-breakpoint
ALTER TABLE user_notifications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY user_notifications_owner ON user_notifications
  USING (user_id = app_user_id() OR app_is_system())
  WITH CHECK (user_id = app_user_id() OR app_is_system());
