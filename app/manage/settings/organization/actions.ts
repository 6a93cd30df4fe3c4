"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { orgFormAction } from "@/lib/actions/form-action";
import { ValidationError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/translator";
import {
  deleteOrg,
  getOrg,
  leaveOrg,
  transferOwnership,
  updateOrg,
  ZTransferOwnership,
  ZUpdateOrg,
} from "@/lib/tenancy";
import { clearActiveOrgCookie } from "../../org-cookie";

export const updateOrganization = orgFormAction(
  "org.update",
  ZUpdateOrg,
  async (input, { org, t }) => {
    const updated = await updateOrg(org, input);
    // The switcher in the layout shows the name too.
    revalidatePath("/manage", "layout");
    return { data: updated, message: t("tenancy.orgUpdated") };
  },
);

/** Deleting takes the organization's name typed out, so a slip of the mouse cannot do it. */
export const deleteOrganization = orgFormAction(
  "org.delete",
  z.object({ confirmName: z.string().max(200).optional() }),
  async ({ confirmName }, { org, locale }) => {
    const current = await getOrg(org);
    if (confirmName?.trim() !== current.name) {
      const message = getTranslator(locale, "team")("danger.delete.mismatch");
      throw new ValidationError({ confirmName: [message] });
    }
    await deleteOrg(org);
    await clearActiveOrgCookie();
    revalidatePath("/manage", "layout");
    redirect("/manage");
  },
);

export const transferOrgOwnership = orgFormAction(
  "org.transfer",
  ZTransferOwnership,
  async ({ memberId }, { org, t }) => {
    const result = await transferOwnership(org, memberId);
    revalidatePath("/manage", "layout");
    return { data: result, message: t("tenancy.ownershipTransferred") };
  },
);

/** Anyone may leave; the service refuses the last owner with a message saying what to do. */
export const leaveOrganization = orgFormAction(
  "org.read",
  z.object({}),
  async (_input, { org }) => {
    await leaveOrg(org);
    await clearActiveOrgCookie();
    revalidatePath("/", "layout");
    redirect("/continue");
  },
);
