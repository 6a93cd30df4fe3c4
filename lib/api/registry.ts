import { z } from "zod";
import { bookingRoutes } from "@/lib/booking/bookings.contracts";
import { notificationRoutes } from "@/lib/booking/notifications.contracts";
import { bookingAvailabilityRoutes } from "@/lib/booking/availability.contracts";
import { bookingCatalogRoutes } from "@/lib/booking/catalog.contracts";
import { applicationRoutes } from "@/lib/booking/applications.contracts";
import { clientRoutes } from "@/lib/booking/clients.contracts";
import { favoriteRoutes } from "@/lib/booking/favorites.contracts";
import { ratingRoutes } from "@/lib/booking/ratings.contracts";
import { bookingSearchRoutes } from "@/lib/booking/search.contracts";
import { contactRoutes } from "@/lib/contact/contracts";
import { healthRoutes } from "@/lib/health/contracts";
import { identityRoutes } from "@/lib/identity/contracts";
import { pushRoutes } from "@/lib/push/contracts";
import { staffingRoutes } from "@/lib/staffing/contracts";
import { noticesWorkRoutes } from "@/lib/staffing/notifications.contracts";
import { workRoutes } from "@/lib/staffing/work.contracts";
import { tenancyRoutes } from "@/lib/tenancy/contracts";
import { defineRoute, type RouteContract } from "./contract";

export const openApiDocumentRoute = defineRoute({
  method: "GET",
  path: "/openapi.json",
  summary: "This API's OpenAPI 3.1 document",
  tags: ["Meta"],
  auth: "public",
  raw: true,
  response: z.record(z.string(), z.unknown()).meta({ description: "An OpenAPI 3.1 document" }),
});

/**
 * Every `/api/v1` endpoint. A test fails when a route file exists without an entry here,
 * and the router answers 404/405 from this list.
 */
export const apiRoutes: RouteContract[] = [
  openApiDocumentRoute,
  ...healthRoutes,
  ...contactRoutes,
  ...identityRoutes,
  ...tenancyRoutes,
  ...pushRoutes,
  ...staffingRoutes,
  ...noticesWorkRoutes,
  ...workRoutes,
  ...bookingRoutes,
  ...notificationRoutes,
  ...ratingRoutes,
  ...favoriteRoutes,
  ...clientRoutes,
  ...applicationRoutes,
  ...bookingAvailabilityRoutes,
  ...bookingSearchRoutes,
  ...bookingCatalogRoutes,
];
