"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userFormAction } from "@/lib/actions/form-action";
import { ZCreateApplication } from "@/lib/booking/applications.schemas";
import {
  applyToBusiness,
  leaveBusiness,
  withdrawApplication,
} from "@/lib/booking/applications.service";
import { loadPublishedBusiness } from "@/lib/booking/business-access";
import { parseBusinessReference } from "@/components/booking/customer/business-reference";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { withUserScope } from "@/lib/tenancy/scope";

const APPLICATIONS_PATH = "/account/applications";

/**
 * The form names the business by a pick from the search (its id) or a pasted link; the
 * message is the application's own field.
 */
const ZApplyForm = z.object({
  business: z.string().trim().min(1, { error: "validation.required" }).max(500),
  message: ZCreateApplication.shape.message,
});

export const applyToBusinessAction = userFormAction(
  ZApplyForm,
  async ({ business, message }, { viewer, t }) => {
    const reference = parseBusinessReference(business);
    if (!reference) throw new ValidationError({ business: ["booking.businessNotFound"] });
    const businessId = await withUserScope(viewer.user.id, async (tx) => {
      try {
        return (await loadPublishedBusiness(tx, reference)).id;
      } catch (error) {
        if (error instanceof NotFoundError) {
          throw new ValidationError({ business: ["booking.businessNotFound"] });
        }
        throw error;
      }
    });
    const application = await applyToBusiness(viewer, { businessId, message });
    revalidatePath(APPLICATIONS_PATH);
    return { data: application, message: t("booking.applications.created") };
  },
);

export const withdrawApplicationAction = userFormAction(
  z.object({ id: z.uuid() }),
  async ({ id }, { viewer, t }) => {
    const application = await withdrawApplication(viewer, id);
    revalidatePath(APPLICATIONS_PATH);
    return { data: application, message: t("booking.applications.withdrawn") };
  },
);

export const leaveBusinessAction = userFormAction(
  z.object({ id: z.uuid() }),
  async ({ id }, { viewer, t }) => {
    const application = await leaveBusiness(viewer, id);
    revalidatePath(APPLICATIONS_PATH);
    return { data: application, message: t("booking.applications.left") };
  },
);
