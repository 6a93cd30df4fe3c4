import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { bookingCategories, businesses, serviceCategories, services } from "@/db/schema/booking";
import { withSystemScope, withTenant } from "@/lib/tenancy/scope";
import { bookingBusiness, bookingCategory } from "./booking.testing";
import { refreshBusinessSearchText, refreshCategorySearchText } from "./search-text";

const searchTextOf = (businessId: string) =>
  withSystemScope(async (tx) => {
    const [row] = await tx
      .select({ searchText: businesses.searchText })
      .from(businesses)
      .where(eq(businesses.id, businessId));
    return row!.searchText;
  });

describe("refreshBusinessSearchText", () => {
  it("gathers the business, its active services and categories with their parents, in both languages, folded", async () => {
    const { org, business, services: fixture } = await bookingBusiness({ name: "Studio Ëlla" });
    const beauty = await bookingCategory({ en: "Beauty", sq: "Bukuri" });
    await bookingCategory(
      { en: "Hair Salon", sq: "Sallon Flokësh" },
      { parentId: beauty.id, business },
    );
    const nails = await bookingCategory({ en: "Nails", sq: "Thonj" });
    const unrelated = await bookingCategory({ en: "Massage", sq: "Masazh" });
    await withSystemScope(async (tx) => {
      await tx
        .update(businesses)
        .set({ bio: { en: "Cuts and  COLOUR\nin Tirana", sq: "Prerje e ngjyrë" } })
        .where(eq(businesses.id, business.id));
      const [manicure] = await tx
        .insert(services)
        .values({
          orgId: org.id,
          businessId: business.id,
          name: { en: "Manicure", sq: "Manikyr" },
          durationMinutes: 45,
          priceMinor: 2000,
          currency: "EUR",
        })
        .returning();
      await tx.insert(serviceCategories).values({
        orgId: org.id,
        serviceId: manicure!.id,
        categoryId: nails.id,
      });
      // An inactive service and its category stay out of the search text.
      const [retired] = await tx
        .insert(services)
        .values({
          orgId: org.id,
          businessId: business.id,
          name: { en: "Hot stone massage" },
          durationMinutes: 60,
          priceMinor: 5000,
          currency: "EUR",
          active: false,
        })
        .returning();
      await tx.insert(serviceCategories).values({
        orgId: org.id,
        serviceId: retired!.id,
        categoryId: unrelated.id,
      });
      await tx
        .update(services)
        .set({ name: { en: "Haircut" } })
        .where(eq(services.id, fixture.cut.id));
    });

    // The catalogue calls it inside the org's own transaction.
    await withTenant({ orgId: org.id }, (tx) => refreshBusinessSearchText(tx, business.id));
    const text = await searchTextOf(business.id);

    expect(text.startsWith("studio ella ")).toBe(true);
    for (const word of [
      "haircut",
      "hair color",
      "ngjyrosje flokesh",
      "manicure",
      "manikyr",
      "hair salon",
      "sallon flokesh",
      "beauty",
      "bukuri",
      "nails",
      "thonj",
      "cuts and colour in tirana",
      "prerje e ngjyre",
    ]) {
      expect(text).toContain(word);
    }
    expect(text).not.toMatch(/massage|masazh|hot stone|prerje flokesh/);
    expect(text).toBe(text.toLowerCase());
    expect(text).not.toMatch(/\s{2}|\n/);
  });

  it("drops what was removed on the next refresh and leaves other businesses alone", async () => {
    const first = await bookingBusiness({ name: "First Barber" });
    const second = await bookingBusiness({ name: "Second Barber" });
    const before = await searchTextOf(second.business.id);
    await withSystemScope((tx) =>
      tx.update(services).set({ active: false }).where(eq(services.businessId, first.business.id)),
    );
    await withTenant({ orgId: first.org.id }, (tx) =>
      refreshBusinessSearchText(tx, first.business.id),
    );
    expect(await searchTextOf(first.business.id)).toBe("first barber");
    expect(await searchTextOf(second.business.id)).toBe(before);
  });

  it("refreshes every business showing a renamed category, through subcategories and services", async () => {
    const direct = await bookingBusiness({ name: "Direct Spa" });
    const viaService = await bookingBusiness({ name: "Service Spa" });
    const unrelated = await bookingBusiness({ name: "Unrelated Spa" });
    const parent = await bookingCategory({ en: "Relaxation" });
    await bookingCategory({ en: "Steam" }, { parentId: parent.id, business: direct.business });
    const child = await bookingCategory({ en: "Sauna" }, { parentId: parent.id });
    await withSystemScope((tx) =>
      tx.insert(serviceCategories).values({
        orgId: viaService.org.id,
        serviceId: viaService.services.cut.id,
        categoryId: child.id,
      }),
    );
    await withSystemScope(async (tx) => {
      await tx
        .update(bookingCategories)
        .set({ name: { en: "Calm", sq: "Qetësi" } })
        .where(eq(bookingCategories.id, parent.id));
      await refreshCategorySearchText(tx, parent.id);
    });
    expect(await searchTextOf(direct.business.id)).toContain("calm qetesi");
    expect(await searchTextOf(viaService.business.id)).toContain("calm qetesi");
    expect(await searchTextOf(unrelated.business.id)).toBe("unrelated spa");
  });
});
