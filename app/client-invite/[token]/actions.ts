"use server";

import { z } from "zod";
import { userFormAction } from "@/lib/actions/form-action";
import { acceptClientInvitation } from "@/lib/booking/clients.service";

export const acceptClientInvitationAction = userFormAction(
  z.object({ token: z.string().trim().min(1).max(200) }),
  async ({ token }, { viewer, t }) => {
    const accepted = await acceptClientInvitation(viewer, token);
    return {
      data: accepted,
      message: t("booking.clients.accepted", { business: accepted.business.name }),
    };
  },
);
