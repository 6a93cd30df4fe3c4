import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { favorites } from "@/db/schema/booking";
import { idle, type FormState } from "@/lib/actions/form-state";
import { bookingBusiness } from "@/lib/booking/booking.testing";
import type { Viewer } from "@/lib/identity/viewer";
import { createUser } from "@/lib/testing/factories";
import { withSystemScope } from "@/lib/tenancy/scope";

// The signed-in viewer, as the browser session would give it to the action.
let viewer: Viewer | null = null;

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("@/lib/identity/web-session", () => ({ getWebViewer: async () => viewer }));

const { toggleFavoriteAction } = await import("./actions");

type Result = { favoriteId: string | null };

function submit(fields: Record<string, string>): Promise<FormState<Result>> {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return toggleFavoriteAction(idle as FormState<Result>, data);
}

async function rowsOf(userId: string) {
  return withSystemScope((tx) =>
    tx
      .select({ id: favorites.id, kind: favorites.kind, businessId: favorites.businessId })
      .from(favorites)
      .where(eq(favorites.userId, userId)),
  );
}

describe("favorite / save toggles on the business page", () => {
  let customer: Awaited<ReturnType<typeof createUser>>;

  beforeEach(async () => {
    customer = await createUser({ name: "Cora Customer" });
    viewer = { user: customer, sessionId: "web-session" };
  });

  it("adds the business to the signed-in customer's favorites, then removes it", async () => {
    const { business } = await bookingBusiness();
    const added = await submit({
      intent: "add",
      kind: "favorite",
      businessId: business.id,
      slug: business.slug,
    });
    expect(added).toMatchObject({ status: "success", message: "Added to your favorites." });
    const favoriteId = added.status === "success" ? added.data.favoriteId : null;
    expect(favoriteId).toEqual(expect.any(String));
    expect(await rowsOf(customer.id)).toEqual([
      { id: favoriteId, kind: "favorite", businessId: business.id },
    ]);

    // Adding again is no error and keeps one row.
    const again = await submit({ intent: "add", kind: "favorite", businessId: business.id });
    expect(again).toMatchObject({ status: "success", data: { favoriteId } });
    expect(await rowsOf(customer.id)).toHaveLength(1);

    const removed = await submit({ intent: "remove", kind: "favorite", favoriteId: favoriteId! });
    expect(removed).toMatchObject({
      status: "success",
      data: { favoriteId: null },
      message: "Removed from your favorites.",
    });
    expect(await rowsOf(customer.id)).toEqual([]);
  });

  it("keeps favorite and saved apart", async () => {
    const { business } = await bookingBusiness();
    await submit({ intent: "add", kind: "favorite", businessId: business.id });
    const saved = await submit({ intent: "add", kind: "saved", businessId: business.id });
    expect(saved).toMatchObject({ status: "success", message: "Saved for later." });
    const kinds = (await rowsOf(customer.id)).map((row) => row.kind).sort();
    expect(kinds).toEqual(["favorite", "saved"]);
  });

  it("refuses a signed-out visitor and changes nothing", async () => {
    const { business } = await bookingBusiness();
    viewer = null;
    const state = await submit({ intent: "add", kind: "favorite", businessId: business.id });
    expect(state.status).toBe("error");
    expect(await rowsOf(customer.id)).toEqual([]);
  });

  it("answers not found for an unknown or unpublished business", async () => {
    const unknown = await submit({
      intent: "add",
      kind: "favorite",
      businessId: "0194d7a8-1a7e-7cc1-9d3c-2f9a3c1b4e50",
    });
    expect(unknown).toMatchObject({ status: "error", message: "We couldn't find this business." });

    const { business: draft } = await bookingBusiness({ status: "draft" });
    const hidden = await submit({ intent: "add", kind: "saved", businessId: draft.id });
    expect(hidden).toMatchObject({ status: "error", message: "We couldn't find this business." });
    expect(await rowsOf(customer.id)).toEqual([]);
  });

  it("cannot remove another customer's favorite", async () => {
    const { business } = await bookingBusiness();
    const added = await submit({ intent: "add", kind: "favorite", businessId: business.id });
    const favoriteId = added.status === "success" ? added.data.favoriteId! : "";
    const owner = customer;
    const other = await createUser({ name: "Other Customer" });
    viewer = { user: other, sessionId: "web-session" };
    const state = await submit({ intent: "remove", kind: "favorite", favoriteId });
    expect(state.status).toBe("error");
    expect(await rowsOf(owner.id)).toHaveLength(1);
  });

  it("returns field errors for malformed input", async () => {
    const state = await submit({ intent: "add", kind: "loved", businessId: "nope" });
    expect(state.status).toBe("error");
    const fieldErrors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
    expect(Object.keys(fieldErrors).length).toBeGreaterThan(0);
  });
});
