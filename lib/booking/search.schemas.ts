import { z } from "zod";
import { BUSINESS_TYPES, SERVICE_GENDERS, VISIT_TYPES } from "@/db/schema/booking";
import { ZCategory } from "./categories.schemas";

export const SEARCH_SORTS = ["relevance", "distance", "rating"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Without `radiusKm`, a nearby search looks this far. */
export const DEFAULT_RADIUS_KM = 25;
export const MAX_RADIUS_KM = 500;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 50;

/** A query-string value left blank (`?minPrice=`) counts as absent, not as zero. */
const blankAsAbsent = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const optionalNumber = (schema: z.ZodNumber) =>
  z.preprocess(blankAsAbsent, z.coerce.number().pipe(schema).optional());

const ZFlag = z.preprocess(
  blankAsAbsent,
  z
    .enum(["true", "false", "1", "0"])
    .transform((value) => value === "true" || value === "1")
    .optional(),
);

export const ZSearchQuery = z
  .strictObject({
    q: z.preprocess(blankAsAbsent, z.string().trim().min(2).max(100).optional()).meta({
      description:
        "Words to find in business, service and category names (either language) and bios; typo-tolerant",
      example: "barber",
    }),
    category: z.preprocess(blankAsAbsent, z.string().trim().min(1).max(100).optional()).meta({
      description: "A category's id or slug; its subcategories match too",
      example: "hair",
    }),
    lat: optionalNumber(z.number().min(-90).max(90)).meta({
      description: "Latitude of the caller (with `lng`): results get `distanceKm`",
      example: 41.3275,
    }),
    lng: optionalNumber(z.number().min(-180).max(180)).meta({
      description: "Longitude of the caller (with `lat`)",
      example: 19.8187,
    }),
    radiusKm: optionalNumber(z.number().positive().max(MAX_RADIUS_KM)).meta({
      description: `Only businesses this close to lat/lng (default ${DEFAULT_RADIUS_KM})`,
      example: 10,
    }),
    minRating: optionalNumber(z.number().min(0).max(5)).meta({
      description: "Lowest rating average (1–5)",
      example: 4,
    }),
    visitType: z.preprocess(blankAsAbsent, z.enum(VISIT_TYPES).optional()).meta({
      description:
        "`on_site` or `home_visit` match businesses offering that kind of visit (or both); `both` only those offering both",
    }),
    gender: z.preprocess(blankAsAbsent, z.enum(SERVICE_GENDERS).optional()).meta({
      description: "Businesses with an active service for this gender or for anyone",
    }),
    minPrice: optionalNumber(z.number().int().min(0)).meta({
      description:
        "Businesses with an active service costing at least this much (minor units of the business's currency); with `maxPrice` and `gender`, the same service must match all",
      example: 1000,
    }),
    maxPrice: optionalNumber(z.number().int().min(0)).meta({
      description: "Businesses with an active service costing at most this much (minor units)",
      example: 3000,
    }),
    openNow: ZFlag.meta({
      description:
        "Only businesses open right now in their own time zone (business hours minus breaks and closures)",
    }),
    sort: z.preprocess(blankAsAbsent, z.enum(SEARCH_SORTS).optional()).meta({
      description:
        "Default: `relevance` with `q`, else `distance` with lat/lng, else `rating`. `distance` needs lat/lng.",
    }),
    page: optionalNumber(z.number().int().min(1).max(1000)).meta({ example: 1 }),
    pageSize: optionalNumber(z.number().int().min(1).max(MAX_PAGE_SIZE)).meta({ example: 20 }),
  })
  .superRefine((query, context) => {
    const hasLat = query.lat !== undefined;
    const hasLng = query.lng !== undefined;
    if (hasLat !== hasLng) {
      context.addIssue({
        code: "custom",
        path: [hasLat ? "lng" : "lat"],
        message: "booking.search.validation.latLngTogether",
      });
    }
    if (query.radiusKm !== undefined && !(hasLat && hasLng)) {
      context.addIssue({
        code: "custom",
        path: ["radiusKm"],
        message: "booking.search.validation.radiusNeedsLocation",
      });
    }
    if (query.sort === "distance" && !(hasLat && hasLng)) {
      context.addIssue({
        code: "custom",
        path: ["sort"],
        message: "booking.search.validation.distanceNeedsLocation",
      });
    }
    if (
      query.minPrice !== undefined &&
      query.maxPrice !== undefined &&
      query.minPrice > query.maxPrice
    ) {
      context.addIssue({
        code: "custom",
        path: ["maxPrice"],
        message: "booking.search.validation.priceRange",
      });
    }
  });
export type TSearchQuery = z.infer<typeof ZSearchQuery>;

export const ZBusinessSearchResult = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    type: z.enum(BUSINESS_TYPES),
    bio: z.string().nullable().meta({ description: "In the caller's language" }),
    address: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    visitType: z.enum(VISIT_TYPES),
    timeZone: z.string(),
    currency: z.string(),
    ratingAverage: z.number().nullable(),
    ratingCount: z.number().int(),
    logoUrl: z.string().nullable(),
    mainImageUrl: z.string().nullable().meta({
      description: "The gallery's main image (else its first one)",
    }),
    priceFromMinor: z.number().int().nullable().meta({
      description: "The cheapest active service, in minor units of `currency`",
    }),
    categories: z.array(ZCategory),
    distanceKm: z.number().nullable().meta({
      description: "From lat/lng, in kilometres (null without them)",
      example: 1.42,
    }),
  })
  .meta({
    id: "BusinessSearchResult",
    description: "A published business in search results, localized",
    example: {
      id: "0194d7a8-1a7e-7cc1-9d3c-2f9a3c1b4e50",
      slug: "studio-bella",
      name: "Studio Bella",
      type: "business",
      bio: "Cuts and colour in the centre of Tirana.",
      address: "Rruga Myslym Shyri 12, Tiranë",
      latitude: 41.3241,
      longitude: 19.8123,
      visitType: "on_site",
      timeZone: "Europe/Tirane",
      currency: "EUR",
      ratingAverage: 4.7,
      ratingCount: 38,
      logoUrl: "/files/businesses/logo.png",
      mainImageUrl: "/files/businesses/main.jpg",
      priceFromMinor: 1500,
      categories: [
        {
          id: "0194d7a8-1a7e-7cc1-9d3c-2f9a3c1b4e60",
          parentId: null,
          slug: "hair",
          icon: "scissors",
          name: "Hair",
          position: 0,
        },
      ],
      distanceKm: 0.85,
    },
  });
export type TBusinessSearchResult = z.infer<typeof ZBusinessSearchResult>;
