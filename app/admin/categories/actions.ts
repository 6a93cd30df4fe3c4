"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userFormAction } from "@/lib/actions/form-action";
import { ZCreateCategory } from "@/lib/booking/categories.schemas";
import { createCategory, deleteCategory, updateCategory } from "@/lib/booking/categories.service";
import { getTranslator } from "@/lib/i18n/translator";

const CATEGORIES_PATH = "/admin/categories";

/**
 * The form posts `name.en` / `name.sq` and strings; empty fields arrive absent. An absent
 * icon or parent on an edit means "none", so they are sent as null.
 */
const ZCategoryFields = {
  name: ZCreateCategory.shape.name,
  slug: ZCreateCategory.shape.slug,
  icon: ZCreateCategory.shape.icon,
  parentId: ZCreateCategory.shape.parentId,
  position: z.coerce.number().int().min(0).max(10_000).optional(),
};

/** `name.en` and `name.sq` inputs become `{ name: { en, sq } }` (errors come back as `name.en`). */
function nestName(input: unknown): unknown {
  const fields = { ...(input as Record<string, unknown>) };
  const name = { en: fields["name.en"], sq: fields["name.sq"] };
  delete fields["name.en"];
  delete fields["name.sq"];
  return { ...fields, name };
}

const ZCreateCategoryForm = z.preprocess(nestName, z.object(ZCategoryFields));
const ZUpdateCategoryForm = z.preprocess(nestName, z.object({ id: z.uuid(), ...ZCategoryFields }));

const say = (locale: "en" | "sq", key: string) =>
  getTranslator(locale, "bookingCommunityUi.categories")(key);

export const createCategoryAction = userFormAction(
  ZCreateCategoryForm,
  async (input, { viewer, locale }) => {
    const category = await createCategory(viewer, input, locale);
    revalidatePath(CATEGORIES_PATH);
    return { data: category, message: say(locale, "created") };
  },
);

export const updateCategoryAction = userFormAction(
  ZUpdateCategoryForm,
  async ({ id, ...input }, { viewer, locale }) => {
    const patch = {
      ...input,
      icon: input.icon ?? null,
      parentId: input.parentId ?? null,
    };
    const category = await updateCategory(viewer, id, patch, locale);
    revalidatePath(CATEGORIES_PATH);
    return { data: category, message: say(locale, "updated") };
  },
);

export const deleteCategoryAction = userFormAction(
  z.object({ id: z.uuid() }),
  async ({ id }, { viewer, locale }) => {
    const deleted = await deleteCategory(viewer, id);
    revalidatePath(CATEGORIES_PATH);
    return { data: deleted, message: say(locale, "deleted") };
  },
);
