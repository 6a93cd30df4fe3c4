import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { dataOf, fieldErrorsOf, submit } from "@/components/booking/community/actions.testing";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { bookingCategories } from "@/db/schema/booking";
import type { Viewer } from "@/lib/identity/viewer";
import { signedInUser } from "@/lib/testing/factories";

let viewer: Viewer | null = null;

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("@/lib/identity/web-session", () => ({ getWebViewer: async () => viewer }));

const actions = await import("./actions");

async function signInAdmin() {
  const admin = await signedInUser({ name: "Platform Admin" });
  await getDb().update(users).set({ isPlatformAdmin: true }).where(eq(users.id, admin.user.id));
  viewer = { user: { ...admin.user, isPlatformAdmin: true }, sessionId: "web-session" };
}

const categoryBySlug = async (slug: string) =>
  (await getDb().select().from(bookingCategories).where(eq(bookingCategories.slug, slug)))[0];

beforeEach(() => {
  viewer = null;
});

describe("category actions", () => {
  it("creates a subcategory with both names, edits and deletes it", async () => {
    await signInAdmin();
    const hair = dataOf(
      await submit(actions.createCategoryAction, { "name.en": "Hair", icon: "scissors" }),
    );
    expect(hair).toMatchObject({ slug: "hair", icon: "scissors", parentId: null });
    const cut = dataOf(
      await submit(actions.createCategoryAction, {
        "name.en": "Haircut",
        "name.sq": "Prerje flokësh",
        slug: "haircut",
        parentId: hair.id,
        position: "2",
      }),
    );
    expect(cut.translations.name).toEqual({ en: "Haircut", sq: "Prerje flokësh" });
    const refused = await submit(actions.deleteCategoryAction, { id: hair.id });
    expect(refused.status).toBe("error");
    const edited = dataOf(
      await submit(actions.updateCategoryAction, { id: cut.id, "name.en": "Cuts", slug: "cuts" }),
    );
    // Fields left empty on the edit form clear the icon and move it to the top level.
    expect(edited).toMatchObject({ slug: "cuts", parentId: null, icon: null });
    expect((await submit(actions.deleteCategoryAction, { id: cut.id })).status).toBe("success");
    expect(await categoryBySlug("cuts")).toBeUndefined();
  });

  it("answers bad input with field errors and creates nothing", async () => {
    await signInAdmin();
    const before = await getDb().select().from(bookingCategories);
    const state = await submit(actions.createCategoryAction, {
      "name.sq": "Vetëm shqip",
      slug: "Bad Slug!",
      icon: "Not An Icon",
    });
    expect(state.status).toBe("error");
    expect(Object.keys(fieldErrorsOf(state)).sort()).toEqual(["icon", "name.en", "slug"]);
    expect(await getDb().select().from(bookingCategories)).toHaveLength(before.length);
  });

  it("refuses anyone who is not a platform admin", async () => {
    const someone = await signedInUser();
    viewer = { user: someone.user, sessionId: "web-session" };
    const state = await submit(actions.createCategoryAction, { "name.en": "Nails" });
    expect(state.status).toBe("error");
    expect(await categoryBySlug("nails")).toBeUndefined();
  });
});
