import {
  bookingCategories,
  businessCategories,
  businesses,
  employees,
  employeeServices,
  services,
  workingHours,
} from "@/db/schema/booking";
import { orgWithTeam } from "@/lib/tenancy/testing";
import { withSystemScope } from "@/lib/tenancy/scope";

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${(counter += 1)}`;

export interface BusinessFixtureOptions {
  name?: string;
  timeZone?: string;
  status?: "draft" | "published" | "suspended";
  latitude?: number;
  longitude?: number;
  autoConfirm?: boolean;
  minNoticeMinutes?: number;
  maxHorizonDays?: number;
  /** Weekly open hours for every weekday 1–7 unless `weekdays` narrows it: ["09:00", "17:00"]. */
  hours?: [string, string];
  weekdays?: number[];
}

/**
 * An org with a member of every role, owning one business with two services (a 30-minute
 * cut with a 10-minute buffer, a 60-minute color), two employees who do both, and the same
 * open hours every day. Rows go in through the system scope, as a seed would.
 */
export async function bookingBusiness(options: BusinessFixtureOptions = {}) {
  const { org, team } = await orgWithTeam(options.name ? `${options.name} Org` : undefined);
  const [opens, closes] = options.hours ?? ["09:00", "17:00"];
  const weekdays = options.weekdays ?? [1, 2, 3, 4, 5, 6, 7];
  return withSystemScope(async (tx) => {
    const suffix = unique();
    const [business] = await tx
      .insert(businesses)
      .values({
        orgId: org.id,
        name: options.name ?? `Salon ${suffix}`,
        slug: `salon-${suffix}`,
        timeZone: options.timeZone ?? "Europe/Tirane",
        currency: "EUR",
        status: options.status ?? "published",
        latitude: options.latitude ?? 41.3275,
        longitude: options.longitude ?? 19.8187,
        autoConfirm: options.autoConfirm ?? true,
        minNoticeMinutes: options.minNoticeMinutes ?? 0,
        maxHorizonDays: options.maxHorizonDays ?? 60,
        searchText: (options.name ?? `Salon ${suffix}`).toLowerCase(),
      })
      .returning();
    const [cut, color] = await tx
      .insert(services)
      .values([
        {
          orgId: org.id,
          businessId: business!.id,
          name: { en: "Haircut", sq: "Prerje flokësh" },
          durationMinutes: 30,
          bufferAfterMinutes: 10,
          priceMinor: 1500,
          currency: "EUR",
          position: 0,
        },
        {
          orgId: org.id,
          businessId: business!.id,
          name: { en: "Hair color", sq: "Ngjyrosje flokësh" },
          durationMinutes: 60,
          priceMinor: 4000,
          currency: "EUR",
          position: 1,
        },
      ])
      .returning();
    const [ana, ben] = await tx
      .insert(employees)
      .values([
        { orgId: org.id, businessId: business!.id, name: "Ana Stylist", position: 0 },
        { orgId: org.id, businessId: business!.id, name: "Ben Barber", position: 1 },
      ])
      .returning();
    await tx.insert(employeeServices).values(
      [ana!, ben!].flatMap((employee) =>
        [cut!, color!].map((service) => ({
          orgId: org.id,
          employeeId: employee.id,
          serviceId: service.id,
        })),
      ),
    );
    await tx.insert(workingHours).values(
      weekdays.map((weekday) => ({
        orgId: org.id,
        businessId: business!.id,
        weekday,
        opensAt: opens,
        closesAt: closes,
      })),
    );
    return {
      org,
      team,
      business: business!,
      services: { cut: cut!, color: color! },
      employees: { ana: ana!, ben: ben! },
    };
  });
}

/** A platform category (and its link to a business when given). */
export async function bookingCategory(
  name: { en: string; sq?: string },
  options: { parentId?: string; business?: { id: string; orgId: string } } = {},
) {
  return withSystemScope(async (tx) => {
    const [category] = await tx
      .insert(bookingCategories)
      .values({
        name,
        slug: `${name.en.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${unique()}`,
        parentId: options.parentId ?? null,
      })
      .returning();
    if (options.business) {
      await tx.insert(businessCategories).values({
        orgId: options.business.orgId,
        businessId: options.business.id,
        categoryId: category!.id,
      });
    }
    return category!;
  });
}
