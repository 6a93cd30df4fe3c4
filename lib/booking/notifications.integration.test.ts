import { describe, expect, it } from "vitest";
import * as readRoute from "@/app/api/v1/notifications/[id]/read/route";
import * as readAllRoute from "@/app/api/v1/notifications/read-all/route";
import * as inboxRoute from "@/app/api/v1/notifications/route";
import * as unreadRoute from "@/app/api/v1/notifications/unread-count/route";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { messages } from "@/db/schema";
import { callApi } from "@/lib/testing/api";
import { signedInUser } from "@/lib/testing/factories";
import { withTenant } from "@/lib/tenancy/scope";
import { bookingBusiness } from "./booking.testing";
import { createCustomerBooking } from "./bookings.service";
import { inboxOf, startIn } from "./bookings.testing";
import { notifyPeople } from "./notify";

async function bookOnce(setup: Awaited<ReturnType<typeof bookingBusiness>>, userId: string) {
  return createCustomerBooking(userId, {
    businessId: setup.business.id,
    serviceIds: [setup.services.cut.id],
    employeeId: null,
    startsAt: new Date(startIn(10, "09:00")),
    visitType: "on_site",
    visitAddress: null,
  });
}

describe("in-app inbox API", () => {
  it("lists, counts and marks a person's own notices read", async () => {
    const setup = await bookingBusiness();
    const customer = await signedInUser();
    await bookOnce(setup, customer.user.id);
    const owner = setup.team.owner;

    const list = await callApi(inboxRoute.GET, { token: owner.token });
    expect(list.status).toBe(200);
    expect(list.body.meta).toEqual({ page: 1, pageSize: 20, total: 1 });
    const [notice] = list.body.data;
    expect(notice).toMatchObject({ kind: "booked", orgId: setup.org.id, readAt: null });
    expect(notice.link).toMatch(/^\/manage\/bookings\?booking=/);
    const byOrg = await callApi(inboxRoute.GET, {
      token: owner.token,
      query: { orgId: "none" },
    });
    expect(byOrg.body.data).toEqual([]);

    const count = await callApi(unreadRoute.GET, { token: owner.token });
    expect(count.body.data).toEqual({ unread: 1 });

    // Someone else's notice is a 404 and stays unread.
    const foreign = await callApi(readRoute.POST, {
      token: customer.token,
      params: { id: notice.id },
    });
    expect(foreign.status).toBe(404);
    expect((await inboxOf(owner.user.id))[0]!.readAt).toBeNull();

    const read = await callApi(readRoute.POST, { token: owner.token, params: { id: notice.id } });
    expect(read.body.data).toEqual({ count: 1 });
    const again = await callApi(readRoute.POST, { token: owner.token, params: { id: notice.id } });
    expect(again.body.data).toEqual({ count: 0 });
    expect((await callApi(unreadRoute.GET, { token: owner.token })).body.data).toEqual({
      unread: 0,
    });

    // The customer's own inbox: their booking notice, unread until read-all.
    const mine = await callApi(inboxRoute.GET, {
      token: customer.token,
      query: { unread: "true" },
    });
    expect(mine.body.data.map((n: { kind: string }) => n.kind)).toEqual(["booked"]);
    const all = await callApi(readAllRoute.POST, { token: customer.token });
    expect(all.body.data).toEqual({ count: 1 });
    expect(
      (await callApi(inboxRoute.GET, { token: customer.token, query: { unread: "true" } })).body
        .data,
    ).toEqual([]);
  });

  it("needs a sign-in", async () => {
    expect((await callApi(inboxRoute.GET)).status).toBe(401);
    expect((await callApi(unreadRoute.GET)).status).toBe(401);
    expect((await callApi(readAllRoute.POST)).status).toBe(401);
    expect((await callApi(readRoute.POST, { params: { id: crypto.randomUUID() } })).status).toBe(
      401,
    );
  });

  it("pages newest first", async () => {
    const person = await signedInUser();
    const setup = await bookingBusiness();
    for (const title of ["one", "two", "three"]) {
      await withTenant({ orgId: setup.org.id }, (tx) =>
        notifyPeople(tx, {
          kind: "rated",
          recipients: [person.user.id, person.user.id, null],
          compose: () => ({ title, body: title, actionLabel: "Open" }),
          link: "/account",
          channels: { email: false, push: false },
        }),
      );
    }
    const page = await callApi(inboxRoute.GET, {
      token: person.token,
      query: { page: "2", pageSize: "2" },
    });
    expect(page.body.meta).toEqual({ page: 2, pageSize: 2, total: 3 });
    expect(page.body.data.map((n: { title: string }) => n.title)).toEqual(["one"]);
  });

  it("keeps long texts whole in-app and clips them for email and push", async () => {
    const person = await signedInUser();
    const setup = await bookingBusiness();
    const long = "a".repeat(3000);
    await withTenant({ orgId: setup.org.id }, (tx) =>
      notifyPeople(tx, {
        kind: "replied",
        recipients: [person.user.id],
        compose: () => ({
          title: "Reply",
          body: long,
          details: [{ label: "Comment", value: long }],
          actionLabel: "Open",
        }),
        link: "/account",
        related: { type: "booking_rating", id: setup.business.id },
      }),
    );
    expect((await inboxOf(person.user.id))[0]!.body).toBe(long);
    const sent = await getDb()
      .select()
      .from(messages)
      .where(eq(messages.relatedId, setup.business.id));
    const push = sent.find((message) => message.channel === "push")!;
    expect(push.body).toHaveLength(1000);
    expect(push.body!.endsWith("…")).toBe(true);
    const email = sent.find((message) => message.channel === "email")!;
    const props = (email.metadata as { props: { body: string; details: { value: string }[] } })
      .props;
    expect(props.body).toHaveLength(2000);
    expect(props.details[0]!.value).toHaveLength(500);
  });
});
