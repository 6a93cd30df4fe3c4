import { z } from "zod";
import { defineRoute } from "@/lib/api/contract";
import {
  ZAdminCategory,
  ZCategory,
  ZCategoryNode,
  ZCreateCategory,
  ZDeleted,
  ZIdParams,
  ZUpdateCategory,
} from "./categories.schemas";

const adminNote = "Platform admins only (403 for everyone else).";

export const listCategoriesRoute = defineRoute({
  method: "GET",
  path: "/categories",
  summary: "Marketplace categories",
  description:
    "Every category, flat, in display order, named in the caller's language (`Accept-Language`, English fallback). `parentId` links subcategories.",
  tags: ["Marketplace"],
  auth: "public",
  response: z.array(ZCategory),
});

export const categoryTreeRoute = defineRoute({
  method: "GET",
  path: "/categories/tree",
  summary: "Marketplace categories as a tree",
  description: "Top-level categories with their subcategories nested under `children`.",
  tags: ["Marketplace"],
  auth: "public",
  response: z.array(ZCategoryNode),
});

const adminTags = ["Admin: categories"];

export const adminListCategoriesRoute = defineRoute({
  method: "GET",
  path: "/admin/categories",
  summary: "Categories, with names in every language",
  description: adminNote,
  tags: adminTags,
  auth: "user",
  response: z.array(ZAdminCategory),
  errors: [403],
});

export const adminCreateCategoryRoute = defineRoute({
  method: "POST",
  path: "/admin/categories",
  summary: "Create a category",
  description: `${adminNote} A taken slug or an unknown parent answers 422.`,
  tags: adminTags,
  auth: "user",
  body: ZCreateCategory,
  response: ZAdminCategory,
  status: 201,
  errors: [403],
});

export const adminUpdateCategoryRoute = defineRoute({
  method: "PATCH",
  path: "/admin/categories/{id}",
  summary: "Change a category",
  description: `${adminNote} A parent that would make a loop answers 422.`,
  tags: adminTags,
  auth: "user",
  params: ZIdParams,
  body: ZUpdateCategory,
  response: ZAdminCategory,
  errors: [403],
});

export const adminDeleteCategoryRoute = defineRoute({
  method: "DELETE",
  path: "/admin/categories/{id}",
  summary: "Delete a category",
  description: `${adminNote} Unlinks it from businesses and services; one with subcategories answers 409.`,
  tags: adminTags,
  auth: "user",
  params: ZIdParams,
  response: ZDeleted,
  errors: [403, 409],
});

export const categoriesRoutes = [
  listCategoriesRoute,
  categoryTreeRoute,
  adminListCategoriesRoute,
  adminCreateCategoryRoute,
  adminUpdateCategoryRoute,
  adminDeleteCategoryRoute,
];
