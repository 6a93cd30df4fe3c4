import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { dataOf, errorOf, submit } from "@/components/booking/customer/actions.testing";
import { ratings } from "@/db/schema/booking";
import { bookingBusiness } from "@/lib/booking/booking.testing";
import { pastBooking } from "@/lib/booking/community.testing";
import { createRating } from "@/lib/booking/ratings.service";
import type { Viewer } from "@/lib/identity/viewer";
import { signedInUser } from "@/lib/testing/factories";
import { withSystemScope } from "@/lib/tenancy/scope";

let viewer: Viewer | null = null;
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("@/lib/identity/web-session", () => ({ getWebViewer: async () => viewer }));

const { deleteRatingAction, updateRatingAction } = await import("./actions");

const asViewer = (user: Viewer["user"]): Viewer => ({ user, sessionId: "web-session" });
const ratingRow = async (id: string) =>
  (await withSystemScope((tx) => tx.select().from(ratings).where(eq(ratings.id, id))))[0];

/** A customer with a completed booking who rated the business 5 with a comment. */
async function ratedBusiness() {
  const fixture = await bookingBusiness();
  const arta = await signedInUser({ name: "Arta Krasniqi" });
  await pastBooking(fixture, arta.user.id);
  const rating = await createRating(asViewer(arta.user), {
    businessId: fixture.business.id,
    score: 5,
    comment: "Great cut",
  });
  return { fixture, arta, rating };
}

beforeEach(() => {
  viewer = null;
});

describe("editing a rating from /account/ratings", () => {
  it("changes the score and comment of the author's rating", async () => {
    const { arta, rating } = await ratedBusiness();
    viewer = asViewer(arta.user);
    const state = await submit(updateRatingAction, {
      id: rating.id,
      score: "3",
      comment: "  Good, a little late. ",
    });
    expect(dataOf(state)).toEqual({ id: rating.id, score: 3 });
    expect(await ratingRow(rating.id)).toMatchObject({ score: 3, comment: "Good, a little late." });
  });

  it("clears the comment when it is emptied", async () => {
    const { arta, rating } = await ratedBusiness();
    viewer = asViewer(arta.user);
    dataOf(await submit(updateRatingAction, { id: rating.id, score: "4", comment: "" }));
    expect(await ratingRow(rating.id)).toMatchObject({ score: 4, comment: null });
  });

  it("answers a score out of range under the field and changes nothing", async () => {
    const { arta, rating } = await ratedBusiness();
    viewer = asViewer(arta.user);
    const { fieldErrors } = errorOf(
      await submit(updateRatingAction, { id: rating.id, score: "9", comment: "x" }),
    );
    expect(Object.keys(fieldErrors)).toEqual(["score"]);
    expect(await ratingRow(rating.id)).toMatchObject({ score: 5, comment: "Great cut" });
  });

  it("treats another person's rating as not found", async () => {
    const { rating } = await ratedBusiness();
    const ben = await signedInUser();
    viewer = asViewer(ben.user);
    expect(
      errorOf(await submit(updateRatingAction, { id: rating.id, score: "1", comment: "" })).message,
    ).toBe("We couldn't find this rating.");
    expect(errorOf(await submit(deleteRatingAction, { id: rating.id })).message).toBe(
      "We couldn't find this rating.",
    );
    expect(await ratingRow(rating.id)).toMatchObject({ score: 5 });
  });
});

describe("deleting a rating from /account/ratings", () => {
  it("deletes the author's rating", async () => {
    const { arta, rating } = await ratedBusiness();
    viewer = asViewer(arta.user);
    const state = await submit(deleteRatingAction, { id: rating.id });
    expect(dataOf(state)).toEqual({ id: rating.id });
    expect(state).toMatchObject({ message: "Rating deleted." });
    expect(await ratingRow(rating.id)).toBeUndefined();
  });
});
