import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { dataOf, errorOf, submit } from "@/components/booking/customer/actions.testing";
import { userNotifications } from "@/db/schema/booking";
import { countUnread } from "@/lib/booking/notifications.service";
import type { Viewer } from "@/lib/identity/viewer";
import { signedInUser } from "@/lib/testing/factories";
import { withSystemScope } from "@/lib/tenancy/scope";

let viewer: Viewer | null = null;
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("@/lib/identity/web-session", () => ({ getWebViewer: async () => viewer }));

const { markAllInboxReadAction, markInboxReadAction } = await import("./actions");

const asViewer = (user: Viewer["user"]): Viewer => ({ user, sessionId: "web-session" });

async function notices(userId: string, count: number) {
  return withSystemScope((tx) =>
    tx
      .insert(userNotifications)
      .values(
        Array.from({ length: count }, (_, index) => ({
          userId,
          kind: "confirmed" as const,
          title: `Salon Arta confirmed your booking ${index + 1}`,
          body: "Haircut with Ana on Friday at 10:30 is confirmed.",
          link: "/account",
        })),
      )
      .returning(),
  );
}

const readAtOf = async (id: string) =>
  (
    await withSystemScope((tx) =>
      tx
        .select({ readAt: userNotifications.readAt })
        .from(userNotifications)
        .where(eq(userNotifications.id, id)),
    )
  )[0]!.readAt;

beforeEach(() => {
  viewer = null;
});

describe("the inbox bell's actions", () => {
  it("marks one of the person's own notices read", async () => {
    const arta = await signedInUser();
    const [first, second] = await notices(arta.user.id, 2);
    viewer = asViewer(arta.user);
    expect(dataOf(await submit(markInboxReadAction, { id: first!.id }))).toEqual({ count: 1 });
    expect(await readAtOf(first!.id)).toBeInstanceOf(Date);
    expect(await readAtOf(second!.id)).toBeNull();
    // Already read: nothing more to mark.
    expect(dataOf(await submit(markInboxReadAction, { id: first!.id }))).toEqual({ count: 0 });
  });

  it("treats someone else's notice as not found and leaves it unread", async () => {
    const arta = await signedInUser();
    const ben = await signedInUser();
    const [notice] = await notices(arta.user.id, 1);
    viewer = asViewer(ben.user);
    expect(errorOf(await submit(markInboxReadAction, { id: notice!.id })).message).toBe(
      "We couldn't find this notification.",
    );
    expect(await readAtOf(notice!.id)).toBeNull();
  });

  it("marks all of the person's notices read, and nobody else's", async () => {
    const arta = await signedInUser();
    const ben = await signedInUser();
    await notices(arta.user.id, 3);
    await notices(ben.user.id, 2);
    viewer = asViewer(arta.user);
    expect(dataOf(await submit(markAllInboxReadAction))).toEqual({ count: 3 });
    expect(await countUnread(arta.user.id)).toEqual({ unread: 0 });
    expect(await countUnread(ben.user.id)).toEqual({ unread: 2 });
  });

  it("asks a signed-out visitor to sign in", async () => {
    expect(errorOf(await submit(markAllInboxReadAction)).message).toBe("Sign in to continue.");
  });
});
