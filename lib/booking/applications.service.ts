import { and, eq, ne } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { memberships, users } from "@/db/schema";
import { employees, freelancerApplications } from "@/db/schema/booking";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { withTenant, withUserScope } from "@/lib/tenancy/scope";
import { loadPublishedBusiness } from "./business-access";
import { notifyApplicationEvent } from "./applications.notify";
import { applicationsOfOrg, getApplicationDto, listApplications } from "./applications.queries";
import type {
  TApplication,
  TCreateApplication,
  TListApplicationsQuery,
} from "./applications.schemas";

type ApplicationRow = typeof freelancerApplications.$inferSelect;

/**
 * A signed-in freelancer applies to work through a published business. One open
 * application (pending or approved) per business and person: the partial unique index
 * refuses a second, even two sent at once.
 */
export async function applyToBusiness(
  viewer: Viewer,
  input: TCreateApplication,
): Promise<TApplication> {
  const applicantId = viewer.user.id;
  return withUserScope(applicantId, async (tx) => {
    const business = await loadPublishedBusiness(tx, input.businessId);
    const [employee] = await tx
      .select({ id: employees.id })
      .from(employees)
      .where(
        and(
          eq(employees.businessId, business.id),
          eq(employees.userId, applicantId),
          eq(employees.active, true),
        ),
      );
    if (employee) throw new ConflictError("booking.applications.alreadyEmployee");
    let row: ApplicationRow;
    try {
      [row] = (await tx
        .insert(freelancerApplications)
        .values({
          orgId: business.orgId,
          businessId: business.id,
          applicantId,
          message: input.message ?? null,
        })
        .returning()) as [ApplicationRow];
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError("booking.applications.alreadyOpen");
      throw error;
    }
    await notifyApplicationEvent(tx, "received", row.id);
    return getApplicationDto(tx, row.id);
  });
}

export async function listMyApplications(viewer: Viewer, page: { page: number; pageSize: number }) {
  return withUserScope(viewer.user.id, (tx) =>
    listApplications(tx, eq(freelancerApplications.applicantId, viewer.user.id), page),
  );
}

/** The org of one of the caller's own applications (404 for anyone else's). */
async function orgOfOwnApplication(viewer: Viewer, applicationId: string): Promise<string> {
  const [found] = await withUserScope(viewer.user.id, (tx) =>
    tx
      .select({ orgId: freelancerApplications.orgId })
      .from(freelancerApplications)
      .where(
        and(
          eq(freelancerApplications.id, applicationId),
          eq(freelancerApplications.applicantId, viewer.user.id),
        ),
      ),
  );
  if (!found) throw new NotFoundError("booking.applications.notFound");
  return found.orgId;
}

async function lockApplication(
  tx: Transaction,
  where: ReturnType<typeof and>,
): Promise<ApplicationRow> {
  const [row] = await tx.select().from(freelancerApplications).where(where).for("update");
  if (!row) throw new NotFoundError("booking.applications.notFound");
  return row;
}

/** The freelancer takes back an application the business has not decided yet. */
export async function withdrawApplication(
  viewer: Viewer,
  applicationId: string,
): Promise<TApplication> {
  return withUserScope(viewer.user.id, async (tx) => {
    const row = await lockApplication(
      tx,
      and(
        eq(freelancerApplications.id, applicationId),
        eq(freelancerApplications.applicantId, viewer.user.id),
      ),
    );
    if (row.status !== "pending") throw new ConflictError("booking.applications.notPending");
    await tx
      .update(freelancerApplications)
      .set({ status: "withdrawn", updatedAt: new Date() })
      .where(eq(freelancerApplications.id, row.id));
    return getApplicationDto(tx, row.id);
  });
}

/**
 * The freelancer stops working through the business: the employee is deactivated (past
 * bookings keep it) and, when approval is what made them a plain member of the org, and
 * they work for none of its other businesses, the membership goes too, so they no longer
 * see the org's bookings. Runs in the org's scope: it changes the org's rows.
 */
export async function leaveBusiness(viewer: Viewer, applicationId: string): Promise<TApplication> {
  const userId = viewer.user.id;
  const orgId = await orgOfOwnApplication(viewer, applicationId);
  return withTenant({ orgId, userId }, async (tx) => {
    const row = await lockApplication(
      tx,
      and(
        eq(freelancerApplications.id, applicationId),
        eq(freelancerApplications.applicantId, userId),
      ),
    );
    if (row.status !== "approved") throw new ConflictError("booking.applications.notApproved");
    const now = new Date();
    if (row.employeeId) {
      await tx
        .update(employees)
        .set({ active: false, updatedAt: now })
        .where(and(eq(employees.id, row.employeeId), eq(employees.orgId, orgId)));
    }
    const [otherWork] = await tx
      .select({ id: employees.id })
      .from(employees)
      .where(
        and(
          eq(employees.orgId, orgId),
          eq(employees.userId, userId),
          eq(employees.active, true),
          row.employeeId ? ne(employees.id, row.employeeId) : undefined,
        ),
      )
      .limit(1);
    if (!otherWork) {
      await tx
        .delete(memberships)
        .where(
          and(
            eq(memberships.orgId, orgId),
            eq(memberships.userId, userId),
            eq(memberships.role, "member"),
          ),
        );
    }
    await tx
      .update(freelancerApplications)
      .set({ status: "left", updatedAt: now })
      .where(eq(freelancerApplications.id, row.id));
    return getApplicationDto(tx, row.id);
  });
}

// ---------- the business's side ----------

export async function listOrgApplications(context: OrgContext, query: TListApplicationsQuery) {
  assertCan(context, "bookings.write");
  return withTenant(context, (tx) =>
    listApplications(tx, applicationsOfOrg(context.orgId, query), query),
  );
}

async function lockOrgPending(tx: Transaction, context: OrgContext, applicationId: string) {
  const row = await lockApplication(
    tx,
    and(
      eq(freelancerApplications.id, applicationId),
      eq(freelancerApplications.orgId, context.orgId),
    ),
  );
  if (row.status !== "pending") throw new ConflictError("booking.applications.notPending");
  return row;
}

/**
 * Approves a pending application: the freelancer becomes an active employee of the
 * business, linked to their account (an earlier employee row of theirs comes back), and a
 * plain member of the org if they were not in it, so their bookings reach them.
 */
export async function approveApplication(
  context: OrgContext,
  applicationId: string,
): Promise<TApplication> {
  assertCan(context, "bookings.write");
  return withTenant(context, async (tx) => {
    const row = await lockOrgPending(tx, context, applicationId);
    const [applicant] = await tx
      .select({ name: users.name, email: users.email })
      .from(users)
      .where(eq(users.id, row.applicantId));
    const now = new Date();
    const [existing] = await tx
      .select({ id: employees.id })
      .from(employees)
      .where(and(eq(employees.businessId, row.businessId), eq(employees.userId, row.applicantId)));
    const employeeId = existing
      ? (
          await tx
            .update(employees)
            .set({ active: true, updatedAt: now })
            .where(eq(employees.id, existing.id))
            .returning({ id: employees.id })
        )[0]!.id
      : (
          await tx
            .insert(employees)
            .values({
              orgId: row.orgId,
              businessId: row.businessId,
              userId: row.applicantId,
              name: applicant?.name || applicant?.email || "Freelancer",
            })
            .returning({ id: employees.id })
        )[0]!.id;
    await tx
      .insert(memberships)
      .values({ orgId: row.orgId, userId: row.applicantId, role: "member" })
      .onConflictDoNothing();
    await tx
      .update(freelancerApplications)
      .set({
        status: "approved",
        employeeId,
        decidedBy: context.userId,
        decidedAt: now,
        updatedAt: now,
      })
      .where(eq(freelancerApplications.id, row.id));
    await notifyApplicationEvent(tx, "approved", row.id);
    return getApplicationDto(tx, row.id);
  });
}

export async function rejectApplication(
  context: OrgContext,
  applicationId: string,
): Promise<TApplication> {
  assertCan(context, "bookings.write");
  return withTenant(context, async (tx) => {
    const row = await lockOrgPending(tx, context, applicationId);
    const now = new Date();
    await tx
      .update(freelancerApplications)
      .set({ status: "rejected", decidedBy: context.userId, decidedAt: now, updatedAt: now })
      .where(eq(freelancerApplications.id, row.id));
    await notifyApplicationEvent(tx, "rejected", row.id);
    return getApplicationDto(tx, row.id);
  });
}
