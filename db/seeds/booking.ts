import { sql } from "drizzle-orm";
import { refreshBusinessSearchText } from "@/lib/booking/search-text";
import { hashPassword } from "@/lib/identity/passwords";
import type { Executor } from "../client";
import {
  bookingCategories,
  ratings,
  bookings,
  bookingItems,
  businessCategories,
  businessClients,
  businesses,
  employees,
  employeeServices,
  memberships,
  organizations,
  ratingReplies,
  services,
  users,
  workingHours,
} from "../schema";
import type { Localized } from "../schema/booking";
import { DEMO_PASSWORD } from "./identity";

/**
 * Marketplace demo data: a category tree, "Studio Bella" (a salon run by the demo owner and
 * manager, with employees, hours, clients, bookings in several states and ratings), and a
 * dozen other published businesses around Tirana and Durrës so search, the map and
 * "nearby" have something to find. Fixed ids keep it idempotent.
 */

const OWNER_ID = "00000000-0000-4000-8000-0000000000b1";
const MANAGER_ID = "00000000-0000-4000-8000-0000000000b2";
const CUSTOMER_ID = "00000000-0000-4000-8000-0000000000b5";
/** Runs the other marketplace businesses, so the demo owner's own org list stays short. */
const MARKETPLACE_OWNER = {
  id: "00000000-0000-4000-8000-0000000000b6",
  name: "Besa Business",
  email: "business@callboard.example",
};

/** Deterministic ids per kind: `kind` is one hex digit, `n` the row's number. */
const idOf = (kind: number, n: number) =>
  `00000000-0000-4000-8000-${kind.toString(16)}${n.toString(16).padStart(11, "0")}`;

const CATEGORIES: { n: number; parent?: number; slug: string; icon: string; name: Localized }[] = [
  { n: 1, slug: "beauty", icon: "sparkles", name: { en: "Beauty", sq: "Bukuri" } },
  { n: 2, parent: 1, slug: "hair", icon: "scissors", name: { en: "Hair", sq: "Flokë" } },
  { n: 3, parent: 1, slug: "nails", icon: "hand", name: { en: "Nails", sq: "Thonj" } },
  { n: 4, parent: 1, slug: "makeup", icon: "palette", name: { en: "Makeup", sq: "Grim" } },
  { n: 5, slug: "wellness", icon: "leaf", name: { en: "Wellness", sq: "Mirëqenie" } },
  { n: 6, parent: 5, slug: "massage", icon: "hand-heart", name: { en: "Massage", sq: "Masazh" } },
  { n: 7, parent: 5, slug: "spa", icon: "droplets", name: { en: "Spa", sq: "Spa" } },
  { n: 8, slug: "health", icon: "stethoscope", name: { en: "Health", sq: "Shëndet" } },
  { n: 9, parent: 8, slug: "dentist", icon: "smile", name: { en: "Dentist", sq: "Dentist" } },
  {
    n: 10,
    parent: 8,
    slug: "physiotherapy",
    icon: "activity",
    name: { en: "Physiotherapy", sq: "Fizioterapi" },
  },
  { n: 11, slug: "fitness", icon: "dumbbell", name: { en: "Fitness", sq: "Fitnes" } },
  {
    n: 12,
    parent: 11,
    slug: "personal-training",
    icon: "timer",
    name: { en: "Personal training", sq: "Stërvitje personale" },
  },
];

interface DemoService {
  name: Localized;
  minutes: number;
  price: number;
  buffer?: number;
  gender?: "any" | "female" | "male";
}

interface DemoBusiness {
  n: number;
  name: string;
  type?: "business" | "freelancer";
  bio: Localized;
  address: string;
  latitude: number;
  longitude: number;
  visitType?: "on_site" | "home_visit" | "both";
  categories: number[];
  services: DemoService[];
  staff: string[];
  /** Opening hours Monday–Saturday; Sunday closed. */
  hours: [string, string];
  autoConfirm?: boolean;
}

const HAIRCUT: DemoService = {
  name: { en: "Haircut", sq: "Prerje flokësh" },
  minutes: 30,
  price: 1500,
  buffer: 10,
};

const BUSINESSES: DemoBusiness[] = [
  {
    n: 1,
    name: "Studio Bella",
    bio: {
      en: "Cuts, color and nails in the heart of Blloku.",
      sq: "Prerje, ngjyrosje dhe thonj në zemër të Bllokut.",
    },
    address: "Rruga Pjetër Bogdani 12, Tiranë",
    latitude: 41.3184,
    longitude: 19.8145,
    categories: [2, 3],
    services: [
      HAIRCUT,
      { name: { en: "Hair color", sq: "Ngjyrosje flokësh" }, minutes: 60, price: 4000 },
      { name: { en: "Blow-dry", sq: "Fën" }, minutes: 30, price: 1200 },
      { name: { en: "Manicure", sq: "Manikyr" }, minutes: 45, price: 1800, gender: "female" },
    ],
    staff: ["Arta Hoxha", "Bledi Krasniqi", "Elira Dema"],
    hours: ["09:00", "19:00"],
    autoConfirm: false,
  },
  {
    n: 2,
    name: "Barber Shkodra",
    bio: {
      en: "Classic barbering and hot-towel shaves.",
      sq: "Berber klasik dhe rroje me peshqir të nxehtë.",
    },
    address: "Rruga e Kavajës 45, Tiranë",
    latitude: 41.3255,
    longitude: 19.8048,
    categories: [2],
    services: [
      { ...HAIRCUT, gender: "male" },
      {
        name: { en: "Beard trim", sq: "Rregullim mjekre" },
        minutes: 20,
        price: 800,
        gender: "male",
      },
    ],
    staff: ["Gent Shkodra", "Ilir Meta"],
    hours: ["08:00", "20:00"],
  },
  {
    n: 3,
    name: "Nails by Klea",
    type: "freelancer",
    bio: {
      en: "Gel nails at your home or in my studio.",
      sq: "Thonj xhel në shtëpinë tuaj ose në studio.",
    },
    address: "Rruga Myslym Shyri 30, Tiranë",
    latitude: 41.3223,
    longitude: 19.8101,
    visitType: "both",
    categories: [3],
    services: [
      {
        name: { en: "Gel manicure", sq: "Manikyr xhel" },
        minutes: 60,
        price: 2500,
        gender: "female",
      },
      { name: { en: "Pedicure", sq: "Pedikyr" }, minutes: 50, price: 2200 },
    ],
    staff: ["Klea Gjoka"],
    hours: ["10:00", "18:00"],
  },
  {
    n: 4,
    name: "Relax Massage Center",
    bio: {
      en: "Sports and relaxing massage by certified therapists.",
      sq: "Masazh sportiv dhe relaksues nga terapistë të certifikuar.",
    },
    address: "Bulevardi Zogu I 25, Tiranë",
    latitude: 41.3338,
    longitude: 19.8227,
    categories: [6],
    services: [
      {
        name: { en: "Relaxing massage", sq: "Masazh relaksues" },
        minutes: 60,
        price: 3500,
        buffer: 15,
      },
      {
        name: { en: "Sports massage", sq: "Masazh sportiv" },
        minutes: 45,
        price: 3000,
        buffer: 15,
      },
    ],
    staff: ["Dritan Leka", "Mira Çela"],
    hours: ["10:00", "21:00"],
  },
  {
    n: 5,
    name: "Aqua Spa Tirana",
    bio: {
      en: "Sauna, steam room and facial treatments.",
      sq: "Saunë, banjë me avull dhe trajtime fytyre.",
    },
    address: "Rruga Ibrahim Rugova 5, Tiranë",
    latitude: 41.3151,
    longitude: 19.8218,
    categories: [7],
    services: [
      { name: { en: "Facial treatment", sq: "Trajtim fytyre" }, minutes: 50, price: 4500 },
      { name: { en: "Spa day pass", sq: "Hyrje ditore në spa" }, minutes: 120, price: 6000 },
    ],
    staff: ["Sonila Prifti", "Erion Basha"],
    hours: ["09:00", "21:00"],
  },
  {
    n: 6,
    name: "Smile Dental Clinic",
    bio: {
      en: "Check-ups, cleaning and whitening.",
      sq: "Kontrolle, pastrim dhe zbardhim dhëmbësh.",
    },
    address: "Rruga e Durrësit 110, Tiranë",
    latitude: 41.3302,
    longitude: 19.8125,
    categories: [9],
    services: [
      { name: { en: "Check-up", sq: "Kontroll" }, minutes: 30, price: 2000 },
      {
        name: { en: "Teeth cleaning", sq: "Pastrim dhëmbësh" },
        minutes: 45,
        price: 4000,
        buffer: 15,
      },
    ],
    staff: ["Dr. Alban Rama", "Dr. Ina Xhafa"],
    hours: ["08:30", "16:30"],
    autoConfirm: false,
  },
  {
    n: 7,
    name: "PhysioMove",
    bio: {
      en: "Physiotherapy for sports injuries and back pain.",
      sq: "Fizioterapi për dëmtime sportive dhe dhimbje shpine.",
    },
    address: "Rruga Sami Frashëri 20, Tiranë",
    latitude: 41.3165,
    longitude: 19.8262,
    visitType: "both",
    categories: [10],
    services: [
      { name: { en: "Physio session", sq: "Seancë fizioterapie" }, minutes: 45, price: 3000 },
    ],
    staff: ["Blerina Kola"],
    hours: ["09:00", "18:00"],
  },
  {
    n: 8,
    name: "Fit with Ardi",
    type: "freelancer",
    bio: {
      en: "One-to-one training in the park or at the gym.",
      sq: "Stërvitje individuale në park ose në palestër.",
    },
    address: "Parku i Liqenit, Tiranë",
    latitude: 41.3125,
    longitude: 19.8199,
    visitType: "both",
    categories: [12],
    services: [
      { name: { en: "Personal training", sq: "Stërvitje personale" }, minutes: 60, price: 2500 },
    ],
    staff: ["Ardi Berisha"],
    hours: ["07:00", "12:00"],
  },
  {
    n: 9,
    name: "Glam Makeup Studio",
    bio: { en: "Wedding and event makeup.", sq: "Grim për dasma dhe evente." },
    address: "Rruga Ismail Qemali 8, Tiranë",
    latitude: 41.3197,
    longitude: 19.8154,
    categories: [4],
    services: [
      {
        name: { en: "Event makeup", sq: "Grim për evente" },
        minutes: 60,
        price: 5000,
        gender: "female",
      },
      {
        name: { en: "Bridal makeup", sq: "Grim nusërie" },
        minutes: 120,
        price: 12000,
        gender: "female",
      },
    ],
    staff: ["Eni Topalli", "Rea Marku"],
    hours: ["09:00", "19:00"],
  },
  {
    n: 10,
    name: "Durrës Beach Spa",
    bio: { en: "Massage and spa by the sea.", sq: "Masazh dhe spa buzë detit." },
    address: "Rruga Taulantia 3, Durrës",
    latitude: 41.3136,
    longitude: 19.4457,
    categories: [6, 7],
    services: [
      {
        name: { en: "Relaxing massage", sq: "Masazh relaksues" },
        minutes: 60,
        price: 3000,
        buffer: 15,
      },
      {
        name: { en: "Hot stone massage", sq: "Masazh me gurë të nxehtë" },
        minutes: 75,
        price: 4500,
      },
    ],
    staff: ["Anisa Dervishi", "Kledi Rexha"],
    hours: ["10:00", "22:00"],
  },
  {
    n: 11,
    name: "Salon Adriatik",
    bio: { en: "Family hair salon near the port.", sq: "Sallon flokësh familjar pranë portit." },
    address: "Rruga Egnatia 14, Durrës",
    latitude: 41.3172,
    longitude: 19.4526,
    categories: [2],
    services: [
      HAIRCUT,
      { name: { en: "Kids haircut", sq: "Prerje për fëmijë" }, minutes: 20, price: 800 },
    ],
    staff: ["Teuta Lika", "Marin Gjini"],
    hours: ["09:00", "19:00"],
  },
  {
    n: 12,
    name: "Core Fitness Club",
    bio: {
      en: "Small-group and personal training.",
      sq: "Stërvitje në grupe të vogla dhe personale.",
    },
    address: "Rruga Qemal Stafa 60, Tiranë",
    latitude: 41.3349,
    longitude: 19.8253,
    categories: [12],
    services: [
      { name: { en: "Personal training", sq: "Stërvitje personale" }, minutes: 60, price: 3000 },
      { name: { en: "Fitness assessment", sq: "Vlerësim fitnesi" }, minutes: 45, price: 2000 },
    ],
    staff: ["Olsi Ndreu", "Jona Pepa", "Fatjon Hysa"],
    hours: ["06:00", "22:00"],
  },
];

const ORG_KIND = 0xa;
const BUSINESS_KIND = 0xb;
const CATEGORY_KIND = 0xc;
const EMPLOYEE_KIND = 0xd;
const SERVICE_KIND = 0xe;
const BOOKING_KIND = 0xf;

const slugOf = (name: string) =>
  name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

export async function seedBooking(db: Executor): Promise<number> {
  await db.execute(sql`select set_config('app.system', 'on', true)`);
  let added = (
    await db
      .insert(users)
      .values({
        ...MARKETPLACE_OWNER,
        emailVerifiedAt: new Date(),
        passwordHash: await hashPassword(DEMO_PASSWORD),
        locale: "sq",
      })
      .onConflictDoNothing()
      .returning({ id: users.id })
  ).length;
  added += (
    await db
      .insert(bookingCategories)
      .values(
        CATEGORIES.map((category) => ({
          id: idOf(CATEGORY_KIND, category.n),
          parentId: category.parent ? idOf(CATEGORY_KIND, category.parent) : null,
          slug: category.slug,
          icon: category.icon,
          name: category.name,
          position: category.n,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: bookingCategories.id })
  ).length;

  for (const demo of BUSINESSES) {
    const orgId = idOf(ORG_KIND, demo.n);
    const businessId = idOf(BUSINESS_KIND, demo.n);
    const inserted = await db
      .insert(organizations)
      .values({
        id: orgId,
        name: demo.name,
        slug: `${slugOf(demo.name)}-org`,
        timeZone: "Europe/Tirane",
        currency: "EUR",
        locale: "sq",
        createdBy: demo.n === 1 ? OWNER_ID : MARKETPLACE_OWNER.id,
      })
      .onConflictDoNothing()
      .returning({ id: organizations.id });
    if (inserted.length === 0) continue;
    added += 1;
    // The demo owner and manager run Studio Bella; Besa the other businesses.
    await db.insert(memberships).values(
      demo.n === 1
        ? [
            { orgId, userId: OWNER_ID, role: "owner" as const },
            { orgId, userId: MANAGER_ID, role: "manager" as const },
          ]
        : [{ orgId, userId: MARKETPLACE_OWNER.id, role: "owner" as const }],
    );
    await db.insert(businesses).values({
      id: businessId,
      orgId,
      name: demo.name,
      slug: slugOf(demo.name),
      type: demo.type ?? "business",
      bio: demo.bio,
      address: demo.address,
      latitude: demo.latitude,
      longitude: demo.longitude,
      visitType: demo.visitType ?? "on_site",
      phone: `+35569${String(4000000 + demo.n * 1111).padStart(7, "0")}`,
      timeZone: "Europe/Tirane",
      currency: "EUR",
      status: "published",
      autoConfirm: demo.autoConfirm ?? true,
      minNoticeMinutes: 60,
      searchText: "",
    });
    await db
      .insert(businessCategories)
      .values(
        demo.categories.map((n) => ({ orgId, businessId, categoryId: idOf(CATEGORY_KIND, n) })),
      );
    const serviceIds = demo.services.map((_, index) => idOf(SERVICE_KIND, demo.n * 100 + index));
    await db.insert(services).values(
      demo.services.map((service, index) => ({
        id: serviceIds[index]!,
        orgId,
        businessId,
        name: service.name,
        durationMinutes: service.minutes,
        priceMinor: service.price,
        currency: "EUR",
        gender: service.gender ?? "any",
        bufferAfterMinutes: service.buffer ?? 0,
        position: index,
      })),
    );
    const employeeIds = demo.staff.map((_, index) => idOf(EMPLOYEE_KIND, demo.n * 100 + index));
    await db.insert(employees).values(
      demo.staff.map((name, index) => ({
        id: employeeIds[index]!,
        orgId,
        businessId,
        name,
        position: index,
      })),
    );
    await db
      .insert(employeeServices)
      .values(
        employeeIds.flatMap((employeeId) =>
          serviceIds.map((serviceId) => ({ orgId, employeeId, serviceId })),
        ),
      );
    // Monday–Saturday, with a lunch break at the business level.
    await db.insert(workingHours).values(
      [1, 2, 3, 4, 5, 6].flatMap((weekday) => [
        { orgId, businessId, weekday, opensAt: demo.hours[0], closesAt: demo.hours[1] },
        { orgId, businessId, weekday, opensAt: "13:00", closesAt: "13:30", kind: "break" as const },
      ]),
    );
    await refreshBusinessSearchText(db, businessId);
    if (demo.n === 1)
      added += await seedStudioBella(db, orgId, businessId, serviceIds, employeeIds);
  }
  return added;
}

/** Studio Bella's activity: a client, and Cora's bookings past (rated), upcoming and waiting. */
async function seedStudioBella(
  db: Executor,
  orgId: string,
  businessId: string,
  serviceIds: string[],
  employeeIds: string[],
): Promise<number> {
  const [client] = await db
    .insert(businessClients)
    .values({
      orgId,
      businessId,
      userId: CUSTOMER_ID,
      name: "Cora Customer",
      email: "customer@callboard.example",
      acceptedAt: new Date(),
    })
    .returning();
  // Days from today at 10:00 Tirana time (UTC+1 in winter, +2 in summer: close enough as UTC 09:00).
  const at = (days: number, hour: number) => {
    const date = new Date();
    date.setUTCDate(date.getUTCDate() + days);
    date.setUTCHours(hour - 1, 0, 0, 0);
    return date;
  };
  const plan = [
    { n: 1, days: -7, hour: 10, service: 0, employee: 0, status: "completed" as const },
    { n: 2, days: -3, hour: 15, service: 1, employee: 1, status: "completed" as const },
    { n: 3, days: 2, hour: 11, service: 0, employee: 0, status: "confirmed" as const },
    { n: 4, days: 4, hour: 16, service: 1, employee: 2, status: "pending" as const },
  ];
  for (const booking of plan) {
    const service = BUSINESSES[0]!.services[booking.service]!;
    const startsAt = at(booking.days, booking.hour);
    const endsAt = new Date(startsAt.getTime() + service.minutes * 60_000);
    const id = idOf(BOOKING_KIND, booking.n);
    await db.insert(bookings).values({
      id,
      orgId,
      businessId,
      customerId: CUSTOMER_ID,
      clientId: client!.id,
      employeeId: employeeIds[booking.employee]!,
      startsAt,
      endsAt,
      occupiedUntil: new Date(endsAt.getTime() + (service.buffer ?? 0) * 60_000),
      status: booking.status,
      totalPriceMinor: service.price,
      currency: "EUR",
      confirmedAt: booking.status === "pending" ? null : startsAt,
      completedAt: booking.status === "completed" ? endsAt : null,
    });
    await db.insert(bookingItems).values({
      orgId,
      bookingId: id,
      serviceId: serviceIds[booking.service]!,
      position: 0,
      name: service.name,
      durationMinutes: service.minutes,
      bufferAfterMinutes: service.buffer ?? 0,
      priceMinor: service.price,
    });
  }
  const [rating] = await db
    .insert(ratings)
    .values({
      orgId,
      businessId,
      customerId: CUSTOMER_ID,
      bookingId: idOf(BOOKING_KIND, 1),
      score: 5,
      comment: "Arta listened to exactly what I wanted. Lovely place.",
    })
    .returning();
  await db.insert(ratingReplies).values({
    orgId,
    ratingId: rating!.id,
    authorId: OWNER_ID,
    side: "business",
    body: "Thank you, Cora! See you next time.",
  });
  await db
    .update(businesses)
    .set({ ratingAverage: 5, ratingCount: 1 })
    .where(sql`${businesses.id} = ${businessId}`);
  return plan.length + 2;
}
