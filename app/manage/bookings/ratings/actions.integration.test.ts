import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fieldErrorsOf, submit } from "@/components/booking/community/actions.testing";
import { ratingReplies, ratings } from "@/db/schema/booking";
import type { Viewer } from "@/lib/identity/viewer";
import { bookingBusiness } from "@/lib/booking/booking.testing";
import { pastBooking } from "@/lib/booking/community.testing";
import { createRating, listRatingsOfOrg } from "@/lib/booking/ratings.service";
import { signedInUser } from "@/lib/testing/factories";
import { ACTIVE_ORG_COOKIE } from "@/lib/tenancy/active-org";
import { resolveOrgContext } from "@/lib/tenancy/context";
import { withSystemScope } from "@/lib/tenancy/scope";
import type { SignedIn } from "@/lib/tenancy/testing";

const jar = new Map<string, string>();
let viewer: Viewer | null = null;

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (options: string | { name: string }) =>
      void jar.delete(typeof options === "string" ? options : options.name),
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("@/lib/identity/web-session", () => ({ getWebViewer: async () => viewer }));

const { replyToRatingAction } = await import("./actions");

function signIn(member: SignedIn, orgId: string) {
  viewer = { user: member.user, sessionId: "web-session" };
  jar.clear();
  jar.set(ACTIVE_ORG_COOKIE, orgId);
}

/** A business with one completed booking rated `score` by a new customer. */
async function ratedBusiness(score = 4) {
  const fixture = await bookingBusiness();
  const customer = await signedInUser({ name: "Arta Krasniqi" });
  await pastBooking(fixture, customer.user.id);
  const rating = await createRating(
    { user: customer.user, sessionId: "s" },
    { businessId: fixture.business.id, score, comment: "Lovely." },
  );
  return { fixture, rating };
}

const repliesOf = (ratingId: string) =>
  withSystemScope((tx) =>
    tx.select().from(ratingReplies).where(eq(ratingReplies.ratingId, ratingId)),
  );

beforeEach(() => {
  viewer = null;
  jar.clear();
});

describe("rating reply action", () => {
  it("replies for the business", async () => {
    const { fixture, rating } = await ratedBusiness();
    signIn(fixture.team.manager, fixture.org.id);
    const state = await submit(replyToRatingAction, { ratingId: rating.id, body: "Thank you!" });
    expect(state).toMatchObject({ status: "success", message: "Reply sent." });
    expect(await repliesOf(rating.id)).toMatchObject([{ side: "business", body: "Thank you!" }]);
  });

  it("answers an empty reply with a field error and stores nothing", async () => {
    const { fixture, rating } = await ratedBusiness();
    signIn(fixture.team.manager, fixture.org.id);
    const state = await submit(replyToRatingAction, { ratingId: rating.id, body: "  " });
    expect(Object.keys(fieldErrorsOf(state))).toEqual(["body"]);
    expect(await repliesOf(rating.id)).toHaveLength(0);
  });

  it("treats a rating of another org as not found", async () => {
    const { rating } = await ratedBusiness();
    const other = await bookingBusiness();
    signIn(other.team.manager, other.org.id);
    const state = await submit(replyToRatingAction, { ratingId: rating.id, body: "Hi" });
    expect(state.status).toBe("error");
    expect(await repliesOf(rating.id)).toHaveLength(0);
  });

  it("filters the org's ratings by score (the page's score filter)", async () => {
    const { fixture, rating } = await ratedBusiness(4);
    const context = await resolveOrgContext(
      { user: fixture.team.manager.user, sessionId: "s" },
      fixture.org.id,
      "bookings.read",
    );
    const four = await listRatingsOfOrg(context, { score: 4, page: 1, pageSize: 20 });
    const five = await listRatingsOfOrg(context, { score: 5, page: 1, pageSize: 20 });
    expect(four.items.map((item) => item.id)).toEqual([rating.id]);
    expect(five.items).toHaveLength(0);
    const [row] = await withSystemScope((tx) =>
      tx.select().from(ratings).where(eq(ratings.id, rating.id)),
    );
    expect(row!.score).toBe(4);
  });
});
