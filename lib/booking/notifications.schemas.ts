import { z } from "zod";
import { BOOKING_NOTIFICATION_KINDS } from "@/db/schema/booking";

const EXAMPLE_ID = "0193f7c4-5b1e-7c2a-9d3e-4f5a6b7c8d9e";

export const ZInboxQuery = z.object({
  unread: z
    .enum(["true", "false"])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === "true"))
    .meta({ description: "true: only unread ones" }),
  orgId: z
    .union([z.uuid(), z.literal("none")])
    .optional()
    .meta({
      description:
        "Only the notices about that organization's businesses; `none`: only your own as a customer",
    }),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TInboxQuery = z.output<typeof ZInboxQuery>;

export const ZInboxNotification = z
  .object({
    id: z.uuid(),
    kind: z.enum(BOOKING_NOTIFICATION_KINDS),
    title: z.string().meta({ description: "Written in your language when it was sent" }),
    body: z.string(),
    link: z.string().nullable().meta({ description: "The app path it leads to" }),
    orgId: z.uuid().nullable(),
    bookingId: z.uuid().nullable(),
    readAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({
    id: "InboxNotification",
    example: {
      id: EXAMPLE_ID,
      kind: "confirmed",
      title: "Salon Arta confirmed your booking",
      body: "Haircut with Ana on Friday 4 December 2026, 10:30 is confirmed.",
      link: `/account/bookings/${EXAMPLE_ID}`,
      orgId: null,
      bookingId: EXAMPLE_ID,
      readAt: null,
      createdAt: "2026-11-27T18:00:00.000Z",
    },
  });
export type TInboxNotification = z.input<typeof ZInboxNotification>;

export const ZInboxUnreadCount = z
  .object({ unread: z.number().int() })
  .meta({ id: "InboxUnreadCount", example: { unread: 3 } });

export const ZInboxMarked = z
  .object({ count: z.number().int().meta({ description: "How many were unread" }) })
  .meta({ id: "InboxMarked", example: { count: 2 } });

export const ZNotificationIdParams = z.object({ id: z.uuid() });
