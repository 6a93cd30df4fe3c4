import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as clientsApi from "@/app/api/v1/manage/businesses/[id]/clients/route";
import { dataOf, errorOf, submit } from "@/components/booking/customer/actions.testing";
import { businessClients } from "@/db/schema/booking";
import { bookingBusiness } from "@/lib/booking/booking.testing";
import { previewClientInvitation } from "@/lib/booking/clients.service";
import { messagesAbout } from "@/lib/booking/community.testing";
import { GoneError, NotFoundError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";
import { callApi } from "@/lib/testing/api";
import { signedInUser } from "@/lib/testing/factories";
import { withSystemScope } from "@/lib/tenancy/scope";

let viewer: Viewer | null = null;
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("@/lib/identity/web-session", () => ({ getWebViewer: async () => viewer }));

const { acceptClientInvitationAction } = await import("./actions");

const asViewer = (user: Viewer["user"]): Viewer => ({ user, sessionId: "web-session" });
const DAY_MS = 86_400_000;

/** A business that added Arta as a client by email: the link's path and token. */
async function invitedClient() {
  const fixture = await bookingBusiness({ name: "Salon Arta" });
  const added = await callApi(clientsApi.POST, {
    token: fixture.team.manager.token,
    orgId: fixture.org.id,
    params: { id: fixture.business.id },
    body: { name: "Arta Krasniqi", email: "arta@example.com" },
  });
  expect(added.status).toBe(201);
  const clientId = added.body.data.id as string;
  const [email] = await messagesAbout("business_client", clientId);
  const acceptUrl = (email!.metadata as { props: { acceptUrl: string } }).props.acceptUrl;
  const path = new URL(acceptUrl).pathname;
  return { fixture, clientId, path, token: path.split("/").at(-1)! };
}

const clientRow = async (id: string) =>
  (
    await withSystemScope((tx) =>
      tx.select().from(businessClients).where(eq(businessClients.id, id)),
    )
  )[0]!;

beforeEach(() => {
  viewer = null;
});

describe("the client invitation page /client-invite/[token]", () => {
  it("is where the invitation email links, and shows the business", async () => {
    const { fixture, path, token } = await invitedClient();
    // This page lives at app/client-invite/[token]: the emailed path must match it.
    expect(path).toBe(`/client-invite/${token}`);
    const preview = await previewClientInvitation(token);
    expect(preview.business).toMatchObject({
      id: fixture.business.id,
      name: "Salon Arta",
      slug: fixture.business.slug,
      published: true,
    });
    expect(preview.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * DAY_MS);
  });

  it("accepts for the signed-in person and links the client to them", async () => {
    const { fixture, clientId, token } = await invitedClient();
    const arta = await signedInUser();
    viewer = asViewer(arta.user);
    const state = await submit(acceptClientInvitationAction, { token });
    expect(dataOf(state)).toEqual({
      clientId,
      business: { id: fixture.business.id, name: "Salon Arta", slug: fixture.business.slug },
    });
    expect(state).toMatchObject({ message: "You are now a client of Salon Arta." });
    expect(await clientRow(clientId)).toMatchObject({ userId: arta.user.id });
    // The link is used up.
    await expect(previewClientInvitation(token)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("asks a signed-out visitor to sign in and changes nothing", async () => {
    const { clientId, token } = await invitedClient();
    expect(errorOf(await submit(acceptClientInvitationAction, { token })).message).toBe(
      "Sign in to continue.",
    );
    expect(await clientRow(clientId)).toMatchObject({ userId: null });
  });

  it("refuses an expired link and an unknown one", async () => {
    const { clientId, token } = await invitedClient();
    await withSystemScope((tx) =>
      tx
        .update(businessClients)
        .set({ invitedAt: new Date(Date.now() - 31 * DAY_MS) })
        .where(eq(businessClients.id, clientId)),
    );
    await expect(previewClientInvitation(token)).rejects.toBeInstanceOf(GoneError);
    const arta = await signedInUser();
    viewer = asViewer(arta.user);
    expect(errorOf(await submit(acceptClientInvitationAction, { token })).message).toBe(
      "This invitation link has expired. Ask the business for a new one.",
    );
    expect(await clientRow(clientId)).toMatchObject({ userId: null });
    expect(
      errorOf(await submit(acceptClientInvitationAction, { token: "x".repeat(43) })).message,
    ).toBe("This invitation link is not valid.");
  });
});
