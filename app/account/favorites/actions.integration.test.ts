import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { dataOf, errorOf, submit } from "@/components/booking/customer/actions.testing";
import { favorites } from "@/db/schema/booking";
import { bookingBusiness } from "@/lib/booking/booking.testing";
import { addFavorite } from "@/lib/booking/favorites.service";
import type { Viewer } from "@/lib/identity/viewer";
import { signedInUser } from "@/lib/testing/factories";
import { withSystemScope } from "@/lib/tenancy/scope";

let viewer: Viewer | null = null;
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("@/lib/identity/web-session", () => ({ getWebViewer: async () => viewer }));

const { removeFavoriteAction } = await import("./actions");

const asViewer = (user: Viewer["user"]): Viewer => ({ user, sessionId: "web-session" });
const favoriteRow = (id: string) =>
  withSystemScope((tx) => tx.select().from(favorites).where(eq(favorites.id, id)));

beforeEach(() => {
  viewer = null;
});

describe("removing a favorite from /account/favorites", () => {
  it("removes the signed-in person's own favorite", async () => {
    const { business } = await bookingBusiness();
    const arta = await signedInUser();
    const { favorite } = await addFavorite(asViewer(arta.user), {
      kind: "saved",
      businessId: business.id,
    });
    viewer = asViewer(arta.user);
    const state = await submit(removeFavoriteAction, { id: favorite.id });
    expect(dataOf(state)).toEqual({ id: favorite.id });
    expect(state).toMatchObject({ message: "Removed." });
    expect(await favoriteRow(favorite.id)).toEqual([]);
  });

  it("refuses someone else's favorite as not found and keeps it", async () => {
    const { business } = await bookingBusiness();
    const arta = await signedInUser();
    const ben = await signedInUser();
    const { favorite } = await addFavorite(asViewer(arta.user), {
      kind: "favorite",
      businessId: business.id,
    });
    viewer = asViewer(ben.user);
    expect(errorOf(await submit(removeFavoriteAction, { id: favorite.id })).message).toBe(
      "We couldn't find this favorite.",
    );
    expect(await favoriteRow(favorite.id)).toHaveLength(1);
  });

  it("answers a bad id under the field, and signed out with the session message", async () => {
    const arta = await signedInUser();
    viewer = asViewer(arta.user);
    expect(errorOf(await submit(removeFavoriteAction, { id: "nope" })).fieldErrors).toHaveProperty(
      "id",
    );
    viewer = null;
    const signedOut = errorOf(
      await submit(removeFavoriteAction, { id: "0193f7c4-5b1e-7c2a-9d3e-4f5a6b7c8d9e" }),
    );
    expect(signedOut.message).toMatch(/sign in/i);
  });
});
