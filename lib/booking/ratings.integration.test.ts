import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as moderationListApi from "@/app/api/v1/admin/ratings/route";
import * as hideRatingApi from "@/app/api/v1/admin/ratings/[id]/hide/route";
import * as unhideRatingApi from "@/app/api/v1/admin/ratings/[id]/unhide/route";
import * as hideReplyApi from "@/app/api/v1/admin/rating-replies/[id]/hide/route";
import * as businessRatingsApi from "@/app/api/v1/businesses/[idOrSlug]/ratings/route";
import * as summaryApi from "@/app/api/v1/businesses/[idOrSlug]/ratings/summary/route";
import * as manageRatingsApi from "@/app/api/v1/manage/ratings/route";
import * as manageRatingApi from "@/app/api/v1/manage/ratings/[id]/route";
import * as manageRepliesApi from "@/app/api/v1/manage/ratings/[id]/replies/route";
import * as ratingsApi from "@/app/api/v1/ratings/route";
import * as ratingApi from "@/app/api/v1/ratings/[id]/route";
import * as eligibilityApi from "@/app/api/v1/ratings/eligibility/route";
import * as imagesApi from "@/app/api/v1/ratings/[id]/images/route";
import * as imageApi from "@/app/api/v1/ratings/[id]/images/[imageId]/route";
import * as repliesApi from "@/app/api/v1/ratings/[id]/replies/route";
import { getDb } from "@/db/client";
import { businesses, employees, ratings, userNotifications } from "@/db/schema/booking";
import { users } from "@/db/schema";
import { forgetEnv } from "@/lib/config/env";
import { getFile } from "@/lib/storage";
import { callApi } from "@/lib/testing/api";
import { signedInUser } from "@/lib/testing/factories";
import { withSystemScope } from "@/lib/tenancy/scope";
import { bookingBusiness } from "./booking.testing";
import { pastBooking, queuedJobs } from "./community.testing";
import { RATING_AVERAGES_QUEUE, recomputeRatingAverages } from "./rating-averages";

const PNG = (() => {
  const bytes = new Uint8Array(200).fill(7);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
})();
const GIF = new TextEncoder().encode("GIF89a-not-allowed");

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "callboard-ratings-"));
  vi.stubEnv("STORAGE_DIR", root);
  forgetEnv();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  forgetEnv();
  await rm(root, { recursive: true, force: true });
});

async function customer(name = "Arta Krasniqi") {
  return signedInUser({ name });
}

function rate(token: string | undefined, body: unknown) {
  return callApi(ratingsApi.POST, { token, body });
}

async function ratingCount(businessId: string) {
  return withSystemScope((tx) => tx.$count(ratings, eq(ratings.businessId, businessId)));
}

function uploadImage(token: string, ratingId: string, bytes: Uint8Array, type = "image/png") {
  return imagesApi.POST(
    new Request(`http://localhost/api/v1/ratings/${ratingId}/images`, {
      method: "POST",
      body: bytes as BodyInit,
      headers: { authorization: `Bearer ${token}`, "content-type": type },
    }),
    { params: Promise.resolve({ id: ratingId }) },
  );
}

async function averagesOf(businessId: string, employeeId: string) {
  return withSystemScope(async (tx) => {
    const [business] = await tx
      .select({ average: businesses.ratingAverage, count: businesses.ratingCount })
      .from(businesses)
      .where(eq(businesses.id, businessId));
    const [employee] = await tx
      .select({ average: employees.ratingAverage, count: employees.ratingCount })
      .from(employees)
      .where(eq(employees.id, employeeId));
    return { business, employee };
  });
}

describe("rating eligibility and one per target", () => {
  it("needs a completed booking at the business; pending, canceled or no-show ones do not count", async () => {
    const fixture = await bookingBusiness();
    const arta = await customer();
    const body = { businessId: fixture.business.id, score: 5, comment: "Great" };

    expect((await rate(undefined, body)).status).toBe(401);
    const none = await rate(arta.token, body);
    expect(none.status).toBe(403);
    expect(none.body.message).toBe("You can rate a business after a completed booking there.");

    for (const status of ["pending", "confirmed", "canceled", "no_show"] as const) {
      await pastBooking(fixture, arta.user.id, { status });
    }
    expect((await rate(arta.token, body)).status).toBe(403);
    expect(await ratingCount(fixture.business.id)).toBe(0);

    const booking = await pastBooking(fixture, arta.user.id);
    const first = await rate(arta.token, body);
    expect(first.status).toBe(201);
    expect(first.body.data).toMatchObject({
      businessId: fixture.business.id,
      employeeId: null,
      score: 5,
      comment: "Great",
      customerName: "Arta K.",
      hidden: false,
      images: [],
      replies: [],
    });
    const [stored] = await withSystemScope((tx) =>
      tx.select().from(ratings).where(eq(ratings.id, first.body.data.id)),
    );
    expect(stored).toMatchObject({ bookingId: booking.id, orgId: fixture.org.id });

    // One per customer per target: the second is refused, edit the first instead.
    const second = await rate(arta.token, { ...body, score: 1 });
    expect(second.status).toBe(409);
    expect(await ratingCount(fixture.business.id)).toBe(1);
  });

  it("two ratings of one target sent at once: exactly one is stored", async () => {
    const fixture = await bookingBusiness();
    const arta = await customer();
    await pastBooking(fixture, arta.user.id);
    const body = { businessId: fixture.business.id, score: 4 };
    const answers = await Promise.all([rate(arta.token, body), rate(arta.token, body)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect(await ratingCount(fixture.business.id)).toBe(1);
  });

  it("an employee rating needs a completed booking with that employee, and is a separate target", async () => {
    const fixture = await bookingBusiness();
    const { ana, ben } = fixture.employees;
    const arta = await customer();
    await pastBooking(fixture, arta.user.id, { employeeId: ben.id });

    const withAna = await rate(arta.token, {
      businessId: fixture.business.id,
      employeeId: ana.id,
      score: 4,
    });
    expect(withAna.status).toBe(403);
    expect(withAna.body.message).toBe("You can rate someone after a completed booking with them.");

    const withBen = await rate(arta.token, {
      businessId: fixture.business.id,
      employeeId: ben.id,
      score: 4,
    });
    expect(withBen.status).toBe(201);
    expect(withBen.body.data).toMatchObject({ employeeId: ben.id, employeeName: "Ben Barber" });
    // The business itself is another target: still open.
    expect((await rate(arta.token, { businessId: fixture.business.id, score: 3 })).status).toBe(
      201,
    );
    expect(
      (await rate(arta.token, { businessId: fixture.business.id, employeeId: ben.id, score: 2 }))
        .status,
    ).toBe(409);

    const eligibility = await callApi(eligibilityApi.GET, {
      token: arta.token,
      query: { businessId: fixture.business.slug },
    });
    expect(eligibility.status).toBe(200);
    expect(eligibility.body.data).toEqual({
      businessId: fixture.business.id,
      business: { canRate: true, ratingId: expect.any(String) },
      employees: [
        { employeeId: ben.id, name: "Ben Barber", canRate: true, ratingId: withBen.body.data.id },
      ],
    });
    const stranger = await customer("No Bookings");
    const none = await callApi(eligibilityApi.GET, {
      token: stranger.token,
      query: { businessId: fixture.business.id },
    });
    expect(none.body.data).toMatchObject({
      business: { canRate: false, ratingId: null },
      employees: [],
    });
  });

  it("refuses bad input with field errors and stores nothing", async () => {
    const fixture = await bookingBusiness();
    const other = await bookingBusiness();
    const arta = await customer();
    await pastBooking(fixture, arta.user.id);

    const bad = await rate(arta.token, {
      businessId: "not-a-uuid",
      score: 6,
      comment: "x".repeat(2001),
      extra: true,
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual(["body", "businessId", "comment", "score"]);

    const foreignEmployee = await rate(arta.token, {
      businessId: fixture.business.id,
      employeeId: other.employees.ana.id,
      score: 5,
    });
    expect(foreignEmployee.status).toBe(422);
    expect(Object.keys(foreignEmployee.body.errors)).toEqual(["employeeId"]);
    expect(await ratingCount(fixture.business.id)).toBe(0);
  });

  it("draft businesses cannot be rated (404)", async () => {
    const fixture = await bookingBusiness({ status: "draft" });
    const arta = await customer();
    await pastBooking(fixture, arta.user.id);
    expect((await rate(arta.token, { businessId: fixture.business.id, score: 5 })).status).toBe(
      404,
    );
  });
});

describe("editing, deleting and photos", () => {
  it("the author edits and deletes their rating; anyone else gets 404", async () => {
    const fixture = await bookingBusiness();
    const arta = await customer();
    const stranger = await customer("Someone Else");
    await pastBooking(fixture, arta.user.id);
    const { body } = await rate(arta.token, { businessId: fixture.business.id, score: 3 });
    const id = body.data.id as string;

    const foreign = await callApi(ratingApi.PATCH, {
      token: stranger.token,
      params: { id },
      body: { score: 1 },
    });
    expect(foreign.status).toBe(404);
    const empty = await callApi(ratingApi.PATCH, { token: arta.token, params: { id }, body: {} });
    expect(empty.status).toBe(422);
    const edited = await callApi(ratingApi.PATCH, {
      token: arta.token,
      params: { id },
      body: { score: 4, comment: "Better on second thought" },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.data).toMatchObject({ score: 4, comment: "Better on second thought" });

    const mine = await callApi(ratingsApi.GET, { token: arta.token });
    expect(mine.body.data.map((rating: { id: string }) => rating.id)).toEqual([id]);
    expect(mine.body.meta).toEqual({ page: 1, pageSize: 20, total: 1 });

    expect(
      (await callApi(ratingApi.DELETE, { token: stranger.token, params: { id } })).status,
    ).toBe(404);
    expect((await callApi(ratingApi.DELETE, { token: arta.token, params: { id } })).status).toBe(
      200,
    );
    expect(await ratingCount(fixture.business.id)).toBe(0);
    // Deleted: the customer may rate again.
    expect((await rate(arta.token, { businessId: fixture.business.id, score: 5 })).status).toBe(
      201,
    );
  });

  it("takes up to five photos, refuses other files, and removes them", async () => {
    const fixture = await bookingBusiness();
    const arta = await customer();
    const stranger = await customer("Someone Else");
    await pastBooking(fixture, arta.user.id);
    const { body } = await rate(arta.token, { businessId: fixture.business.id, score: 5 });
    const id = body.data.id as string;

    expect((await uploadImage(stranger.token, id, PNG)).status).toBe(404);
    const gif = await uploadImage(arta.token, id, GIF, "image/gif");
    expect(gif.status).toBe(422);

    let last: { data: { images: { id: string; url: string; position: number }[] } } | undefined;
    for (let index = 0; index < 5; index += 1) {
      const response = await uploadImage(arta.token, id, PNG);
      expect(response.status).toBe(201);
      last = await response.json();
    }
    expect(last!.data.images.map((image) => image.position)).toEqual([0, 1, 2, 3, 4]);
    const sixth = await uploadImage(arta.token, id, PNG);
    expect(sixth.status).toBe(409);
    expect((await sixth.json()).message).toBe("A rating can have at most 5 photos.");

    const [first] = last!.data.images;
    const key = first!.url.slice("/files/".length);
    expect(await getFile(key)).not.toBeNull();
    const removed = await callApi(imageApi.DELETE, {
      token: arta.token,
      params: { id, imageId: first!.id },
    });
    expect(removed.status).toBe(200);
    expect(removed.body.data.images).toHaveLength(4);
    expect(await getFile(key)).toBeNull();
    // The freed place is taken by the next photo.
    const again = await uploadImage(arta.token, id, PNG);
    expect((await again.json()).data.images[0].position).toBe(0);
  });
});

describe("threaded replies", () => {
  it("the business replies, the customer answers; cross-tenant and role checks hold", async () => {
    const fixture = await bookingBusiness();
    const otherOrg = await bookingBusiness();
    const arta = await customer();
    await pastBooking(fixture, arta.user.id);
    const { body } = await rate(arta.token, { businessId: fixture.business.id, score: 4 });
    const id = body.data.id as string;
    const { manager, member } = fixture.team;

    const early = await callApi(repliesApi.POST, {
      token: arta.token,
      params: { id },
      body: { body: "Hello?" },
    });
    expect(early.status).toBe(409);

    const foreign = await callApi(manageRepliesApi.POST, {
      token: otherOrg.team.owner.token,
      orgId: otherOrg.org.id,
      params: { id },
      body: { body: "Not ours" },
    });
    expect(foreign.status).toBe(404);
    expect(
      (
        await callApi(manageRatingApi.GET, {
          token: otherOrg.team.owner.token,
          orgId: otherOrg.org.id,
          params: { id },
        })
      ).status,
    ).toBe(404);
    const readOnly = await callApi(manageRepliesApi.POST, {
      token: member.token,
      orgId: fixture.org.id,
      params: { id },
      body: { body: "Thanks" },
    });
    expect(readOnly.status).toBe(403);
    const blank = await callApi(manageRepliesApi.POST, {
      token: manager.token,
      orgId: fixture.org.id,
      params: { id },
      body: { body: "   " },
    });
    expect(blank.status).toBe(422);

    const reply = await callApi(manageRepliesApi.POST, {
      token: manager.token,
      orgId: fixture.org.id,
      params: { id },
      body: { body: "Thank you, see you soon!" },
    });
    expect(reply.status).toBe(201);
    expect(reply.body.data).toMatchObject({ side: "business", authorName: fixture.business.name });

    const stranger = await customer("Someone Else");
    expect(
      (
        await callApi(repliesApi.POST, {
          token: stranger.token,
          params: { id },
          body: { body: "Me too" },
        })
      ).status,
    ).toBe(404);
    const answer = await callApi(repliesApi.POST, {
      token: arta.token,
      params: { id },
      body: { body: "Will do!" },
    });
    expect(answer.status).toBe(201);
    expect(answer.body.data).toMatchObject({ side: "customer", authorName: "Arta K." });

    const shown = await callApi(ratingApi.GET, { params: { id } });
    expect(shown.body.data.replies.map((r: { body: string }) => r.body)).toEqual([
      "Thank you, see you soon!",
      "Will do!",
    ]);

    const unanswered = await callApi(manageRatingsApi.GET, {
      token: member.token,
      orgId: fixture.org.id,
      query: { unanswered: "true" },
    });
    expect(unanswered.body.data).toEqual([]);
    const all = await callApi(manageRatingsApi.GET, { token: member.token, orgId: fixture.org.id });
    expect(all.body.data.map((rating: { id: string }) => rating.id)).toEqual([id]);
    const otherList = await callApi(manageRatingsApi.GET, {
      token: otherOrg.team.owner.token,
      orgId: otherOrg.org.id,
    });
    expect(otherList.body.data).toEqual([]);
  });
});

async function notificationsOf(userId: string) {
  return withSystemScope((tx) =>
    tx
      .select()
      .from(userNotifications)
      .where(eq(userNotifications.userId, userId))
      .orderBy(userNotifications.createdAt),
  );
}

describe("notices to the other side", () => {
  it("tells the business of a rating and the customer of a reply, each in their language", async () => {
    const fixture = await bookingBusiness({ name: "Salon Arta" });
    const { ana } = fixture.employees;
    const gent = await signedInUser({ name: "Gent Stylist" });
    await withSystemScope((tx) =>
      tx.update(employees).set({ userId: gent.user.id }).where(eq(employees.id, ana.id)),
    );
    const arta = await signedInUser({ name: "Arta Krasniqi", locale: "sq" });
    await pastBooking(fixture, arta.user.id, { employeeId: ana.id });
    const rated = await rate(arta.token, {
      businessId: fixture.business.id,
      employeeId: ana.id,
      score: 5,
      comment: "Perfect",
    });
    const id = rated.body.data.id as string;

    // Managers and the rated employee's own account hear of it; a plain member does not.
    const [ownerNotice] = await notificationsOf(fixture.team.owner.user.id);
    expect(ownerNotice).toMatchObject({
      kind: "rated",
      orgId: fixture.org.id,
      title: "New rating for Salon Arta",
      body: "Arta K. rated Ana Stylist 5 out of 5.",
      link: `/manage/bookings/ratings?rating=${id}`,
    });
    expect(await notificationsOf(gent.user.id)).toHaveLength(1);
    expect(await notificationsOf(fixture.team.member.user.id)).toHaveLength(0);
    expect(await notificationsOf(arta.user.id)).toHaveLength(0);

    await callApi(manageRepliesApi.POST, {
      token: fixture.team.manager.token,
      orgId: fixture.org.id,
      params: { id },
      body: { body: "Faleminderit!" },
    });
    expect(await notificationsOf(arta.user.id)).toMatchObject([
      {
        kind: "replied",
        title: "Salon Arta iu përgjigj vlerësimit tuaj",
        body: "Faleminderit!",
        link: `/account/ratings?rating=${id}`,
      },
    ]);

    await callApi(repliesApi.POST, {
      token: arta.token,
      params: { id },
      body: { body: "Ju lutem" },
    });
    const ownerNotices = await notificationsOf(fixture.team.owner.user.id);
    expect(ownerNotices.at(-1)).toMatchObject({
      kind: "replied",
      title: "Arta K. answered in the thread about Ana Stylist",
      body: "Ju lutem",
    });
  });
});

describe("moderation and averages", () => {
  it("keeps averages by job; hidden ratings leave lists and averages until shown again", async () => {
    const fixture = await bookingBusiness();
    const { ana } = fixture.employees;
    const [arta, besa, drita] = await Promise.all([
      customer(),
      customer("Besa Hoxha"),
      customer("Drita"),
    ]);
    for (const person of [arta, besa, drita]) {
      await pastBooking(fixture, person.user.id, { employeeId: ana.id });
    }
    const businessId = fixture.business.id;
    const created = [];
    for (const [person, score] of [
      [arta, 5],
      [besa, 4],
    ] as const) {
      created.push((await rate(person.token, { businessId, score })).body.data.id as string);
    }
    await rate(drita.token, { businessId, employeeId: ana.id, score: 2 });
    // Every change queued a recompute of this business, committed with it.
    expect(await queuedJobs(RATING_AVERAGES_QUEUE, "businessId", businessId)).toHaveLength(3);

    await recomputeRatingAverages(businessId);
    expect(await averagesOf(businessId, ana.id)).toEqual({
      business: { average: 3.67, count: 3 },
      employee: { average: 2, count: 1 },
    });

    const admin = await signedInUser({ name: "Mod" });
    await getDb().update(users).set({ isPlatformAdmin: true }).where(eq(users.id, admin.user.id));
    const notAdmin = await callApi(hideRatingApi.POST, {
      token: arta.token,
      params: { id: created[0]! },
    });
    expect(notAdmin.status).toBe(403);
    expect((await callApi(hideRatingApi.POST, { params: { id: created[0]! } })).status).toBe(401);

    const hidden = await callApi(hideRatingApi.POST, {
      token: admin.token,
      params: { id: created[0]! },
    });
    expect(hidden.status).toBe(200);
    expect(hidden.body.data.hidden).toBe(true);
    const moderation = await callApi(moderationListApi.GET, {
      token: admin.token,
      query: { hidden: "true" },
    });
    expect(moderation.body.data.map((r: { id: string }) => r.id)).toEqual([created[0]]);
    expect(
      (await callApi(moderationListApi.GET, { token: arta.token, query: { hidden: "true" } }))
        .status,
    ).toBe(403);
    expect(await queuedJobs(RATING_AVERAGES_QUEUE, "businessId", businessId)).toHaveLength(4);

    await recomputeRatingAverages(businessId);
    expect((await averagesOf(businessId, ana.id)).business).toEqual({ average: 3, count: 2 });

    // Gone from public view; the author still sees it, flagged.
    const list = await callApi(businessRatingsApi.GET, { params: { idOrSlug: businessId } });
    expect(list.body.meta.total).toBe(2);
    expect(list.body.data.map((r: { id: string }) => r.id)).not.toContain(created[0]);
    expect((await callApi(ratingApi.GET, { params: { id: created[0]! } })).status).toBe(404);
    const own = await callApi(ratingApi.GET, { token: arta.token, params: { id: created[0]! } });
    expect(own.body.data).toMatchObject({ id: created[0], hidden: true });
    // The business still sees it, flagged.
    const managed = await callApi(manageRatingApi.GET, {
      token: fixture.team.member.token,
      orgId: fixture.org.id,
      params: { id: created[0]! },
    });
    expect(managed.body.data.hidden).toBe(true);

    const onlyAna = await callApi(businessRatingsApi.GET, {
      params: { idOrSlug: businessId },
      query: { employeeId: ana.id },
    });
    expect(onlyAna.body.data.map((r: { score: number }) => r.score)).toEqual([2]);

    await callApi(unhideRatingApi.POST, { token: admin.token, params: { id: created[0]! } });
    // The nightly run (no business) repairs everything.
    await recomputeRatingAverages();
    const summary = await callApi(summaryApi.GET, { params: { idOrSlug: fixture.business.slug } });
    expect(summary.status).toBe(200);
    expect(summary.body.data.business).toEqual({ average: 3.67, count: 3 });
    expect(summary.body.data.employees).toContainEqual({
      employeeId: ana.id,
      name: "Ana Stylist",
      average: 2,
      count: 1,
    });
  });

  it("moderators hide replies; the public no longer sees them, the business does", async () => {
    const fixture = await bookingBusiness();
    const arta = await customer();
    await pastBooking(fixture, arta.user.id);
    const id = (await rate(arta.token, { businessId: fixture.business.id, score: 1 })).body.data
      .id as string;
    const reply = await callApi(manageRepliesApi.POST, {
      token: fixture.team.owner.token,
      orgId: fixture.org.id,
      params: { id },
      body: { body: "Something rude" },
    });
    const admin = await signedInUser();
    await getDb().update(users).set({ isPlatformAdmin: true }).where(eq(users.id, admin.user.id));
    expect(
      (await callApi(hideReplyApi.POST, { token: arta.token, params: { id: reply.body.data.id } }))
        .status,
    ).toBe(403);
    const hidden = await callApi(hideReplyApi.POST, {
      token: admin.token,
      params: { id: reply.body.data.id },
    });
    expect(hidden.status).toBe(200);
    expect(hidden.body.data.hidden).toBe(true);
    expect((await callApi(ratingApi.GET, { params: { id } })).body.data.replies).toEqual([]);
    const managed = await callApi(manageRatingApi.GET, {
      token: fixture.team.owner.token,
      orgId: fixture.org.id,
      params: { id },
    });
    expect(managed.body.data.replies).toMatchObject([{ hidden: true }]);
  });

  it("public lists never show drafts", async () => {
    const fixture = await bookingBusiness({ status: "draft" });
    expect(
      (await callApi(businessRatingsApi.GET, { params: { idOrSlug: fixture.business.id } })).status,
    ).toBe(404);
    expect(
      (await callApi(summaryApi.GET, { params: { idOrSlug: fixture.business.id } })).status,
    ).toBe(404);
  });
});
