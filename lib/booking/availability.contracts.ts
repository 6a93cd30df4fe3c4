import { defineRoute } from "@/lib/api/contract";
import { ZAvailability, ZAvailabilityParams, ZAvailabilityQuery } from "./availability.schemas";

export const businessAvailabilityRoute = defineRoute({
  method: "GET",
  path: "/businesses/{idOrSlug}/availability",
  summary: "Free start times for services at a business",
  description:
    "Start times per employee for the services' total duration, honouring working hours (employee and service hours over the business's), breaks, closures and time off, existing bookings with their buffers, the business's minimum notice and booking horizon, in the business's time zone and across DST changes. `anyEmployee` lists the times at which someone is free. Public; drafts and suspended businesses are 404.",
  tags: ["Marketplace"],
  auth: "public",
  params: ZAvailabilityParams,
  query: ZAvailabilityQuery,
  response: ZAvailability,
  errors: [404],
});

export const bookingAvailabilityRoutes = [businessAvailabilityRoute];
