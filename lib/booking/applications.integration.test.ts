import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as applyApi from "@/app/api/v1/freelancer-applications/route";
import * as leaveApi from "@/app/api/v1/freelancer-applications/[id]/leave/route";
import * as withdrawApi from "@/app/api/v1/freelancer-applications/[id]/withdraw/route";
import * as manageApi from "@/app/api/v1/manage/freelancer-applications/route";
import * as approveApi from "@/app/api/v1/manage/freelancer-applications/[id]/approve/route";
import * as rejectApi from "@/app/api/v1/manage/freelancer-applications/[id]/reject/route";
import { memberships } from "@/db/schema";
import { employees, freelancerApplications, userNotifications } from "@/db/schema/booking";
import { callApi } from "@/lib/testing/api";
import { signedInUser } from "@/lib/testing/factories";
import { withSystemScope } from "@/lib/tenancy/scope";
import { bookingBusiness } from "./booking.testing";

type Fixture = Awaited<ReturnType<typeof bookingBusiness>>;

const apply = (token: string | undefined, body: unknown) => callApi(applyApi.POST, { token, body });

const decide = (
  api: typeof approveApi | typeof rejectApi,
  fixture: Fixture,
  id: string,
  token = fixture.team.manager.token,
) => callApi(api.POST, { token, orgId: fixture.org.id, params: { id } });

async function membershipOf(orgId: string, userId: string) {
  const [row] = await withSystemScope((tx) =>
    tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId))),
  );
  return row ?? null;
}

async function employeeOf(businessId: string, userId: string) {
  const [row] = await withSystemScope((tx) =>
    tx
      .select()
      .from(employees)
      .where(and(eq(employees.businessId, businessId), eq(employees.userId, userId))),
  );
  return row ?? null;
}

async function noticesOf(userId: string) {
  return withSystemScope((tx) =>
    tx
      .select({ kind: userNotifications.kind, title: userNotifications.title })
      .from(userNotifications)
      .where(eq(userNotifications.userId, userId))
      .orderBy(userNotifications.createdAt),
  );
}

async function applicationCount(businessId: string) {
  return withSystemScope((tx) =>
    tx.$count(freelancerApplications, eq(freelancerApplications.businessId, businessId)),
  );
}

describe("freelancer applications", () => {
  it("apply → approve makes an employee and a member; leave deactivates and ends the membership", async () => {
    const fixture = await bookingBusiness({ name: "Salon Arta" });
    const gent = await signedInUser({ name: "Gent Barber" });
    const body = { businessId: fixture.business.id, message: "Six years of fades." };

    expect((await apply(undefined, body)).status).toBe(401);
    const applied = await apply(gent.token, body);
    expect(applied.status).toBe(201);
    expect(applied.body.data).toMatchObject({
      status: "pending",
      message: "Six years of fades.",
      business: { id: fixture.business.id, name: "Salon Arta" },
      applicant: { id: gent.user.id, name: "Gent Barber" },
    });
    const id = applied.body.data.id as string;
    expect((await apply(gent.token, body)).status).toBe(409);
    expect(await noticesOf(fixture.team.manager.user.id)).toEqual([
      { kind: "application", title: "Gent Barber wants to work with Salon Arta" },
    ]);
    expect(await noticesOf(fixture.team.member.user.id)).toEqual([]);

    const listed = await callApi(manageApi.GET, {
      token: fixture.team.manager.token,
      orgId: fixture.org.id,
      query: { status: "pending" },
    });
    expect(listed.body.data.map((a: { id: string }) => a.id)).toEqual([id]);
    // Listing and deciding need bookings.write.
    expect(
      (await callApi(manageApi.GET, { token: fixture.team.member.token, orgId: fixture.org.id }))
        .status,
    ).toBe(403);
    expect((await decide(approveApi, fixture, id, fixture.team.steward.token)).status).toBe(403);

    const approved = await decide(approveApi, fixture, id);
    expect(approved.status).toBe(200);
    expect(approved.body.data.status).toBe("approved");
    const employee = await employeeOf(fixture.business.id, gent.user.id);
    expect(employee).toMatchObject({
      id: approved.body.data.employeeId,
      name: "Gent Barber",
      active: true,
    });
    expect(await membershipOf(fixture.org.id, gent.user.id)).toEqual({ role: "member" });
    expect(await noticesOf(gent.user.id)).toEqual([
      { kind: "application", title: "Salon Arta approved your application" },
    ]);
    expect((await decide(rejectApi, fixture, id)).status).toBe(409);
    expect((await apply(gent.token, body)).status).toBe(409);
    // Withdrawing is only for pending applications.
    expect((await callApi(withdrawApi.POST, { token: gent.token, params: { id } })).status).toBe(
      409,
    );

    const stranger = await signedInUser();
    expect((await callApi(leaveApi.POST, { token: stranger.token, params: { id } })).status).toBe(
      404,
    );
    const left = await callApi(leaveApi.POST, { token: gent.token, params: { id } });
    expect(left.status).toBe(200);
    expect(left.body.data.status).toBe("left");
    expect((await employeeOf(fixture.business.id, gent.user.id))!.active).toBe(false);
    expect(await membershipOf(fixture.org.id, gent.user.id)).toBeNull();

    // Applying again and being approved brings the same employee back.
    const again = await apply(gent.token, body);
    expect(again.status).toBe(201);
    const reapproved = await decide(approveApi, fixture, again.body.data.id);
    expect(reapproved.body.data.employeeId).toBe(employee!.id);
    expect((await employeeOf(fixture.business.id, gent.user.id))!.active).toBe(true);
  });

  it("keeps an existing member's role on approval and on leaving", async () => {
    const fixture = await bookingBusiness();
    const steward = fixture.team.steward;
    const applied = await apply(steward.token, { businessId: fixture.business.id });
    const approved = await decide(approveApi, fixture, applied.body.data.id);
    expect(approved.status).toBe(200);
    expect(await membershipOf(fixture.org.id, steward.user.id)).toEqual({ role: "steward" });
    await callApi(leaveApi.POST, { token: steward.token, params: { id: applied.body.data.id } });
    expect(await membershipOf(fixture.org.id, steward.user.id)).toEqual({ role: "steward" });
  });

  it("withdraws and rejects pending applications; lists mine", async () => {
    const fixture = await bookingBusiness();
    const gent = await signedInUser();
    const first = await apply(gent.token, { businessId: fixture.business.id });
    const withdrawn = await callApi(withdrawApi.POST, {
      token: gent.token,
      params: { id: first.body.data.id },
    });
    expect(withdrawn.body.data.status).toBe("withdrawn");
    expect((await decide(approveApi, fixture, first.body.data.id)).status).toBe(409);

    const second = await apply(gent.token, { businessId: fixture.business.id });
    expect(second.status).toBe(201);
    const rejected = await decide(rejectApi, fixture, second.body.data.id);
    expect(rejected.body.data).toMatchObject({ status: "rejected" });
    expect(rejected.body.data.decidedAt).not.toBeNull();
    expect(await employeeOf(fixture.business.id, gent.user.id)).toBeNull();

    const mine = await callApi(applyApi.GET, { token: gent.token });
    expect(mine.body.data.map((a: { status: string }) => a.status)).toEqual([
      "rejected",
      "withdrawn",
    ]);
  });

  it("refuses drafts, existing employees and bad input, storing nothing", async () => {
    const draft = await bookingBusiness({ status: "draft" });
    const fixture = await bookingBusiness();
    const gent = await signedInUser();
    expect((await apply(gent.token, { businessId: draft.business.id })).status).toBe(404);
    const bad = await apply(gent.token, { businessId: "x", message: "m".repeat(2001) });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual(["businessId", "message"]);
    await withSystemScope((tx) =>
      tx
        .update(employees)
        .set({ userId: gent.user.id })
        .where(eq(employees.id, fixture.employees.ana.id)),
    );
    expect((await apply(gent.token, { businessId: fixture.business.id })).status).toBe(409);
    expect(await applicationCount(fixture.business.id)).toBe(0);
  });

  it("answers 404 across organizations", async () => {
    const fixture = await bookingBusiness();
    const other = await bookingBusiness();
    const gent = await signedInUser();
    const applied = await apply(gent.token, { businessId: fixture.business.id });
    const id = applied.body.data.id as string;
    expect((await decide(approveApi, other, id, other.team.owner.token)).status).toBe(404);
    expect((await decide(rejectApi, other, id, other.team.owner.token)).status).toBe(404);
    const theirList = await callApi(manageApi.GET, {
      token: other.team.owner.token,
      orgId: other.org.id,
    });
    expect(theirList.body.data).toEqual([]);
    const [row] = await withSystemScope((tx) =>
      tx.select().from(freelancerApplications).where(eq(freelancerApplications.id, id)),
    );
    expect(row!.status).toBe("pending");
  });
});
