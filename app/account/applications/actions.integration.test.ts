import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { dataOf, errorOf, submit } from "@/components/booking/customer/actions.testing";
import { memberships } from "@/db/schema";
import { employees, freelancerApplications } from "@/db/schema/booking";
import { approveApplication } from "@/lib/booking/applications.service";
import { bookingBusiness } from "@/lib/booking/booking.testing";
import type { Viewer } from "@/lib/identity/viewer";
import { signedInUser } from "@/lib/testing/factories";
import { resolveOrgContext } from "@/lib/tenancy/context";
import { withSystemScope } from "@/lib/tenancy/scope";

let viewer: Viewer | null = null;
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("@/lib/identity/web-session", () => ({ getWebViewer: async () => viewer }));

const { applyToBusinessAction, leaveBusinessAction, withdrawApplicationAction } =
  await import("./actions");

type Fixture = Awaited<ReturnType<typeof bookingBusiness>>;
const asViewer = (user: Viewer["user"]): Viewer => ({ user, sessionId: "web-session" });

const applicationsOf = (userId: string) =>
  withSystemScope((tx) =>
    tx.select().from(freelancerApplications).where(eq(freelancerApplications.applicantId, userId)),
  );

async function approve(fixture: Fixture, applicationId: string) {
  const manager = fixture.team.manager;
  const context = await resolveOrgContext(asViewer(manager.user), fixture.org.id, "bookings.write");
  return approveApplication(context, applicationId);
}

beforeEach(() => {
  viewer = null;
});

describe("applying to a business from /account/applications", () => {
  it("applies by a pasted link to the business's page", async () => {
    const fixture = await bookingBusiness({ name: "Salon Arta" });
    const gent = await signedInUser({ name: "Gent Barber" });
    viewer = asViewer(gent.user);
    const state = await submit(applyToBusinessAction, {
      business: `https://callboard.example/businesses/${fixture.business.slug}?tab=team`,
      message: " Barber, free on Mondays ",
    });
    expect(dataOf(state)).toMatchObject({
      status: "pending",
      business: { id: fixture.business.id, name: "Salon Arta" },
      message: "Barber, free on Mondays",
    });
    expect(state).toMatchObject({ message: "Application sent." });
  });

  it("applies by the id a search pick posts, once while it is open", async () => {
    const fixture = await bookingBusiness();
    const gent = await signedInUser();
    viewer = asViewer(gent.user);
    dataOf(await submit(applyToBusinessAction, { business: fixture.business.id, message: "" }));
    const again = errorOf(
      await submit(applyToBusinessAction, { business: fixture.business.id, message: "" }),
    );
    expect(again.message).toBe("You already have an open application or work with this business.");
    expect(await applicationsOf(gent.user.id)).toHaveLength(1);
  });

  it("answers an unknown link, a draft business or nothing under the field", async () => {
    const draft = await bookingBusiness({ status: "draft" });
    const gent = await signedInUser();
    viewer = asViewer(gent.user);
    for (const business of ["https://example.com/somewhere", draft.business.slug, "no-such-x"]) {
      const { fieldErrors } = errorOf(await submit(applyToBusinessAction, { business }));
      expect(fieldErrors).toEqual({ business: ["We couldn't find this business."] });
    }
    expect(
      errorOf(await submit(applyToBusinessAction, { business: " " })).fieldErrors,
    ).toHaveProperty("business");
    expect(await applicationsOf(gent.user.id)).toEqual([]);
  });
});

describe("withdrawing and leaving", () => {
  it("withdraws a pending application, and not someone else's", async () => {
    const fixture = await bookingBusiness();
    const gent = await signedInUser();
    const other = await signedInUser();
    viewer = asViewer(gent.user);
    const application = dataOf(
      await submit(applyToBusinessAction, { business: fixture.business.id }),
    );
    viewer = asViewer(other.user);
    expect(errorOf(await submit(withdrawApplicationAction, { id: application.id })).message).toBe(
      "We couldn't find this application.",
    );
    viewer = asViewer(gent.user);
    expect(errorOf(await submit(leaveBusinessAction, { id: application.id })).message).toBe(
      "You can only leave a business you work with.",
    );
    const withdrawn = dataOf(await submit(withdrawApplicationAction, { id: application.id }));
    expect(withdrawn.status).toBe("withdrawn");
    // Withdrawn is final: a second withdrawal is refused.
    expect(errorOf(await submit(withdrawApplicationAction, { id: application.id })).message).toBe(
      "Only a pending application can be decided or withdrawn.",
    );
  });

  it("leaves an approved business: no longer an active employee nor a member", async () => {
    const fixture = await bookingBusiness();
    const gent = await signedInUser();
    viewer = asViewer(gent.user);
    const application = dataOf(
      await submit(applyToBusinessAction, { business: fixture.business.id }),
    );
    const approved = await approve(fixture, application.id);
    expect(approved.status).toBe("approved");
    expect(errorOf(await submit(withdrawApplicationAction, { id: application.id })).message).toBe(
      "Only a pending application can be decided or withdrawn.",
    );

    const left = dataOf(await submit(leaveBusinessAction, { id: application.id }));
    expect(left.status).toBe("left");
    const [employee] = await withSystemScope((tx) =>
      tx.select().from(employees).where(eq(employees.id, approved.employeeId!)),
    );
    expect(employee!.active).toBe(false);
    const membership = await withSystemScope((tx) =>
      tx
        .select()
        .from(memberships)
        .where(and(eq(memberships.orgId, fixture.org.id), eq(memberships.userId, gent.user.id))),
    );
    expect(membership).toEqual([]);
  });
});
