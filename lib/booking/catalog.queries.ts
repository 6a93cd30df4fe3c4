import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  bookingCategories,
  employees,
  employeeServices,
  serviceCategories,
  serviceImages,
  services,
} from "@/db/schema/booking";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { publicFileUrl } from "@/lib/storage";
import { toCategory } from "./categories.queries";
import type {
  TManagedEmployee,
  TManagedService,
  TPublicEmployee,
  TPublicService,
} from "./catalog.schemas";
import { pickLocale } from "./localized";

export type ServiceRow = typeof services.$inferSelect;
export type EmployeeRow = typeof employees.$inferSelect;

/** The org's service, or 404 (another org's id included). Run inside `withTenant`. */
export async function loadOrgService(tx: Executor, orgId: string, serviceId: string) {
  const [row] = await tx
    .select()
    .from(services)
    .where(and(eq(services.orgId, orgId), eq(services.id, serviceId)));
  if (!row) throw new NotFoundError("booking.catalog.serviceNotFound");
  return row;
}

export async function loadOrgEmployee(tx: Executor, orgId: string, employeeId: string) {
  const [row] = await tx
    .select()
    .from(employees)
    .where(and(eq(employees.orgId, orgId), eq(employees.id, employeeId)));
  if (!row) throw new NotFoundError("booking.catalog.employeeNotFound");
  return row;
}

/**
 * A business's services with categories, images and who performs them, in three queries.
 * `onlyActive`: what customers see (active services, active employees).
 */
async function serviceRowsWithExtras(
  tx: Executor,
  businessId: string,
  options: { onlyActive: boolean; serviceId?: string },
) {
  const rows = await tx
    .select()
    .from(services)
    .where(
      and(
        eq(services.businessId, businessId),
        options.onlyActive ? eq(services.active, true) : undefined,
        options.serviceId ? eq(services.id, options.serviceId) : undefined,
      ),
    )
    .orderBy(asc(services.position), asc(services.createdAt));
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const [categoryRows, imageRows, employeeRows] = await Promise.all([
    tx
      .select({ serviceId: serviceCategories.serviceId, category: bookingCategories })
      .from(serviceCategories)
      .innerJoin(bookingCategories, eq(bookingCategories.id, serviceCategories.categoryId))
      .where(inArray(serviceCategories.serviceId, ids))
      .orderBy(asc(bookingCategories.position), asc(bookingCategories.slug)),
    tx
      .select()
      .from(serviceImages)
      .where(inArray(serviceImages.serviceId, ids))
      .orderBy(asc(serviceImages.position), asc(serviceImages.createdAt)),
    tx
      .select({ serviceId: employeeServices.serviceId, employeeId: employeeServices.employeeId })
      .from(employeeServices)
      .innerJoin(employees, eq(employees.id, employeeServices.employeeId))
      .where(
        and(
          inArray(employeeServices.serviceId, ids),
          options.onlyActive ? eq(employees.active, true) : undefined,
        ),
      )
      .orderBy(asc(employees.position), asc(employees.name)),
  ]);
  return rows.map((row) => ({
    row,
    categories: categoryRows.filter((link) => link.serviceId === row.id),
    images: imageRows
      .filter((image) => image.serviceId === row.id)
      .map((image) => ({
        id: image.id,
        url: publicFileUrl(image.storageKey),
        position: image.position,
      })),
    employeeIds: employeeRows
      .filter((link) => link.serviceId === row.id)
      .map((link) => link.employeeId),
  }));
}

type ServiceWithExtras = Awaited<ReturnType<typeof serviceRowsWithExtras>>[number];

function toPublicService(service: ServiceWithExtras, locale: Locale): TPublicService {
  const { row } = service;
  return {
    id: row.id,
    businessId: row.businessId,
    name: pickLocale(row.name, locale),
    description: pickLocale(row.description, locale),
    durationMinutes: row.durationMinutes,
    priceMinor: row.priceMinor,
    currency: row.currency,
    gender: row.gender,
    bufferAfterMinutes: row.bufferAfterMinutes,
    position: row.position,
    categories: service.categories.map((link) => toCategory(link.category, locale)),
    images: service.images,
    employeeIds: service.employeeIds,
  };
}

function toManagedService(service: ServiceWithExtras, locale: Locale): TManagedService {
  return {
    ...toPublicService(service, locale),
    active: service.row.active,
    translations: { name: service.row.name, description: service.row.description },
    createdAt: service.row.createdAt,
    updatedAt: service.row.updatedAt,
  };
}

export async function listPublicServices(tx: Executor, businessId: string, locale: Locale) {
  const rows = await serviceRowsWithExtras(tx, businessId, { onlyActive: true });
  return rows.map((service) => toPublicService(service, locale));
}

export async function listManagedServices(tx: Executor, businessId: string, locale: Locale) {
  const rows = await serviceRowsWithExtras(tx, businessId, { onlyActive: false });
  return rows.map((service) => toManagedService(service, locale));
}

export async function findManagedService(
  tx: Executor,
  orgId: string,
  serviceId: string,
  locale: Locale,
): Promise<TManagedService> {
  const row = await loadOrgService(tx, orgId, serviceId);
  const [service] = await serviceRowsWithExtras(tx, row.businessId, {
    onlyActive: false,
    serviceId,
  });
  return toManagedService(service!, locale);
}

async function employeeRowsWithServices(
  tx: Executor,
  businessId: string,
  options: { onlyActive: boolean; employeeId?: string },
) {
  const rows = await tx
    .select()
    .from(employees)
    .where(
      and(
        eq(employees.businessId, businessId),
        options.onlyActive ? eq(employees.active, true) : undefined,
        options.employeeId ? eq(employees.id, options.employeeId) : undefined,
      ),
    )
    .orderBy(asc(employees.position), asc(employees.name));
  const ids = rows.map((row) => row.id);
  const links =
    ids.length === 0
      ? []
      : await tx
          .select({
            employeeId: employeeServices.employeeId,
            serviceId: employeeServices.serviceId,
          })
          .from(employeeServices)
          .innerJoin(services, eq(services.id, employeeServices.serviceId))
          .where(
            and(
              inArray(employeeServices.employeeId, ids),
              options.onlyActive ? eq(services.active, true) : undefined,
            ),
          )
          .orderBy(asc(services.position), asc(services.createdAt));
  return rows.map((row) => ({
    row,
    serviceIds: links.filter((link) => link.employeeId === row.id).map((link) => link.serviceId),
  }));
}

type EmployeeWithServices = Awaited<ReturnType<typeof employeeRowsWithServices>>[number];

function toPublicEmployee(employee: EmployeeWithServices, locale: Locale): TPublicEmployee {
  const { row } = employee;
  return {
    id: row.id,
    businessId: row.businessId,
    name: row.name,
    avatarUrl: row.avatarKey ? publicFileUrl(row.avatarKey) : null,
    bio: pickLocale(row.bio, locale),
    position: row.position,
    ratingAverage: row.ratingAverage,
    ratingCount: row.ratingCount,
    serviceIds: employee.serviceIds,
  };
}

function toManagedEmployee(employee: EmployeeWithServices, locale: Locale): TManagedEmployee {
  return {
    ...toPublicEmployee(employee, locale),
    userId: employee.row.userId,
    active: employee.row.active,
    translations: { bio: employee.row.bio },
    createdAt: employee.row.createdAt,
    updatedAt: employee.row.updatedAt,
  };
}

export async function listPublicEmployees(tx: Executor, businessId: string, locale: Locale) {
  const rows = await employeeRowsWithServices(tx, businessId, { onlyActive: true });
  return rows.map((employee) => toPublicEmployee(employee, locale));
}

export async function listManagedEmployees(tx: Executor, businessId: string, locale: Locale) {
  const rows = await employeeRowsWithServices(tx, businessId, { onlyActive: false });
  return rows.map((employee) => toManagedEmployee(employee, locale));
}

export async function findManagedEmployee(
  tx: Executor,
  orgId: string,
  employeeId: string,
  locale: Locale,
): Promise<TManagedEmployee> {
  const row = await loadOrgEmployee(tx, orgId, employeeId);
  const [employee] = await employeeRowsWithServices(tx, row.businessId, {
    onlyActive: false,
    employeeId,
  });
  return toManagedEmployee(employee!, locale);
}
