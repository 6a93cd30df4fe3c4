import { z } from "zod";
import { CONTACT_TOPICS } from "./topics";

export const ZContactMessageInput = z
  .object({
    name: z.string().trim().min(1).max(120),
    email: z.email().max(254),
    company: z.string().trim().max(120).optional(),
    topic: z.enum(CONTACT_TOPICS),
    message: z.string().trim().min(10).max(5000),
  })
  .meta({ id: "ContactMessageInput" });

export const ZContactMessageReceipt = z
  .object({
    id: z.uuid(),
    receivedAt: z.iso.datetime(),
  })
  .meta({ id: "ContactMessageReceipt" });

export type TContactMessageInput = z.infer<typeof ZContactMessageInput>;
export type TContactMessageReceipt = z.infer<typeof ZContactMessageReceipt>;
