import { defineRoute } from "@/lib/api/contract";
import { ZContactMessageInput, ZContactMessageReceipt } from "./schemas";

export const submitContactMessageRoute = defineRoute({
  method: "POST",
  path: "/contact-messages",
  summary: "Send a message to the Callboard team",
  description: "The public contact form: sales, support and partnership questions.",
  tags: ["Contact"],
  auth: "public",
  body: ZContactMessageInput,
  response: ZContactMessageReceipt,
  status: 201,
});

export const contactRoutes = [submitContactMessageRoute];
