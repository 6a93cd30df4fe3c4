import { and, count, desc, eq, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import { businesses, freelancerApplications } from "@/db/schema/booking";
import type { PageMeta } from "@/lib/api/respond";
import { NotFoundError } from "@/lib/errors";
import type { TApplication } from "./applications.schemas";

function applicationsQuery(tx: Executor) {
  return tx
    .select({
      application: freelancerApplications,
      business: { id: businesses.id, name: businesses.name, slug: businesses.slug },
      applicant: { id: users.id, name: users.name, email: users.email, phone: users.phone },
    })
    .from(freelancerApplications)
    .innerJoin(businesses, eq(businesses.id, freelancerApplications.businessId))
    .innerJoin(users, eq(users.id, freelancerApplications.applicantId));
}

type Row = Awaited<ReturnType<ReturnType<typeof applicationsQuery>["execute"]>>[number];

function toApplicationDto({ application, business, applicant }: Row): TApplication {
  return {
    id: application.id,
    business,
    applicant,
    message: application.message,
    status: application.status,
    employeeId: application.employeeId,
    decidedAt: application.decidedAt?.toISOString() ?? null,
    createdAt: application.createdAt.toISOString(),
    updatedAt: application.updatedAt.toISOString(),
  };
}

export async function getApplicationDto(tx: Executor, id: string): Promise<TApplication> {
  const [row] = await applicationsQuery(tx).where(eq(freelancerApplications.id, id));
  if (!row) throw new NotFoundError("booking.applications.notFound");
  return toApplicationDto(row);
}

export async function listApplications(
  tx: Executor,
  where: SQL | undefined,
  page: { page: number; pageSize: number },
): Promise<{ items: TApplication[]; meta: PageMeta }> {
  const rows = await applicationsQuery(tx)
    .where(where)
    .orderBy(desc(freelancerApplications.createdAt), desc(freelancerApplications.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [total] = await tx
    .select({ value: count() })
    .from(freelancerApplications)
    .innerJoin(businesses, eq(businesses.id, freelancerApplications.businessId))
    .where(where);
  return {
    items: rows.map(toApplicationDto),
    meta: { page: page.page, pageSize: page.pageSize, total: total?.value ?? 0 },
  };
}

export const applicationsOfOrg = (
  orgId: string,
  filter: { businessId?: string; status?: TApplication["status"] },
) =>
  and(
    eq(freelancerApplications.orgId, orgId),
    filter.businessId ? eq(freelancerApplications.businessId, filter.businessId) : undefined,
    filter.status ? eq(freelancerApplications.status, filter.status) : undefined,
  );
