import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as acceptApi from "@/app/api/v1/client-invitations/[token]/accept/route";
import * as clientsApi from "@/app/api/v1/manage/businesses/[id]/clients/route";
import * as clientApi from "@/app/api/v1/manage/businesses/[id]/clients/[clientId]/route";
import * as inviteApi from "@/app/api/v1/manage/businesses/[id]/clients/[clientId]/invitation/route";
import * as mineApi from "@/app/api/v1/me/client-businesses/route";
import { bookings, businessClients } from "@/db/schema/booking";
import { callApi } from "@/lib/testing/api";
import { signedInUser } from "@/lib/testing/factories";
import { withSystemScope } from "@/lib/tenancy/scope";
import { bookingBusiness } from "./booking.testing";
import { acceptClientInvitation } from "./clients.service";
import { messagesAbout, pastBooking } from "./community.testing";

type Fixture = Awaited<ReturnType<typeof bookingBusiness>>;

function addClient(fixture: Fixture, body: unknown, token = fixture.team.manager.token) {
  return callApi(clientsApi.POST, {
    token,
    orgId: fixture.org.id,
    params: { id: fixture.business.id },
    body,
  });
}

async function clientRows(businessId: string) {
  return withSystemScope((tx) =>
    tx.select().from(businessClients).where(eq(businessClients.businessId, businessId)),
  );
}

/** The token of the newest invitation link sent to a client, read from the outbox. */
async function latestToken(clientId: string): Promise<string> {
  const sent = await messagesAbout("business_client", clientId);
  const last = sent.at(-1)!;
  const text =
    last.channel === "email"
      ? String((last.metadata as { props: { acceptUrl: string } }).props.acceptUrl)
      : last.body!;
  return /\/client-invite\/([\w-]+)/.exec(text)![1]!;
}

describe("business clients", () => {
  it("adds a client by email with an invitation the customer accepts when signed in", async () => {
    const fixture = await bookingBusiness({ name: "Salon Arta" });
    const added = await addClient(fixture, {
      name: "Arta Krasniqi",
      email: "Arta@Example.com",
      notes: "Prefers mornings",
    });
    expect(added.status).toBe(201);
    expect(added.body.message).toBe("Client added and invited.");
    expect(added.body.data).toMatchObject({
      name: "Arta Krasniqi",
      email: "arta@example.com",
      status: "invited",
      userId: null,
    });
    const clientId = added.body.data.id as string;
    const [email] = await messagesAbout("business_client", clientId);
    expect(email).toMatchObject({ channel: "email", recipient: "arta@example.com" });
    const token = await latestToken(clientId);
    // Only a hash of the token is stored.
    const [row] = await clientRows(fixture.business.id);
    expect(row!.invitationTokenHash).not.toBe(token);

    expect((await callApi(acceptApi.POST, { params: { token } })).status).toBe(401);
    const arta = await signedInUser();
    const accepted = await callApi(acceptApi.POST, { token: arta.token, params: { token } });
    expect(accepted.status).toBe(200);
    expect(accepted.body.data).toEqual({
      clientId,
      business: { id: fixture.business.id, name: "Salon Arta", slug: fixture.business.slug },
    });
    expect(accepted.body.message).toBe("You are now a client of Salon Arta.");
    // The link is used up.
    const again = await callApi(acceptApi.POST, { token: arta.token, params: { token } });
    expect(again.status).toBe(404);

    const mine = await callApi(mineApi.GET, { token: arta.token });
    expect(mine.body.data).toMatchObject([{ clientId, business: { id: fixture.business.id } }]);
    const listed = await callApi(clientApi.GET, {
      token: fixture.team.member.token,
      orgId: fixture.org.id,
      params: { id: fixture.business.id, clientId },
    });
    expect(listed.body.data).toMatchObject({ status: "linked", userId: arta.user.id });
    const resend = await callApi(inviteApi.POST, {
      token: fixture.team.manager.token,
      orgId: fixture.org.id,
      params: { id: fixture.business.id, clientId },
    });
    expect(resend.status).toBe(409);
  });

  it("invites by SMS when there is only a phone; a resend replaces the link", async () => {
    const fixture = await bookingBusiness();
    const added = await addClient(fixture, { name: "Besa", phone: "+355 69 123 4567" });
    expect(added.status).toBe(201);
    expect(added.body.data.phone).toBe("+355691234567");
    const clientId = added.body.data.id as string;
    const first = await latestToken(clientId);
    const [sms] = await messagesAbout("business_client", clientId);
    expect(sms).toMatchObject({ channel: "sms", recipient: "+355691234567" });

    const resent = await callApi(inviteApi.POST, {
      token: fixture.team.manager.token,
      orgId: fixture.org.id,
      params: { id: fixture.business.id, clientId },
    });
    expect(resent.status).toBe(200);
    const second = await latestToken(clientId);
    expect(second).not.toBe(first);
    const besa = await signedInUser();
    expect(
      (await callApi(acceptApi.POST, { token: besa.token, params: { token: first } })).status,
    ).toBe(404);
    expect(
      (await callApi(acceptApi.POST, { token: besa.token, params: { token: second } })).status,
    ).toBe(200);
  });

  it("limits resends per client (429 with Retry-After), sending nothing more", async () => {
    const fixture = await bookingBusiness();
    const added = await addClient(fixture, { name: "Arta", email: "arta-429@example.com" });
    const clientId = added.body.data.id as string;
    const resend = () =>
      callApi(inviteApi.POST, {
        token: fixture.team.manager.token,
        orgId: fixture.org.id,
        params: { id: fixture.business.id, clientId },
      });
    expect((await resend()).status).toBe(200);
    expect((await resend()).status).toBe(200);
    const limited = await resend();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await messagesAbout("business_client", clientId)).toHaveLength(3);
  });

  it("expired links answer 410; being a client already answers 409", async () => {
    const fixture = await bookingBusiness();
    const arta = await signedInUser();
    const added = await addClient(fixture, { name: "Arta", email: "arta-410@example.com" });
    const token = await latestToken(added.body.data.id);
    const later = new Date(Date.now() + 31 * 24 * 60 * 60 * 1000);
    await expect(
      acceptClientInvitation({ user: arta.user, sessionId: "" }, token, later),
    ).rejects.toMatchObject({
      status: 410,
    });

    // Linked through a booking already: a second record cannot be linked to them.
    await withSystemScope((tx) =>
      tx.insert(businessClients).values({
        orgId: fixture.org.id,
        businessId: fixture.business.id,
        userId: arta.user.id,
        name: "Arta (booked)",
      }),
    );
    const conflict = await callApi(acceptApi.POST, { token: arta.token, params: { token } });
    expect(conflict.status).toBe(409);
  });

  it("lists and searches, edits and removes; duplicates and bad input change nothing", async () => {
    const fixture = await bookingBusiness();
    await addClient(fixture, { name: "Arta Krasniqi", email: "arta-s@example.com", invite: false });
    const dita = await addClient(fixture, { name: "Dita Hoxha", phone: "+355 69 111 2222" });
    await addClient(fixture, { name: "Ermal", phone: "+355 69 222 3333", invite: false });
    expect(await messagesAbout("business_client", dita.body.data.id)).toHaveLength(1);

    const search = await callApi(clientsApi.GET, {
      token: fixture.team.member.token,
      orgId: fixture.org.id,
      params: { id: fixture.business.id },
      query: { q: "hox" },
    });
    expect(search.body.data.map((c: { name: string }) => c.name)).toEqual(["Dita Hoxha"]);
    const all = await callApi(clientsApi.GET, {
      token: fixture.team.member.token,
      orgId: fixture.org.id,
      params: { id: fixture.business.id },
    });
    expect(all.body.meta.total).toBe(3);
    expect(all.body.data.map((c: { status: string }) => c.status).sort()).toEqual([
      "contact",
      "contact",
      "invited",
    ]);

    const before = await clientRows(fixture.business.id);
    const duplicate = await addClient(fixture, { name: "Other", email: "ARTA-S@example.com" });
    expect(duplicate.status).toBe(409);
    expect(Object.keys(duplicate.body.errors)).toEqual(["email"]);
    const bad = await addClient(fixture, { name: "", email: "nope", phone: "12", extra: 1 });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual(["body", "email", "name", "phone"]);
    const noContact = await addClient(fixture, { name: "Nobody" });
    expect(noContact.status).toBe(422);
    expect(noContact.body.errors).toEqual({ email: ["Give an email or a phone number."] });
    const member = await addClient(
      fixture,
      { name: "X", email: "x@example.com" },
      fixture.team.member.token,
    );
    expect(member.status).toBe(403);
    expect(await clientRows(fixture.business.id)).toEqual(before);

    const stripped = await callApi(clientApi.PATCH, {
      token: fixture.team.manager.token,
      orgId: fixture.org.id,
      params: { id: fixture.business.id, clientId: dita.body.data.id },
      body: { phone: null, name: "Changed" },
    });
    expect(stripped.status).toBe(422);
    const edited = await callApi(clientApi.PATCH, {
      token: fixture.team.manager.token,
      orgId: fixture.org.id,
      params: { id: fixture.business.id, clientId: dita.body.data.id },
      body: { notes: "Allergic to ammonia", name: "Dita H." },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.data).toMatchObject({ notes: "Allergic to ammonia", name: "Dita H." });

    const removed = await callApi(clientApi.DELETE, {
      token: fixture.team.manager.token,
      orgId: fixture.org.id,
      params: { id: fixture.business.id, clientId: dita.body.data.id },
    });
    expect(removed.status).toBe(200);
    expect(await clientRows(fixture.business.id)).toHaveLength(2);
  });

  it("keeps a client who has bookings without an account (409)", async () => {
    const fixture = await bookingBusiness();
    const walkIn = await addClient(fixture, { name: "Walk-in", phone: "+355 69 444 5555" });
    const booking = await pastBooking(fixture, fixture.team.owner.user.id);
    await withSystemScope((tx) =>
      tx
        .update(bookings)
        .set({ customerId: null, clientId: walkIn.body.data.id })
        .where(eq(bookings.id, booking.id)),
    );
    const refused = await callApi(clientApi.DELETE, {
      token: fixture.team.manager.token,
      orgId: fixture.org.id,
      params: { id: fixture.business.id, clientId: walkIn.body.data.id },
    });
    expect(refused.status).toBe(409);
    expect(await clientRows(fixture.business.id)).toHaveLength(1);
  });

  it("answers 404 across organizations on every id-taking endpoint", async () => {
    const fixture = await bookingBusiness();
    const other = await bookingBusiness();
    const added = await addClient(fixture, { name: "Arta", email: "arta-x@example.com" });
    const clientId = added.body.data.id as string;
    const asOther = { token: other.team.owner.token, orgId: other.org.id };
    const theirs = { id: fixture.business.id, clientId };
    // Our business id with their org header, and our client under their business.
    expect(
      (await callApi(clientsApi.GET, { ...asOther, params: { id: fixture.business.id } })).status,
    ).toBe(404);
    expect(
      (
        await callApi(clientsApi.POST, {
          ...asOther,
          params: { id: fixture.business.id },
          body: { name: "Intruder", email: "intruder@example.com" },
        })
      ).status,
    ).toBe(404);
    expect((await callApi(clientApi.GET, { ...asOther, params: theirs })).status).toBe(404);
    expect(
      (
        await callApi(clientApi.GET, {
          ...asOther,
          params: { id: other.business.id, clientId },
        })
      ).status,
    ).toBe(404);
    expect(
      (await callApi(clientApi.PATCH, { ...asOther, params: theirs, body: { name: "Y" } })).status,
    ).toBe(404);
    expect((await callApi(clientApi.DELETE, { ...asOther, params: theirs })).status).toBe(404);
    expect((await callApi(inviteApi.POST, { ...asOther, params: theirs })).status).toBe(404);
    expect(await clientRows(fixture.business.id)).toMatchObject([{ name: "Arta" }]);
  });
});
