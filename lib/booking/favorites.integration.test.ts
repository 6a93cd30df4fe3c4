import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as favoritesApi from "@/app/api/v1/favorites/route";
import * as favoriteApi from "@/app/api/v1/favorites/[id]/route";
import { businesses, employees, favorites } from "@/db/schema/booking";
import { callApi } from "@/lib/testing/api";
import { signedInUser } from "@/lib/testing/factories";
import { withSystemScope } from "@/lib/tenancy/scope";
import { bookingBusiness } from "./booking.testing";

async function favoriteCount(userId: string) {
  return withSystemScope((tx) => tx.$count(favorites, eq(favorites.userId, userId)));
}

describe("favorites and saved", () => {
  it("adds businesses and employees per user and kind, once each, and lists them", async () => {
    const fixture = await bookingBusiness({ name: "Salon Arta" });
    const arta = await signedInUser();
    const add = (body: unknown, token = arta.token) => callApi(favoritesApi.POST, { token, body });

    expect((await add({ kind: "favorite", businessId: fixture.business.id }, "")).status).toBe(401);
    const first = await add({ kind: "favorite", businessId: fixture.business.id });
    expect(first.status).toBe(201);
    expect(first.body.data).toMatchObject({
      kind: "favorite",
      business: { id: fixture.business.id, name: "Salon Arta", slug: fixture.business.slug },
      employee: null,
    });
    // Again: the same entry, 200, no second row.
    const again = await add({ kind: "favorite", businessId: fixture.business.id });
    expect(again.status).toBe(200);
    expect(again.body.data.id).toBe(first.body.data.id);
    // Saved is a separate list.
    expect((await add({ kind: "saved", businessId: fixture.business.id })).status).toBe(201);
    const employee = await add({ kind: "favorite", employeeId: fixture.employees.ana.id });
    expect(employee.status).toBe(201);
    expect(employee.body.data).toMatchObject({
      employee: { id: fixture.employees.ana.id, name: "Ana Stylist" },
      business: { id: fixture.business.id },
    });
    expect(await favoriteCount(arta.user.id)).toBe(3);

    const all = await callApi(favoritesApi.GET, { token: arta.token });
    expect(all.body.meta.total).toBe(3);
    const onlyFavorites = await callApi(favoritesApi.GET, {
      token: arta.token,
      query: { kind: "favorite", target: "employee" },
    });
    expect(onlyFavorites.body.data.map((f: { id: string }) => f.id)).toEqual([
      employee.body.data.id,
    ]);

    // Another user sees nothing of it and cannot remove it.
    const besa = await signedInUser();
    expect((await callApi(favoritesApi.GET, { token: besa.token })).body.data).toEqual([]);
    const foreign = await callApi(favoriteApi.DELETE, {
      token: besa.token,
      params: { id: first.body.data.id },
    });
    expect(foreign.status).toBe(404);
    const removed = await callApi(favoriteApi.DELETE, {
      token: arta.token,
      params: { id: first.body.data.id },
    });
    expect(removed.status).toBe(200);
    expect(await favoriteCount(arta.user.id)).toBe(2);
  });

  it("refuses drafts, inactive employees and bad input, adding nothing", async () => {
    const draft = await bookingBusiness({ status: "draft" });
    const published = await bookingBusiness();
    await withSystemScope((tx) =>
      tx
        .update(employees)
        .set({ active: false })
        .where(eq(employees.id, published.employees.ben.id)),
    );
    const arta = await signedInUser();
    const add = (body: unknown) => callApi(favoritesApi.POST, { token: arta.token, body });

    expect((await add({ kind: "favorite", businessId: draft.business.id })).status).toBe(404);
    const draftEmployee = await add({ kind: "favorite", employeeId: draft.employees.ana.id });
    expect(draftEmployee.status).toBe(422);
    expect(Object.keys(draftEmployee.body.errors)).toEqual(["employeeId"]);
    expect((await add({ kind: "saved", employeeId: published.employees.ben.id })).status).toBe(422);
    const both = await add({
      kind: "favorite",
      businessId: published.business.id,
      employeeId: published.employees.ana.id,
    });
    expect(both.status).toBe(422);
    expect(both.body.errors.businessId).toEqual(["Choose a business or an employee."]);
    const badKind = await add({ kind: "loved", businessId: published.business.id });
    expect(Object.keys(badKind.body.errors)).toEqual(["kind"]);
    expect(await favoriteCount(arta.user.id)).toBe(0);

    // A business that stops being published drops off the list.
    await add({ kind: "favorite", businessId: published.business.id });
    await withSystemScope((tx) =>
      tx
        .update(businesses)
        .set({ status: "suspended" })
        .where(eq(businesses.id, published.business.id)),
    );
    expect((await callApi(favoritesApi.GET, { token: arta.token })).body.meta.total).toBe(0);
  });
});
