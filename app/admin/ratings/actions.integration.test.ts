import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { submit } from "@/components/booking/community/actions.testing";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { ratings } from "@/db/schema/booking";
import type { Viewer } from "@/lib/identity/viewer";
import { bookingBusiness } from "@/lib/booking/booking.testing";
import { pastBooking } from "@/lib/booking/community.testing";
import { createRating } from "@/lib/booking/ratings.service";
import { signedInUser } from "@/lib/testing/factories";
import { withSystemScope } from "@/lib/tenancy/scope";

let viewer: Viewer | null = null;

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("@/lib/identity/web-session", () => ({ getWebViewer: async () => viewer }));

const { setRatingHiddenAction } = await import("./actions");

async function aRating() {
  const fixture = await bookingBusiness();
  const customer = await signedInUser({ name: "Arta Krasniqi" });
  await pastBooking(fixture, customer.user.id);
  return createRating(
    { user: customer.user, sessionId: "s" },
    { businessId: fixture.business.id, score: 1, comment: "Rude." },
  );
}

const hiddenAt = async (id: string) =>
  (await withSystemScope((tx) => tx.select().from(ratings).where(eq(ratings.id, id))))[0]!.hiddenAt;

beforeEach(() => {
  viewer = null;
});

describe("moderation actions", () => {
  it("hides a rating and shows it again (platform admins)", async () => {
    const rating = await aRating();
    const admin = await signedInUser();
    await getDb().update(users).set({ isPlatformAdmin: true }).where(eq(users.id, admin.user.id));
    viewer = { user: { ...admin.user, isPlatformAdmin: true }, sessionId: "web" };
    const hidden = await submit(setRatingHiddenAction, { id: rating.id, hidden: "true" });
    expect(hidden).toMatchObject({ status: "success", message: "Rating hidden." });
    expect(await hiddenAt(rating.id)).not.toBeNull();
    await submit(setRatingHiddenAction, { id: rating.id, hidden: "false" });
    expect(await hiddenAt(rating.id)).toBeNull();
  });

  it("refuses anyone else and changes nothing", async () => {
    const rating = await aRating();
    const someone = await signedInUser();
    viewer = { user: someone.user, sessionId: "web" };
    const state = await submit(setRatingHiddenAction, { id: rating.id, hidden: "true" });
    expect(state.status).toBe("error");
    expect(await hiddenAt(rating.id)).toBeNull();
  });
});
