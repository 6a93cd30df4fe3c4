"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { userFormAction } from "@/lib/actions/form-action";
import { getTranslator } from "@/lib/i18n/translator";
import { createOrg, resolveOrgContext, ZCreateOrg } from "@/lib/tenancy";
import { setActiveOrgCookie } from "./org-cookie";

/** The org switcher: only an organization the viewer belongs to can become active. */
export const switchActiveOrg = userFormAction(
  z.object({ orgId: z.uuid() }),
  async ({ orgId }, { viewer, locale }) => {
    await resolveOrgContext(viewer, orgId);
    await setActiveOrgCookie(orgId);
    revalidatePath("/manage", "layout");
    return { data: { orgId }, message: getTranslator(locale, "team")("switcher.switched") };
  },
);

/** Onboarding and "Create organization": the creator becomes owner and works in it next. */
export const createOrganization = userFormAction(ZCreateOrg, async (input, { viewer }) => {
  const { user } = viewer;
  const org = await createOrg({ id: user.id, locale: user.locale, timeZone: user.timeZone }, input);
  await setActiveOrgCookie(org.id);
  revalidatePath("/manage", "layout");
  redirect("/manage");
});
