import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { refreshAllSearchText } from "./search-text";

/** Where the seeded businesses gather: a few cities, spread up to ~15 km around each. */
export const SEED_CITIES = [
  { name: "Tirana", lat: 41.3275, lng: 19.8187 },
  { name: "Durrës", lat: 41.3246, lng: 19.4565 },
  { name: "Vlorë", lat: 40.4661, lng: 19.4914 },
  { name: "Shkodër", lat: 42.0693, lng: 19.5033 },
  { name: "Prishtinë", lat: 42.6629, lng: 21.1655 },
] as const;

/**
 * A marketplace at scale for the search benchmark and the query-plan test: `count` published
 * businesses (plus a twentieth as many drafts) of one org around SEED_CITIES, each with two
 * categories of a small two-level tree, three services from a bilingual list (prices,
 * genders, categories), business hours every day (a tenth until midnight), a rating for most, and the search text
 * filled in. Deterministic (seeded random). Run in the system scope.
 */
export async function seedSearchMarketplace(
  tx: Executor,
  input: { orgId: string; count: number },
): Promise<void> {
  const { orgId, count } = input;
  const cities = sql.raw(
    `(values ${SEED_CITIES.map((city, index) => `(${index}, ${city.lat}, ${city.lng}, '${city.name}')`).join(", ")}) as city(idx, lat, lng, name)`,
  );
  const statements = [
    sql`select setseed(0.42)`,
    sql`
      insert into booking_categories (slug, name, position, parent_id)
      select 'seed-' || slug, jsonb_build_object('en', en, 'sq', sq), position, null
      from (values ('hair', 'Hair', 'Flokë', 0), ('nails', 'Nails', 'Thonj', 1),
                   ('wellness', 'Wellness', 'Mirëqenie', 2), ('face', 'Face care', 'Kujdesi i fytyrës', 3),
                   ('body', 'Body', 'Trupi', 4), ('barber', 'Barber', 'Berber', 5))
        as c(slug, en, sq, position)
    `,
    sql`
      insert into booking_categories (slug, name, position, parent_id)
      select 'seed-' || c.slug, jsonb_build_object('en', c.en, 'sq', c.sq), c.position, p.id
      from (values ('hair', 'braids', 'Braids', 'Gërsheta', 0), ('hair', 'coloring', 'Coloring', 'Ngjyrosje', 1),
                   ('nails', 'manicure', 'Manicure', 'Manikyr', 0), ('nails', 'pedicure', 'Pedicure', 'Pedikyr', 1),
                   ('wellness', 'massage', 'Massage', 'Masazh', 0), ('wellness', 'sauna', 'Sauna', 'Saunë', 1),
                   ('face', 'makeup', 'Makeup', 'Grim', 0), ('face', 'facials', 'Facials', 'Trajtim fytyre', 1),
                   ('body', 'waxing', 'Waxing', 'Depilim', 0), ('body', 'tanning', 'Tanning', 'Nxirje', 1),
                   ('barber', 'beard', 'Beard trim', 'Rregullim mjekre', 0), ('barber', 'shave', 'Shave', 'Rruajtje', 1))
        as c(parent, slug, en, sq, position)
      join booking_categories p on p.slug = 'seed-' || c.parent
    `,
    sql`
      insert into businesses (org_id, name, slug, status, latitude, longitude, visit_type,
                              time_zone, currency, rating_average, rating_count, bio)
      select ${orgId}::uuid,
             (array['Studio','Salon','Beauty','Barber','Spa','Nails','Glow','Urban','Bella','Royal'])[1 + n % 10]
               || ' ' ||
             (array['Ana','Nova','Elite','Luxe','Center','House','Lab','Art','Style','Bloom'])[1 + (n / 10) % 10]
               || ' ' || n,
             'seed-business-' || n,
             case when n <= ${count} then 'published' else 'draft' end,
             city.lat + (random() - 0.5) * 0.27,
             city.lng + (random() - 0.5) * 0.36,
             (array['on_site','on_site','home_visit','both'])[1 + n % 4],
             'Europe/Tirane', 'EUR',
             case when n % 5 = 0 then null else round((3 + random() * 2)::numeric, 2) end,
             case when n % 5 = 0 then 0 else 1 + (n % 90) end,
             jsonb_build_object('en', 'Appointments near ' || city.name, 'sq', 'Takime pranë ' || city.name)
      from generate_series(1, ${count + Math.ceil(count / 20)}) n
      join ${cities} on city.idx = n % ${SEED_CITIES.length}
    `,
    sql`
      insert into business_categories (org_id, business_id, category_id)
      select ${orgId}::uuid, b.id, c.id
      from (select id, row_number() over (order by slug) as n from businesses where org_id = ${orgId}) b
      join lateral (select id from booking_categories where slug like 'seed-%'
                    order by md5(b.n::text || slug) limit 2) c on true
    `,
    sql`
      insert into booking_services (org_id, business_id, name, duration_minutes, price_minor,
                                    currency, gender, position)
      select ${orgId}::uuid, b.id, jsonb_build_object('en', s.en, 'sq', s.sq), s.minutes,
             s.price + (b.n % 7) * 250, 'EUR', s.gender, k
      from (select id, row_number() over (order by slug) as n from businesses where org_id = ${orgId}) b
      cross join generate_series(0, 2) k
      join (values
          (0, 'Haircut', 'Prerje flokësh', 30, 1200, 'any'), (1, 'Hair coloring', 'Ngjyrosje flokësh', 90, 4000, 'female'),
          (2, 'Braids', 'Gërsheta', 120, 5000, 'female'), (3, 'Manicure', 'Manikyr', 45, 1800, 'any'),
          (4, 'Pedicure', 'Pedikyr', 60, 2200, 'any'), (5, 'Deep tissue massage', 'Masazh i thellë', 60, 4500, 'any'),
          (6, 'Sauna session', 'Seancë saune', 45, 1500, 'any'), (7, 'Evening makeup', 'Grim mbrëmjeje', 60, 3500, 'female'),
          (8, 'Facial', 'Trajtim fytyre', 50, 3000, 'any'), (9, 'Leg waxing', 'Depilim këmbësh', 40, 2000, 'female'),
          (10, 'Spray tan', 'Nxirje me spërkatje', 30, 2500, 'any'), (11, 'Beard trim', 'Rregullim mjekre', 20, 800, 'male'),
          (12, 'Hot towel shave', 'Rruajtje me peshqir të nxehtë', 30, 1200, 'male'), (13, 'Kids haircut', 'Prerje për fëmijë', 20, 900, 'any'))
        as s(n, en, sq, minutes, price, gender)
        on s.n = (b.n * 3 + k * 5) % 14
    `,
    sql`
      insert into booking_service_categories (org_id, service_id, category_id)
      select ${orgId}::uuid, s.id, c.id
      from booking_services s
      join (values ('Haircut', 'hair'), ('Hair coloring', 'coloring'), ('Braids', 'braids'),
                   ('Manicure', 'manicure'), ('Pedicure', 'pedicure'), ('Deep tissue massage', 'massage'),
                   ('Sauna session', 'sauna'), ('Evening makeup', 'makeup'), ('Facial', 'facials'),
                   ('Leg waxing', 'waxing'), ('Spray tan', 'tanning'), ('Beard trim', 'beard'),
                   ('Hot towel shave', 'shave'), ('Kids haircut', 'hair'))
        as m(service, category) on m.service = s.name ->> 'en'
      join booking_categories c on c.slug = 'seed-' || m.category
      where s.org_id = ${orgId}
    `,
    sql`
      insert into booking_working_hours (org_id, business_id, weekday, opens_at, closes_at)
      select ${orgId}::uuid, b.id, d, '08:00', case when b.slug like '%0' then time '23:59' else time '20:00' end
      from businesses b cross join generate_series(1, 7) d
      where b.org_id = ${orgId}
    `,
  ];
  for (const statement of statements) await tx.execute(statement);
  await refreshAllSearchText(tx);
}
