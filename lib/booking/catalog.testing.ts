import { asc, eq } from "drizzle-orm";
import {
  businessCategories,
  businesses,
  businessImages,
  employees,
  employeeServices,
  services,
  timeOff,
  workingHours,
} from "@/db/schema/booking";
import type { RouteHandler } from "@/lib/api/route";
import { signedInUser } from "@/lib/testing/factories";
import { withSystemScope } from "@/lib/tenancy/scope";

/** A signed-in platform administrator. */
export function platformAdmin() {
  return signedInUser({ name: "Pat Platform", isPlatformAdmin: true });
}

/** A small PNG (its signature, then filler) the upload endpoints accept. */
export function pngBytes(length = 200): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length).fill(7);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
}

/** Calls an upload route with raw bytes, as a mobile client does; answers status and envelope. */
export async function uploadTo(
  handler: RouteHandler,
  options: {
    params: Record<string, string>;
    bytes: Uint8Array<ArrayBuffer>;
    contentType?: string;
    token?: string;
    orgId?: string;
  },
) {
  const headers: Record<string, string> = { "content-type": options.contentType ?? "image/png" };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.orgId) headers["x-org-id"] = options.orgId;
  const response = await handler(
    new Request("http://localhost/api/v1/test", {
      method: handler.contract?.method ?? "POST",
      headers,
      body: options.bytes,
    }),
    { params: Promise.resolve(options.params) },
  );
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read any field
  const body: any = await response.json();
  return { status: response.status, body };
}

/** Every catalogue row of a business, to prove a refused request changed nothing. */
export async function snapshotCatalog(businessId: string) {
  return withSystemScope(async (tx) => ({
    business: await tx.select().from(businesses).where(eq(businesses.id, businessId)),
    categories: await tx
      .select()
      .from(businessCategories)
      .where(eq(businessCategories.businessId, businessId))
      .orderBy(asc(businessCategories.categoryId)),
    images: await tx
      .select()
      .from(businessImages)
      .where(eq(businessImages.businessId, businessId))
      .orderBy(asc(businessImages.id)),
    services: await tx
      .select()
      .from(services)
      .where(eq(services.businessId, businessId))
      .orderBy(asc(services.id)),
    employees: await tx
      .select()
      .from(employees)
      .where(eq(employees.businessId, businessId))
      .orderBy(asc(employees.id)),
    employeeServices: await tx
      .select({ employeeId: employeeServices.employeeId, serviceId: employeeServices.serviceId })
      .from(employeeServices)
      .innerJoin(employees, eq(employees.id, employeeServices.employeeId))
      .where(eq(employees.businessId, businessId))
      .orderBy(asc(employeeServices.employeeId), asc(employeeServices.serviceId)),
    hours: await tx
      .select()
      .from(workingHours)
      .where(eq(workingHours.businessId, businessId))
      .orderBy(asc(workingHours.id)),
    timeOff: await tx
      .select()
      .from(timeOff)
      .where(eq(timeOff.businessId, businessId))
      .orderBy(asc(timeOff.id)),
  }));
}
