"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgFormAction } from "@/lib/actions/form-action";
import { approveApplication, rejectApplication } from "@/lib/booking/applications.service";
import { getTranslator } from "@/lib/i18n/translator";

const APPLICATIONS_PATH = "/manage/bookings/applications";
const ZApplicationRef = z.object({ applicationId: z.uuid() });

/** The freelancer becomes an employee of the business (and a member of the org). */
export const approveApplicationAction = orgFormAction(
  "bookings.write",
  ZApplicationRef,
  async ({ applicationId }, { org, locale }) => {
    const application = await approveApplication(org, applicationId);
    revalidatePath(APPLICATIONS_PATH);
    return {
      data: application,
      message: getTranslator(locale, "bookingCommunityUi.applications")("approved"),
    };
  },
);

export const rejectApplicationAction = orgFormAction(
  "bookings.write",
  ZApplicationRef,
  async ({ applicationId }, { org, locale }) => {
    const application = await rejectApplication(org, applicationId);
    revalidatePath(APPLICATIONS_PATH);
    return {
      data: application,
      message: getTranslator(locale, "bookingCommunityUi.applications")("rejected"),
    };
  },
);
