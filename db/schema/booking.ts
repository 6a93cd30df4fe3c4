import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  time,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { citext, createdAt, id, orgId, updatedAt } from "./columns";
import { users } from "./identity";
import { organizations } from "./tenancy";

/**
 * Booking marketplace (AvatID). Categories are platform rows (no org); every other table
 * but the customer's own (favorites, notifications) is a tenant table with `org_id` and
 * row-level security (migration 0011), plus narrow policies for what the marketplace shows
 * everyone (published businesses and their catalogue, visible ratings) and what a customer
 * sees of their own (bookings, ratings, invitations, applications).
 */

/** A text in each language the product speaks; English is required and the fallback. */
export interface Localized {
  en: string;
  sq?: string;
}
const localized = (name: string) => jsonb(name).$type<Localized>();

const businessId = () =>
  uuid("business_id")
    .notNull()
    .references(() => businesses.id, { onDelete: "cascade" });

// ---------- Platform catalogue ----------

export const bookingCategories = pgTable(
  "booking_categories",
  {
    id: id(),
    parentId: uuid("parent_id"),
    slug: text("slug").notNull(),
    /** A lucide icon name the pages render. */
    icon: text("icon"),
    name: localized("name").notNull(),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("booking_categories_slug_key").on(table.slug),
    index("booking_categories_parent_idx").on(table.parentId),
    check("booking_categories_slug_check", sql`${table.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

// ---------- Businesses ----------

export const BUSINESS_TYPES = ["business", "freelancer"] as const;
export const VISIT_TYPES = ["on_site", "home_visit", "both"] as const;
export const BUSINESS_STATUSES = ["draft", "published", "suspended"] as const;

export interface BusinessSocials {
  instagram?: string;
  facebook?: string;
  tiktok?: string;
  x?: string;
  youtube?: string;
}

export const businesses = pgTable(
  "businesses",
  {
    id: id(),
    orgId: orgId(),
    name: text("name").notNull(),
    /** Public URL segment (/b/{slug}); unique across the marketplace. */
    slug: text("slug").notNull(),
    type: text("type", { enum: BUSINESS_TYPES }).notNull().default("business"),
    bio: localized("bio"),
    description: localized("description"),
    address: text("address"),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    /** An optional second place the business also works from. */
    collabAddress: text("collab_address"),
    collabLatitude: doublePrecision("collab_latitude"),
    collabLongitude: doublePrecision("collab_longitude"),
    visitType: text("visit_type", { enum: VISIT_TYPES }).notNull().default("on_site"),
    phone: text("phone"),
    email: citext("email"),
    website: text("website"),
    socials: jsonb("socials").$type<BusinessSocials>().notNull().default({}),
    noteToClients: localized("note_to_clients"),
    logoKey: text("logo_key"),
    timeZone: text("time_zone").notNull().default("UTC"),
    currency: text("currency").notNull().default("EUR"),
    status: text("status", { enum: BUSINESS_STATUSES }).notNull().default("draft"),
    /** Kept by the rating job (visible ratings of the business and its employees). */
    ratingAverage: numeric("rating_average", { precision: 3, scale: 2, mode: "number" }),
    ratingCount: integer("rating_count").notNull().default(0),
    /** Names of the business, its services and categories in every language, lowercased: the trigram search target. */
    searchText: text("search_text").notNull().default(""),
    // Booking rules.
    autoConfirm: boolean("auto_confirm").notNull().default(true),
    minNoticeMinutes: integer("min_notice_minutes").notNull().default(60),
    maxHorizonDays: integer("max_horizon_days").notNull().default(60),
    /** Customers may cancel or reschedule until this many hours before the start. */
    cancellationWindowHours: integer("cancellation_window_hours").notNull().default(24),
    slotStepMinutes: integer("slot_step_minutes").notNull().default(15),
    /** Hours before the start when the customer gets a reminder (default: a day and an hour). */
    reminderHours: integer("reminder_hours")
      .array()
      .notNull()
      .default(sql`'{24,1}'::integer[]`),
    notifyEmail: boolean("notify_email").notNull().default(true),
    notifyPush: boolean("notify_push").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("businesses_slug_key").on(table.slug),
    index("businesses_org_idx").on(table.orgId),
    index("businesses_status_rating_idx").on(table.status, table.ratingAverage),
    check("businesses_slug_check", sql`${table.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("businesses_type_check", sql`${table.type} in ('business', 'freelancer')`),
    check(
      "businesses_visit_type_check",
      sql`${table.visitType} in ('on_site', 'home_visit', 'both')`,
    ),
    check("businesses_status_check", sql`${table.status} in ('draft', 'published', 'suspended')`),
    check("businesses_currency_check", sql`${table.currency} ~ '^[A-Z]{3}$'`),
    check(
      "businesses_location_check",
      sql`(${table.latitude} is null) = (${table.longitude} is null) and coalesce(${table.latitude} between -90 and 90, true) and coalesce(${table.longitude} between -180 and 180, true)`,
    ),
    check(
      "businesses_collab_location_check",
      sql`(${table.collabLatitude} is null) = (${table.collabLongitude} is null) and coalesce(${table.collabLatitude} between -90 and 90, true) and coalesce(${table.collabLongitude} between -180 and 180, true)`,
    ),
    check(
      "businesses_rules_check",
      sql`${table.minNoticeMinutes} >= 0 and ${table.maxHorizonDays} between 1 and 730 and ${table.cancellationWindowHours} >= 0 and ${table.slotStepMinutes} between 5 and 240`,
    ),
  ],
);

export const businessCategories = pgTable(
  "business_categories",
  {
    orgId: orgId(),
    businessId: businessId(),
    categoryId: uuid("category_id")
      .notNull()
      .references(() => bookingCategories.id, { onDelete: "cascade" }),
  },
  (table) => [
    primaryKey({ columns: [table.businessId, table.categoryId] }),
    index("business_categories_category_idx").on(table.categoryId),
  ],
);

/** Gallery images, ordered by position; at most one is the main image. */
export const businessImages = pgTable(
  "business_images",
  {
    id: id(),
    orgId: orgId(),
    businessId: businessId(),
    storageKey: text("storage_key").notNull(),
    position: integer("position").notNull().default(0),
    isMain: boolean("is_main").notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [
    index("business_images_business_idx").on(table.businessId, table.position),
    uniqueIndex("business_images_main_key")
      .on(table.businessId)
      .where(sql`${table.isMain}`),
  ],
);

// ---------- Services and employees ----------

export const SERVICE_GENDERS = ["any", "female", "male"] as const;

export const services = pgTable(
  "booking_services",
  {
    id: id(),
    orgId: orgId(),
    businessId: businessId(),
    name: localized("name").notNull(),
    description: localized("description"),
    durationMinutes: integer("duration_minutes").notNull(),
    priceMinor: integer("price_minor").notNull(),
    currency: text("currency").notNull(),
    gender: text("gender", { enum: SERVICE_GENDERS }).notNull().default("any"),
    /** The employee stays busy this long after the service (cleaning, travel). */
    bufferAfterMinutes: integer("buffer_after_minutes").notNull().default(0),
    active: boolean("active").notNull().default(true),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("booking_services_business_idx").on(table.businessId, table.position),
    check("booking_services_duration_check", sql`${table.durationMinutes} between 5 and 1440`),
    check("booking_services_price_check", sql`${table.priceMinor} >= 0`),
    check("booking_services_buffer_check", sql`${table.bufferAfterMinutes} between 0 and 480`),
    check("booking_services_currency_check", sql`${table.currency} ~ '^[A-Z]{3}$'`),
    check("booking_services_gender_check", sql`${table.gender} in ('any', 'female', 'male')`),
  ],
);

export const serviceCategories = pgTable(
  "booking_service_categories",
  {
    orgId: orgId(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    categoryId: uuid("category_id")
      .notNull()
      .references(() => bookingCategories.id, { onDelete: "cascade" }),
  },
  (table) => [
    primaryKey({ columns: [table.serviceId, table.categoryId] }),
    index("booking_service_categories_category_idx").on(table.categoryId),
  ],
);

export const serviceImages = pgTable(
  "booking_service_images",
  {
    id: id(),
    orgId: orgId(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    storageKey: text("storage_key").notNull(),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
  },
  (table) => [index("booking_service_images_service_idx").on(table.serviceId, table.position)],
);

export const employees = pgTable(
  "booking_employees",
  {
    id: id(),
    orgId: orgId(),
    businessId: businessId(),
    /** The team member behind the employee, when they have an account in the org. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    avatarKey: text("avatar_key"),
    bio: localized("bio"),
    active: boolean("active").notNull().default(true),
    position: integer("position").notNull().default(0),
    /** Kept by the rating job (visible ratings of this employee). */
    ratingAverage: numeric("rating_average", { precision: 3, scale: 2, mode: "number" }),
    ratingCount: integer("rating_count").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("booking_employees_business_idx").on(table.businessId, table.position),
    uniqueIndex("booking_employees_business_user_key")
      .on(table.businessId, table.userId)
      .where(sql`${table.userId} is not null`),
  ],
);

export const employeeServices = pgTable(
  "booking_employee_services",
  {
    orgId: orgId(),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id, { onDelete: "cascade" }),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
  },
  (table) => [
    primaryKey({ columns: [table.employeeId, table.serviceId] }),
    index("booking_employee_services_service_idx").on(table.serviceId),
  ],
);

// ---------- Hours, breaks, closures ----------

export const HOURS_KINDS = ["open", "break"] as const;

/**
 * Weekly ranges (ISO weekday 1 = Monday … 7 = Sunday, wall times in the business's zone).
 * Rows with no employee and no service are the business's hours; rows for an employee, a
 * service, or both narrow it (the most specific level that has rows for the weekday wins).
 * "break" rows cut time out of the open ranges of the same level. A range ends on its day:
 * times past midnight belong to the next weekday's rows.
 */
export const workingHours = pgTable(
  "booking_working_hours",
  {
    id: id(),
    orgId: orgId(),
    businessId: businessId(),
    employeeId: uuid("employee_id").references(() => employees.id, { onDelete: "cascade" }),
    serviceId: uuid("service_id").references(() => services.id, { onDelete: "cascade" }),
    weekday: smallint("weekday").notNull(),
    opensAt: time("opens_at").notNull(),
    closesAt: time("closes_at").notNull(),
    kind: text("kind", { enum: HOURS_KINDS }).notNull().default("open"),
    createdAt: createdAt(),
  },
  (table) => [
    index("booking_working_hours_business_idx").on(table.businessId, table.weekday),
    index("booking_working_hours_employee_idx").on(table.employeeId),
    check("booking_working_hours_weekday_check", sql`${table.weekday} between 1 and 7`),
    check("booking_working_hours_range_check", sql`${table.opensAt} < ${table.closesAt}`),
    check("booking_working_hours_kind_check", sql`${table.kind} in ('open', 'break')`),
  ],
);

/** Dated closures: the whole business (no employee) or one employee's time off. */
export const timeOff = pgTable(
  "booking_time_off",
  {
    id: id(),
    orgId: orgId(),
    businessId: businessId(),
    employeeId: uuid("employee_id").references(() => employees.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    reason: text("reason"),
    createdAt: createdAt(),
  },
  (table) => [
    index("booking_time_off_business_idx").on(table.businessId, table.startsAt),
    check("booking_time_off_range_check", sql`${table.endsAt} > ${table.startsAt}`),
  ],
);

// ---------- Clients ----------

/** A business's customers: added by the business (invited by email/phone) or by booking. */
export const businessClients = pgTable(
  "business_clients",
  {
    id: id(),
    orgId: orgId(),
    businessId: businessId(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    email: citext("email"),
    phone: text("phone"),
    notes: text("notes"),
    /** SHA-256 of the invitation link's token; cleared once accepted. */
    invitationTokenHash: text("invitation_token_hash"),
    invitedAt: timestamp("invited_at", { withTimezone: true }),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("business_clients_business_user_key")
      .on(table.businessId, table.userId)
      .where(sql`${table.userId} is not null`),
    uniqueIndex("business_clients_business_email_key")
      .on(table.businessId, table.email)
      .where(sql`${table.email} is not null`),
    uniqueIndex("business_clients_business_phone_key")
      .on(table.businessId, table.phone)
      .where(sql`${table.phone} is not null`),
    uniqueIndex("business_clients_invitation_key")
      .on(table.invitationTokenHash)
      .where(sql`${table.invitationTokenHash} is not null`),
    check(
      "business_clients_contact_check",
      sql`${table.userId} is not null or ${table.email} is not null or ${table.phone} is not null`,
    ),
  ],
);

// ---------- Bookings ----------

export const BOOKING_STATUSES = [
  "pending",
  "confirmed",
  "rejected",
  "canceled",
  "completed",
  "no_show",
] as const;
/** Statuses that hold the employee's time (the exclusion constraint's WHERE). */
export const ACTIVE_BOOKING_STATUSES = ["pending", "confirmed"] as const;
export const BOOKING_VISIT_TYPES = ["on_site", "home_visit"] as const;
/** The seam for the billing issue: no payment is taken at booking yet. */
export const PAYMENT_STATUSES = ["not_required", "pending", "paid", "refunded", "failed"] as const;
export const BOOKING_ACTORS = ["customer", "business", "system"] as const;

/**
 * A booking of one employee for one or more services. `occupied_until` is the end plus the
 * services' buffers: the employee is busy over [starts_at, occupied_until), and migration
 * 0011's exclusion constraint refuses two active bookings of an employee that overlap there.
 */
export const bookings = pgTable(
  "bookings",
  {
    id: id(),
    orgId: orgId(),
    businessId: businessId(),
    /** The customer's account; null when the business booked for a client without one. */
    customerId: uuid("customer_id").references(() => users.id, { onDelete: "set null" }),
    clientId: uuid("client_id").references(() => businessClients.id, { onDelete: "set null" }),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id, { onDelete: "restrict" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    occupiedUntil: timestamp("occupied_until", { withTimezone: true }).notNull(),
    visitType: text("visit_type", { enum: BOOKING_VISIT_TYPES }).notNull().default("on_site"),
    /** Where to go for a home visit. */
    visitAddress: text("visit_address"),
    status: text("status", { enum: BOOKING_STATUSES }).notNull().default("pending"),
    notes: text("notes"),
    cancelReason: text("cancel_reason"),
    canceledBy: text("canceled_by", { enum: BOOKING_ACTORS }),
    createdBy: text("created_by", { enum: BOOKING_ACTORS }).notNull().default("customer"),
    totalPriceMinor: integer("total_price_minor").notNull(),
    currency: text("currency").notNull(),
    paymentStatus: text("payment_status", { enum: PAYMENT_STATUSES })
      .notNull()
      .default("not_required"),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    rejectedAt: timestamp("rejected_at", { withTimezone: true }),
    canceledAt: timestamp("canceled_at", { withTimezone: true }),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("bookings_business_start_idx").on(table.businessId, table.startsAt),
    index("bookings_employee_start_idx").on(table.employeeId, table.startsAt),
    index("bookings_customer_start_idx").on(table.customerId, table.startsAt),
    index("bookings_status_end_idx").on(table.status, table.endsAt),
    check("bookings_range_check", sql`${table.endsAt} > ${table.startsAt}`),
    check("bookings_occupied_check", sql`${table.occupiedUntil} >= ${table.endsAt}`),
    check("bookings_price_check", sql`${table.totalPriceMinor} >= 0`),
    check("bookings_currency_check", sql`${table.currency} ~ '^[A-Z]{3}$'`),
    check(
      "bookings_status_check",
      sql`${table.status} in ('pending', 'confirmed', 'rejected', 'canceled', 'completed', 'no_show')`,
    ),
    check("bookings_visit_type_check", sql`${table.visitType} in ('on_site', 'home_visit')`),
    check(
      "bookings_payment_status_check",
      sql`${table.paymentStatus} in ('not_required', 'pending', 'paid', 'refunded', 'failed')`,
    ),
    check(
      "bookings_customer_check",
      sql`${table.customerId} is not null or ${table.clientId} is not null`,
    ),
  ],
);

/** The services of a booking, with name, duration and price as booked (later edits don't rewrite history). */
export const bookingItems = pgTable(
  "booking_items",
  {
    orgId: orgId(),
    bookingId: uuid("booking_id")
      .notNull()
      .references(() => bookings.id, { onDelete: "cascade" }),
    serviceId: uuid("service_id").references(() => services.id, { onDelete: "set null" }),
    position: integer("position").notNull(),
    name: localized("name").notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    bufferAfterMinutes: integer("buffer_after_minutes").notNull().default(0),
    priceMinor: integer("price_minor").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.bookingId, table.position] }),
    index("booking_items_service_idx").on(table.serviceId),
  ],
);

/** Reminders sent for a booking, one row per offset: each goes out once. */
export const bookingReminders = pgTable(
  "booking_reminders",
  {
    orgId: orgId(),
    bookingId: uuid("booking_id")
      .notNull()
      .references(() => bookings.id, { onDelete: "cascade" }),
    hoursBefore: integer("hours_before").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.bookingId, table.hoursBefore] })],
);

// ---------- Customer's own lists ----------

export const FAVORITE_KINDS = ["favorite", "saved"] as const;

/** A customer's favorite or saved business or employee (user rows, no org). */
export const favorites = pgTable(
  "booking_favorites",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: FAVORITE_KINDS }).notNull(),
    businessId: uuid("business_id").references(() => businesses.id, { onDelete: "cascade" }),
    employeeId: uuid("employee_id").references(() => employees.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("booking_favorites_business_key")
      .on(table.userId, table.kind, table.businessId)
      .where(sql`${table.businessId} is not null`),
    uniqueIndex("booking_favorites_employee_key")
      .on(table.userId, table.kind, table.employeeId)
      .where(sql`${table.employeeId} is not null`),
    check("booking_favorites_kind_check", sql`${table.kind} in ('favorite', 'saved')`),
    check(
      "booking_favorites_target_check",
      sql`(${table.businessId} is null) <> (${table.employeeId} is null)`,
    ),
  ],
);

// ---------- Ratings ----------

/**
 * A customer's rating of a business (no employee) or of one of its employees: one per
 * customer per target, editable. Hidden ratings (moderation) leave the averages.
 */
export const ratings = pgTable(
  "booking_ratings",
  {
    id: id(),
    orgId: orgId(),
    businessId: businessId(),
    employeeId: uuid("employee_id").references(() => employees.id, { onDelete: "cascade" }),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The completed booking that made the customer eligible. */
    bookingId: uuid("booking_id").references(() => bookings.id, { onDelete: "set null" }),
    score: smallint("score").notNull(),
    comment: text("comment"),
    hiddenAt: timestamp("hidden_at", { withTimezone: true }),
    hiddenBy: uuid("hidden_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("booking_ratings_business_key")
      .on(table.customerId, table.businessId)
      .where(sql`${table.employeeId} is null`),
    uniqueIndex("booking_ratings_employee_key")
      .on(table.customerId, table.employeeId)
      .where(sql`${table.employeeId} is not null`),
    index("booking_ratings_business_idx").on(table.businessId, table.createdAt),
    index("booking_ratings_employee_idx").on(table.employeeId),
    check("booking_ratings_score_check", sql`${table.score} between 1 and 5`),
  ],
);

export const ratingImages = pgTable(
  "booking_rating_images",
  {
    id: id(),
    orgId: orgId(),
    ratingId: uuid("rating_id")
      .notNull()
      .references(() => ratings.id, { onDelete: "cascade" }),
    storageKey: text("storage_key").notNull(),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("booking_rating_images_position_key").on(table.ratingId, table.position),
    check("booking_rating_images_position_check", sql`${table.position} between 0 and 4`),
  ],
);

export const REPLY_SIDES = ["business", "customer"] as const;

/** The thread under a rating: the business replies, the customer may answer, in order. */
export const ratingReplies = pgTable(
  "booking_rating_replies",
  {
    id: id(),
    orgId: orgId(),
    ratingId: uuid("rating_id")
      .notNull()
      .references(() => ratings.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    side: text("side", { enum: REPLY_SIDES }).notNull(),
    body: text("body").notNull(),
    hiddenAt: timestamp("hidden_at", { withTimezone: true }),
    hiddenBy: uuid("hidden_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("booking_rating_replies_rating_idx").on(table.ratingId, table.createdAt),
    check("booking_rating_replies_side_check", sql`${table.side} in ('business', 'customer')`),
  ],
);

// ---------- Freelancers ----------

export const APPLICATION_STATUSES = [
  "pending",
  "approved",
  "rejected",
  "withdrawn",
  "left",
] as const;

/** A freelancer applying to work through a business; approval makes them an employee. */
export const freelancerApplications = pgTable(
  "freelancer_applications",
  {
    id: id(),
    orgId: orgId(),
    businessId: businessId(),
    applicantId: uuid("applicant_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    message: text("message"),
    status: text("status", { enum: APPLICATION_STATUSES }).notNull().default("pending"),
    employeeId: uuid("employee_id").references(() => employees.id, { onDelete: "set null" }),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("freelancer_applications_open_key")
      .on(table.businessId, table.applicantId)
      .where(sql`${table.status} in ('pending', 'approved')`),
    index("freelancer_applications_applicant_idx").on(table.applicantId),
    check(
      "freelancer_applications_status_check",
      sql`${table.status} in ('pending', 'approved', 'rejected', 'withdrawn', 'left')`,
    ),
  ],
);

// ---------- In-app notifications ----------

export const BOOKING_NOTIFICATION_KINDS = [
  "booked",
  "confirmed",
  "rejected",
  "rescheduled",
  "canceled",
  "reminder",
  "completed",
  "rated",
  "replied",
  "client_invited",
  "application",
] as const;

/**
 * A person's in-app notifications (customer or business member alike), written in the
 * recipient's language when created. User rows: no org, RLS by user.
 */
export const userNotifications = pgTable(
  "user_notifications",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The org whose business it concerns, for business members' views; null for customers. */
    orgId: uuid("org_id").references(() => organizations.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: BOOKING_NOTIFICATION_KINDS }).notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    /** Where the notification leads (a path in the app). */
    link: text("link"),
    bookingId: uuid("booking_id").references(() => bookings.id, { onDelete: "cascade" }),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index("user_notifications_user_idx").on(table.userId, table.createdAt)],
);
