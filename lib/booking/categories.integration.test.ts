import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  DELETE as deleteCategoryApi,
  PATCH as updateCategoryApi,
} from "@/app/api/v1/admin/categories/[id]/route";
import {
  GET as adminListApi,
  POST as createCategoryApi,
} from "@/app/api/v1/admin/categories/route";
import { GET as listCategoriesApi } from "@/app/api/v1/categories/route";
import { GET as categoryTreeApi } from "@/app/api/v1/categories/tree/route";
import { getDb } from "@/db/client";
import { bookingCategories, businessCategories, businesses } from "@/db/schema/booking";
import { callApi } from "@/lib/testing/api";
import { signedInUser } from "@/lib/testing/factories";
import { withSystemScope } from "@/lib/tenancy/scope";
import { bookingBusiness, bookingCategory } from "./booking.testing";
import { platformAdmin } from "./catalog.testing";

const allCategories = () =>
  getDb().select().from(bookingCategories).orderBy(asc(bookingCategories.slug));

describe("public categories", () => {
  it("lists every category flat and as a tree, named in the caller's language", async () => {
    const hair = await bookingCategory({ en: "Hair", sq: "Flokë" });
    const cuts = await bookingCategory({ en: "Cuts" }, { parentId: hair.id });
    const nails = await bookingCategory({ en: "Nails", sq: "Thonj" });

    const flat = await callApi(listCategoriesApi, { headers: { "accept-language": "sq" } });
    expect(flat.status).toBe(200);
    const names = Object.fromEntries(
      flat.body.data.map((category: { id: string; name: string }) => [category.id, category.name]),
    );
    // Albanian where given, English otherwise.
    expect(names).toMatchObject({ [hair.id]: "Flokë", [cuts.id]: "Cuts", [nails.id]: "Thonj" });

    const tree = await callApi(categoryTreeApi);
    const hairNode = tree.body.data.find((node: { id: string }) => node.id === hair.id);
    expect(hairNode).toMatchObject({
      name: "Hair",
      children: [{ id: cuts.id, parentId: hair.id }],
    });
    expect(tree.body.data.map((node: { id: string }) => node.id)).not.toContain(cuts.id);
  });
});

describe("admin categories", () => {
  it("lets a platform admin create, rename, move and delete categories", async () => {
    const admin = await platformAdmin();
    const created = await callApi(createCategoryApi, {
      token: admin.token,
      body: { name: { en: "Beauty Salons", sq: "Sallone bukurie" }, icon: "sparkles" },
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      slug: "beauty-salons",
      name: "Beauty Salons",
      translations: { name: { en: "Beauty Salons", sq: "Sallone bukurie" } },
      parentId: null,
    });
    const id = created.body.data.id;

    const parent = await bookingCategory({ en: "Wellness" });
    const updated = await callApi(updateCategoryApi, {
      token: admin.token,
      params: { id },
      body: { parentId: parent.id, name: { en: "Salons" } },
      headers: { "accept-language": "sq" },
    });
    expect(updated.status).toBe(200);
    // The Albanian name was not sent again, so it is gone: names are replaced whole.
    expect(updated.body.data).toMatchObject({ parentId: parent.id, name: "Salons" });

    const listed = await callApi(adminListApi, { token: admin.token });
    expect(listed.body.data.map((category: { id: string }) => category.id)).toContain(id);

    const deleted = await callApi(deleteCategoryApi, { token: admin.token, params: { id } });
    expect(deleted).toMatchObject({ status: 200, body: { data: { id } } });
    expect((await allCategories()).map((row) => row.id)).not.toContain(id);
  });

  it("unlinks a deleted category from businesses, and refuses one with subcategories (409)", async () => {
    const admin = await platformAdmin();
    const { business } = await bookingBusiness();
    const parent = await bookingCategory({ en: "Parent" });
    await bookingCategory({ en: "Child" }, { parentId: parent.id });
    const linked = await bookingCategory({ en: "Linked" }, { business });

    const refused = await callApi(deleteCategoryApi, {
      token: admin.token,
      params: { id: parent.id },
    });
    expect(refused.status).toBe(409);

    await callApi(deleteCategoryApi, { token: admin.token, params: { id: linked.id } });
    const links = await withSystemScope((tx) => tx.select().from(businessCategories));
    expect(links.map((link) => link.categoryId)).not.toContain(linked.id);
  });

  it("renames and deletes categories in the search text of every business naming them", async () => {
    const admin = await platformAdmin();
    const { business } = await bookingBusiness();
    const beauty = await bookingCategory({ en: "Beauty" });
    await bookingCategory({ en: "Lashes" }, { parentId: beauty.id, business });
    const searchText = async () =>
      (
        await withSystemScope((tx) =>
          tx
            .select({ text: businesses.searchText })
            .from(businesses)
            .where(eq(businesses.id, business.id)),
        )
      )[0]!.text;

    // The parent of a linked category is part of the text too.
    await callApi(updateCategoryApi, {
      token: admin.token,
      params: { id: beauty.id },
      body: { name: { en: "Glamour", sq: "Bukuri" } },
    });
    expect(await searchText()).toContain("glamour");
    expect(await searchText()).toContain("bukuri");

    const lashes = (await allCategories()).find((row) => row.name.en === "Lashes")!;
    await callApi(deleteCategoryApi, { token: admin.token, params: { id: lashes.id } });
    expect(await searchText()).not.toContain("lashes");
    expect(await searchText()).not.toContain("glamour");
  });

  it("answers 422 with field errors and changes nothing for a taken slug, a loop or a bad name", async () => {
    const admin = await platformAdmin();
    const hair = await bookingCategory({ en: "Hair" });
    const cuts = await bookingCategory({ en: "Cuts" }, { parentId: hair.id });
    const before = await allCategories();

    const taken = await callApi(createCategoryApi, {
      token: admin.token,
      body: { name: { en: "Again" }, slug: hair.slug },
    });
    expect(taken.status).toBe(422);
    expect(taken.body.errors).toEqual({ slug: ["Another category already uses this slug."] });

    const loop = await callApi(updateCategoryApi, {
      token: admin.token,
      params: { id: hair.id },
      body: { parentId: cuts.id },
    });
    expect(loop.status).toBe(422);
    expect(loop.body.errors).toHaveProperty("parentId");

    const blank = await callApi(createCategoryApi, {
      token: admin.token,
      body: { name: { en: " " }, slug: "Not A Slug" },
    });
    expect(blank.status).toBe(422);
    expect(Object.keys(blank.body.errors).sort()).toEqual(["name.en", "slug"]);

    expect(await allCategories()).toEqual(before);
  });

  it("is for platform admins only: 401 without a token, 403 for everyone else, 404 for unknown ids", async () => {
    const someone = await signedInUser();
    const category = await bookingCategory({ en: "Hair" });
    const body = { name: { en: "Nope" } };
    expect((await callApi(createCategoryApi, { body })).status).toBe(401);
    expect((await callApi(createCategoryApi, { token: someone.token, body })).status).toBe(403);
    expect((await callApi(adminListApi, { token: someone.token })).status).toBe(403);
    expect(
      (
        await callApi(updateCategoryApi, {
          token: someone.token,
          params: { id: category.id },
          body,
        })
      ).status,
    ).toBe(403);
    expect(
      (await callApi(deleteCategoryApi, { token: someone.token, params: { id: category.id } }))
        .status,
    ).toBe(403);
    const admin = await platformAdmin();
    const unknown = await callApi(deleteCategoryApi, {
      token: admin.token,
      params: { id: "00000000-0000-4000-8000-000000000000" },
    });
    expect(unknown.status).toBe(404);
    expect((await allCategories()).map((row) => row.name.en)).not.toContain("Nope");
  });
});
