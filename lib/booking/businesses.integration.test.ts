import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST as reinstateApi } from "@/app/api/v1/admin/businesses/[id]/reinstate/route";
import { POST as suspendApi } from "@/app/api/v1/admin/businesses/[id]/suspend/route";
import { GET as publicEmployeesApi } from "@/app/api/v1/businesses/[idOrSlug]/employees/route";
import { GET as publicHoursApi } from "@/app/api/v1/businesses/[idOrSlug]/hours/route";
import { GET as publicBusinessApi } from "@/app/api/v1/businesses/[idOrSlug]/route";
import { GET as publicServicesApi } from "@/app/api/v1/businesses/[idOrSlug]/services/route";
import { POST as createEmployeeApi } from "@/app/api/v1/manage/businesses/[id]/employees/route";
import { PUT as setHoursApi } from "@/app/api/v1/manage/businesses/[id]/hours/route";
import { POST as publishApi } from "@/app/api/v1/manage/businesses/[id]/publish/route";
import {
  DELETE as deleteBusinessApi,
  GET as getBusinessApi,
  PATCH as updateBusinessApi,
} from "@/app/api/v1/manage/businesses/[id]/route";
import { POST as unpublishApi } from "@/app/api/v1/manage/businesses/[id]/unpublish/route";
import {
  GET as listBusinessesApi,
  POST as createBusinessApi,
} from "@/app/api/v1/manage/businesses/route";
import { POST as createServiceApi } from "@/app/api/v1/manage/businesses/[id]/services/route";
import { bookings, businesses } from "@/db/schema/booking";
import { callApi } from "@/lib/testing/api";
import { withSystemScope } from "@/lib/tenancy/scope";
import { bookingBusiness, bookingCategory } from "./booking.testing";
import { platformAdmin, snapshotCatalog } from "./catalog.testing";

const searchTextOf = async (businessId: string) =>
  (
    await withSystemScope((tx) =>
      tx
        .select({ searchText: businesses.searchText })
        .from(businesses)
        .where(eq(businesses.id, businessId)),
    )
  )[0]!.searchText;

describe("managing businesses", () => {
  it("creates a draft with a slug from the name, categories and booking rules, and lists it", async () => {
    const { org, team } = await bookingBusiness();
    const hair = await bookingCategory({ en: "Hair", sq: "Flokë" });
    const created = await callApi(createBusinessApi, {
      token: team.manager.token,
      orgId: org.id,
      body: {
        name: "Studio Ëndrra",
        bio: { en: "Cuts and color", sq: "Prerje dhe ngjyrosje" },
        categoryIds: [hair.id],
        timeZone: "Europe/Tirane",
        autoConfirm: false,
        minNoticeMinutes: 120,
        maxHorizonDays: 30,
        cancellationWindowHours: 12,
        reminderHours: [48, 2],
        notifyPush: false,
      },
      headers: { "accept-language": "sq" },
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      orgId: org.id,
      name: "Studio Ëndrra",
      slug: "studio-endrra",
      status: "draft",
      bio: "Prerje dhe ngjyrosje",
      translations: { bio: { en: "Cuts and color", sq: "Prerje dhe ngjyrosje" } },
      categories: [{ id: hair.id, name: "Flokë" }],
      autoConfirm: false,
      minNoticeMinutes: 120,
      maxHorizonDays: 30,
      cancellationWindowHours: 12,
      reminderHours: [48, 2],
      notifyEmail: true,
      notifyPush: false,
      currency: "EUR",
    });
    // Search text follows the name, bio and categories (the discovery helper's format).
    const text = await searchTextOf(created.body.data.id);
    expect(text).toContain("studio endrra");
    expect(text).toContain("floke");

    const listed = await callApi(listBusinessesApi, { token: team.member.token, orgId: org.id });
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((business: { id: string }) => business.id)).toContain(
      created.body.data.id,
    );
  });

  it("gives a second business with the same name another slug, across orgs too", async () => {
    const first = await bookingBusiness();
    const second = await bookingBusiness();
    const make = (fixture: typeof first) =>
      callApi(createBusinessApi, {
        token: fixture.team.owner.token,
        orgId: fixture.org.id,
        body: { name: "Twin Salon" },
      });
    const a = await make(first);
    const b = await make(second);
    expect(a.body.data.slug).toBe("twin-salon");
    expect(b.body.data.slug).toMatch(/^twin-salon-[0-9a-f]{4}$/);
  });

  it("updates the profile and replaces categories; the search text follows", async () => {
    const { org, team, business } = await bookingBusiness();
    const nails = await bookingCategory({ en: "Nails", sq: "Thonj" });
    const updated = await callApi(updateBusinessApi, {
      token: team.admin.token,
      orgId: org.id,
      params: { id: business.id },
      body: {
        name: "Bella Nails",
        categoryIds: [nails.id],
        latitude: 41.33,
        longitude: 19.82,
        website: "https://bella.al",
        socials: { instagram: "https://instagram.com/bella" },
        visitType: "both",
      },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({
      name: "Bella Nails",
      slug: business.slug,
      categories: [{ id: nails.id }],
      visitType: "both",
      socials: { instagram: "https://instagram.com/bella" },
    });
    const text = await searchTextOf(business.id);
    expect(text).toContain("bella nails");
    expect(text).toContain("thonj");
  });

  it("answers 422 with field errors and changes nothing for bad input", async () => {
    const { org, team, business } = await bookingBusiness();
    const other = await bookingBusiness();
    const before = await snapshotCatalog(business.id);
    const bad = await callApi(updateBusinessApi, {
      token: team.owner.token,
      orgId: org.id,
      params: { id: business.id },
      body: {
        timeZone: "Mars/Olympus",
        currency: "euro",
        slotStepMinutes: 2,
        website: "javascript:alert(1)",
        categoryIds: ["00000000-0000-4000-8000-000000000000"],
      },
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual([
      "currency",
      "slotStepMinutes",
      "timeZone",
      "website",
    ]);

    const unknownCategory = await callApi(updateBusinessApi, {
      token: team.owner.token,
      orgId: org.id,
      params: { id: business.id },
      body: { name: "Renamed", categoryIds: ["00000000-0000-4000-8000-000000000000"] },
    });
    expect(unknownCategory.status).toBe(422);
    expect(unknownCategory.body.errors).toEqual({
      "categoryIds.0": ["There is no such category."],
    });

    const halfLocation = await callApi(updateBusinessApi, {
      token: team.owner.token,
      orgId: org.id,
      params: { id: business.id },
      body: { name: "Renamed", latitude: null },
    });
    expect(halfLocation.status).toBe(422);
    expect(halfLocation.body.errors).toHaveProperty("latitude");

    const takenSlug = await callApi(updateBusinessApi, {
      token: team.owner.token,
      orgId: org.id,
      params: { id: business.id },
      body: { name: "Renamed", slug: other.business.slug },
    });
    expect(takenSlug.status).toBe(422);
    expect(takenSlug.body.errors).toEqual({
      slug: ["Another business already uses this address. Choose a different slug."],
    });

    expect(await snapshotCatalog(business.id)).toEqual(before);
  });

  it("answers 401 without a token and 403 to members who may only read", async () => {
    const { org, team, business } = await bookingBusiness();
    expect((await callApi(listBusinessesApi, { orgId: org.id })).status).toBe(401);
    expect(
      (
        await callApi(createBusinessApi, {
          token: team.member.token,
          orgId: org.id,
          body: { name: "Nope" },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await callApi(updateBusinessApi, {
          token: team.steward.token,
          orgId: org.id,
          params: { id: business.id },
          body: { name: "Nope" },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await callApi(getBusinessApi, {
          token: team.worker.token,
          orgId: org.id,
          params: { id: business.id },
        })
      ).status,
    ).toBe(403);
  });

  it("answers 404 for another org's business on every endpoint and changes nothing", async () => {
    const mine = await bookingBusiness();
    const theirs = await bookingBusiness();
    const before = await snapshotCatalog(theirs.business.id);
    const as = {
      token: mine.team.owner.token,
      orgId: mine.org.id,
      params: { id: theirs.business.id },
    };
    for (const [handler, body] of [
      [getBusinessApi, undefined],
      [updateBusinessApi, { name: "Stolen" }],
      [deleteBusinessApi, undefined],
      [publishApi, undefined],
      [unpublishApi, undefined],
    ] as const) {
      const response = await callApi(handler, { ...as, body });
      expect(response.status, handler.contract?.path).toBe(404);
      expect(response.body.message).toBe("We couldn't find this business.");
    }
    expect(await snapshotCatalog(theirs.business.id)).toEqual(before);
  });

  it("deletes a business without bookings, and refuses one with bookings (409)", async () => {
    const empty = await bookingBusiness();
    const deleted = await callApi(deleteBusinessApi, {
      token: empty.team.owner.token,
      orgId: empty.org.id,
      params: { id: empty.business.id },
    });
    expect(deleted.status).toBe(200);
    expect((await snapshotCatalog(empty.business.id)).business).toEqual([]);

    const booked = await bookingBusiness();
    await withSystemScope((tx) =>
      tx.insert(bookings).values({
        orgId: booked.org.id,
        businessId: booked.business.id,
        customerId: booked.team.member.user.id,
        employeeId: booked.employees.ana.id,
        startsAt: new Date("2030-01-07T09:00:00Z"),
        endsAt: new Date("2030-01-07T09:30:00Z"),
        occupiedUntil: new Date("2030-01-07T09:40:00Z"),
        status: "confirmed",
        totalPriceMinor: 1500,
        currency: "EUR",
      }),
    );
    const refused = await callApi(deleteBusinessApi, {
      token: booked.team.owner.token,
      orgId: booked.org.id,
      params: { id: booked.business.id },
    });
    expect(refused.status).toBe(409);
    expect((await snapshotCatalog(booked.business.id)).business).toHaveLength(1);
  });
});

describe("publishing", () => {
  it("refuses an incomplete draft (409 naming what is missing), then publishes it once ready", async () => {
    const { org, team } = await bookingBusiness();
    const created = await callApi(createBusinessApi, {
      token: team.owner.token,
      orgId: org.id,
      body: { name: "Fresh Start" },
    });
    const id = created.body.data.id;
    const incomplete = await callApi(publishApi, {
      token: team.owner.token,
      orgId: org.id,
      params: { id },
    });
    expect(incomplete.status).toBe(409);
    expect(Object.keys(incomplete.body.errors).sort()).toEqual(["address", "hours", "services"]);
    // Still a draft: the marketplace does not show it.
    expect((await callApi(publicBusinessApi, { params: { idOrSlug: id } })).status).toBe(404);

    // Made ready through the catalogue endpoints: a service, someone who performs it, hours,
    // and an address with a location.
    const as = { token: team.owner.token, orgId: org.id, params: { id } };
    const service = await callApi(createServiceApi, {
      ...as,
      body: { name: { en: "Massage" }, durationMinutes: 60, priceMinor: 3000 },
    });
    await callApi(createEmployeeApi, {
      ...as,
      body: { name: "Dora", serviceIds: [service.body.data.id] },
    });
    await callApi(setHoursApi, {
      ...as,
      body: { ranges: [{ weekday: 1, opensAt: "09:00", closesAt: "17:00" }] },
    });
    await callApi(updateBusinessApi, {
      ...as,
      body: { address: "Rruga e Durrësit 1", latitude: 41.33, longitude: 19.82 },
    });
    const published = await callApi(publishApi, as);
    expect(published.status).toBe(200);
    expect(published.body.data.status).toBe("published");
    expect((await callApi(publicBusinessApi, { params: { idOrSlug: id } })).status).toBe(200);
  });

  it("shows a published business publicly, localized, and hides it again after unpublishing", async () => {
    const { org, team, business, services } = await bookingBusiness({ status: "draft" });
    await withSystemScope((tx) =>
      tx
        .update(businesses)
        .set({ address: "Rruga e Durrësit 1", bio: { en: "Best cuts", sq: "Prerjet më të mira" } })
        .where(eq(businesses.id, business.id)),
    );
    const anonymous = [publicBusinessApi, publicServicesApi, publicEmployeesApi, publicHoursApi];
    for (const handler of anonymous) {
      const draft = await callApi(handler, { params: { idOrSlug: business.slug } });
      expect(draft.status, `draft ${handler.contract?.path}`).toBe(404);
    }

    const published = await callApi(publishApi, {
      token: team.manager.token,
      orgId: org.id,
      params: { id: business.id },
    });
    expect(published.status).toBe(200);
    expect(published.body.data.status).toBe("published");

    const page = await callApi(publicBusinessApi, {
      params: { idOrSlug: business.slug },
      headers: { "accept-language": "sq" },
    });
    expect(page.status).toBe(200);
    expect(page.body.data).toMatchObject({ id: business.id, bio: "Prerjet më të mira" });
    expect(page.body.data).not.toHaveProperty("translations");
    expect(page.body.data).not.toHaveProperty("orgId");
    const servicesPage = await callApi(publicServicesApi, {
      params: { idOrSlug: business.id },
      headers: { "accept-language": "sq" },
    });
    expect(servicesPage.body.data.map((service: { name: string }) => service.name)).toEqual([
      "Prerje flokësh",
      "Ngjyrosje flokësh",
    ]);
    expect(servicesPage.body.data[0].id).toBe(services.cut.id);

    await callApi(unpublishApi, {
      token: team.owner.token,
      orgId: org.id,
      params: { id: business.id },
    });
    for (const handler of anonymous) {
      const hidden = await callApi(handler, { params: { idOrSlug: business.slug } });
      expect(hidden.status, `unpublished ${handler.contract?.path}`).toBe(404);
    }
  });

  it("lets platform admins suspend a business: hidden, not publishable until reinstated", async () => {
    const admin = await platformAdmin();
    const { org, team, business } = await bookingBusiness({ status: "published" });
    expect(
      (await callApi(suspendApi, { token: team.owner.token, params: { id: business.id } })).status,
    ).toBe(403);
    expect((await callApi(suspendApi, { params: { id: business.id } })).status).toBe(401);

    const suspended = await callApi(suspendApi, {
      token: admin.token,
      params: { id: business.id },
    });
    expect(suspended.body.data).toEqual({ id: business.id, status: "suspended" });
    expect((await callApi(publicBusinessApi, { params: { idOrSlug: business.id } })).status).toBe(
      404,
    );

    const publish = await callApi(publishApi, {
      token: team.owner.token,
      orgId: org.id,
      params: { id: business.id },
    });
    expect(publish.status).toBe(409);
    expect(publish.body.message).toBe(
      "This business is suspended by the platform and can't be published.",
    );

    const notAdmin = await callApi(reinstateApi, {
      token: team.owner.token,
      params: { id: business.id },
    });
    expect(notAdmin.status).toBe(403);
    const reinstated = await callApi(reinstateApi, {
      token: admin.token,
      params: { id: business.id },
    });
    expect(reinstated.body.data).toEqual({ id: business.id, status: "draft" });
    expect(
      (await callApi(reinstateApi, { token: admin.token, params: { id: business.id } })).status,
    ).toBe(409);
  });
});
