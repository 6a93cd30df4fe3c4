import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { dataOf, fieldErrorsOf, submit } from "@/components/booking/community/actions.testing";
import { businessClients } from "@/db/schema/booking";
import type { Viewer } from "@/lib/identity/viewer";
import { bookingBusiness } from "@/lib/booking/booking.testing";
import { messagesAbout } from "@/lib/booking/community.testing";
import { ACTIVE_ORG_COOKIE } from "@/lib/tenancy/active-org";
import { withSystemScope } from "@/lib/tenancy/scope";
import type { SignedIn } from "@/lib/tenancy/testing";

// The browser's cookie jar and signed-in viewer, as Next.js would give them to an action.
const jar = new Map<string, string>();
let viewer: Viewer | null = null;

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (options: string | { name: string }) =>
      void jar.delete(typeof options === "string" ? options : options.name),
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("@/lib/identity/web-session", () => ({ getWebViewer: async () => viewer }));

const actions = await import("./actions");

function signIn(member: SignedIn, orgId: string) {
  viewer = { user: member.user, sessionId: "web-session" };
  jar.clear();
  jar.set(ACTIVE_ORG_COOKIE, orgId);
}

const clientsOf = (businessId: string) =>
  withSystemScope((tx) =>
    tx.select().from(businessClients).where(eq(businessClients.businessId, businessId)),
  );

beforeEach(() => {
  viewer = null;
  jar.clear();
});

describe("client actions", () => {
  it("adds a client and sends the invitation to the outbox", async () => {
    const fixture = await bookingBusiness({ name: "Salon Arta" });
    signIn(fixture.team.manager, fixture.org.id);
    const state = await submit(actions.createClientAction, {
      businessId: fixture.business.id,
      name: "Arta Krasniqi",
      email: "Arta@Example.com",
      notes: "Prefers mornings.",
      invite: "on",
    });
    expect(state).toMatchObject({ status: "success", message: "Client added and invited." });
    const client = dataOf(state);
    expect(client).toMatchObject({ email: "arta@example.com", status: "invited" });
    const sent = await messagesAbout("business_client", client.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ channel: "email", recipient: "arta@example.com" });
  });

  it("adds without inviting when the box is not ticked", async () => {
    const fixture = await bookingBusiness();
    signIn(fixture.team.manager, fixture.org.id);
    const client = dataOf(
      await submit(actions.createClientAction, {
        businessId: fixture.business.id,
        name: "Walk-in",
        phone: "+355 69 123 4567",
      }),
    );
    expect(client).toMatchObject({ status: "contact", phone: "+355691234567" });
    expect(await messagesAbout("business_client", client.id)).toHaveLength(0);
  });

  it("answers bad input with field errors and adds nothing", async () => {
    const fixture = await bookingBusiness();
    signIn(fixture.team.manager, fixture.org.id);
    const state = await submit(actions.createClientAction, {
      businessId: fixture.business.id,
      name: "",
      email: "not-an-email",
    });
    expect(state.status).toBe("error");
    expect(Object.keys(fieldErrorsOf(state)).sort()).toEqual(["email", "name"]);
    expect(await clientsOf(fixture.business.id)).toHaveLength(0);
  });

  it("edits, re-invites up to the limit (then 429's message) and removes", async () => {
    const fixture = await bookingBusiness();
    signIn(fixture.team.manager, fixture.org.id);
    const client = dataOf(
      await submit(actions.createClientAction, {
        businessId: fixture.business.id,
        name: "Besa",
        email: "besa@example.com",
        invite: "on",
      }),
    );
    const ref = { businessId: fixture.business.id, clientId: client.id };
    const edited = dataOf(
      await submit(actions.updateClientAction, {
        ...ref,
        name: "Besa Hoxha",
        email: "besa@example.com",
      }),
    );
    expect(edited.name).toBe("Besa Hoxha");
    // Three invitations per client per hour: the first went with the create.
    expect((await submit(actions.inviteClientAction, ref)).status).toBe("success");
    expect((await submit(actions.inviteClientAction, ref)).status).toBe("success");
    const limited = await submit(actions.inviteClientAction, ref);
    expect(limited).toMatchObject({ status: "error" });
    expect(limited.status === "error" && limited.message).toMatch(/Too many requests/);
    expect((await submit(actions.removeClientAction, ref)).status).toBe("success");
    expect(await clientsOf(fixture.business.id)).toHaveLength(0);
  });

  it("treats another org's client as not found and changes nothing", async () => {
    const mine = await bookingBusiness();
    const theirs = await bookingBusiness();
    signIn(theirs.team.manager, theirs.org.id);
    const client = dataOf(
      await submit(actions.createClientAction, {
        businessId: theirs.business.id,
        name: "Theirs",
        email: "theirs@example.com",
      }),
    );
    signIn(mine.team.manager, mine.org.id);
    for (const ref of [
      { businessId: theirs.business.id, clientId: client.id },
      { businessId: mine.business.id, clientId: client.id },
    ]) {
      const removed = await submit(actions.removeClientAction, ref);
      expect(removed.status).toBe("error");
      expect(removed.status === "error" && removed.message).toMatch(/couldn.t find/i);
    }
    expect(await clientsOf(theirs.business.id)).toHaveLength(1);
  });

  it("refuses members who may only read bookings", async () => {
    const fixture = await bookingBusiness();
    signIn(fixture.team.member, fixture.org.id);
    const state = await submit(actions.createClientAction, {
      businessId: fixture.business.id,
      name: "Nope",
      email: "nope@example.com",
    });
    expect(state.status).toBe("error");
    expect(await clientsOf(fixture.business.id)).toHaveLength(0);
  });
});
