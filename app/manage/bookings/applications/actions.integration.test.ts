import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { dataOf, submit } from "@/components/booking/community/actions.testing";
import { employees, freelancerApplications } from "@/db/schema/booking";
import type { Viewer } from "@/lib/identity/viewer";
import { applyToBusiness } from "@/lib/booking/applications.service";
import { bookingBusiness } from "@/lib/booking/booking.testing";
import { signedInUser } from "@/lib/testing/factories";
import { ACTIVE_ORG_COOKIE } from "@/lib/tenancy/active-org";
import { withSystemScope } from "@/lib/tenancy/scope";
import type { SignedIn } from "@/lib/tenancy/testing";

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

async function applied() {
  const fixture = await bookingBusiness();
  const gent = await signedInUser({ name: "Gent Barber" });
  const application = await applyToBusiness(
    { user: gent.user, sessionId: "s" },
    { businessId: fixture.business.id, message: "Free on Mondays." },
  );
  return { fixture, gent, application };
}

const statusOf = async (id: string) =>
  (
    await withSystemScope((tx) =>
      tx.select().from(freelancerApplications).where(eq(freelancerApplications.id, id)),
    )
  )[0]!.status;

beforeEach(() => {
  viewer = null;
  jar.clear();
});

describe("application actions", () => {
  it("approves: the freelancer becomes an employee", async () => {
    const { fixture, gent, application } = await applied();
    signIn(fixture.team.manager, fixture.org.id);
    const approved = dataOf(
      await submit(actions.approveApplicationAction, { applicationId: application.id }),
    );
    expect(approved).toMatchObject({ status: "approved" });
    const [employee] = await withSystemScope((tx) =>
      tx.select().from(employees).where(eq(employees.id, approved.employeeId!)),
    );
    expect(employee).toMatchObject({ userId: gent.user.id, businessId: fixture.business.id });
  });

  it("rejects, and a decided application cannot be decided again", async () => {
    const { fixture, application } = await applied();
    signIn(fixture.team.manager, fixture.org.id);
    const state = await submit(actions.rejectApplicationAction, { applicationId: application.id });
    expect(state).toMatchObject({ status: "success", message: "Application declined." });
    expect(await statusOf(application.id)).toBe("rejected");
    const again = await submit(actions.approveApplicationAction, { applicationId: application.id });
    expect(again.status).toBe("error");
    expect(await statusOf(application.id)).toBe("rejected");
  });

  it("treats another org's application as not found, and a bad id as a field error", async () => {
    const { application } = await applied();
    const other = await bookingBusiness();
    signIn(other.team.manager, other.org.id);
    const state = await submit(actions.approveApplicationAction, { applicationId: application.id });
    expect(state.status).toBe("error");
    expect(await statusOf(application.id)).toBe("pending");
    const bad = await submit(actions.rejectApplicationAction, { applicationId: "nope" });
    expect(bad.status === "error" && bad.fieldErrors?.applicationId).toBeTruthy();
  });
});
