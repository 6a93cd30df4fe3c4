import { z } from "zod";
import { defineRoute } from "@/lib/api/contract";
import { ZBusinessSearchResult, ZSearchQuery } from "./search.schemas";

export const searchBusinessesRoute = defineRoute({
  method: "GET",
  path: "/businesses",
  summary: "Search and browse businesses",
  description:
    "Published businesses only. `q` finds words in business, service and category names (English and Albanian, parent categories included) and bios, tolerating typos (trigram similarity); `category` (id or slug) includes its subcategories; `lat`/`lng` with `radiusKm` keep businesses within that distance and add `distanceKm`; price, gender and visit-type filters look at active services; `openNow` uses each business's hours in its own time zone. Localized fields are in the caller's language (`Accept-Language`, English fallback). Paginated: `meta.total` counts every match.",
  tags: ["Marketplace"],
  auth: "public",
  query: ZSearchQuery,
  response: z.array(ZBusinessSearchResult),
  paginated: true,
});

export const bookingSearchRoutes = [searchBusinessesRoute];
