import { and, eq, inArray, sql } from "drizzle-orm";
import { type Executor, getDb, type Transaction } from "@/db/client";
import { isForeignKeyViolation, isUniqueViolation } from "@/db/errors";
import { memberships } from "@/db/schema";
import {
  employees,
  employeeServices,
  serviceCategories,
  serviceImages,
  services,
} from "@/db/schema/booking";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { assertCan, type OrgContext, withTenant } from "@/lib/tenancy";
import { loadOrgBusiness, loadPublishedBusiness } from "./business-access";
import { assertCategoriesExist } from "./businesses.service";
import {
  findManagedEmployee,
  findManagedService,
  listManagedEmployees,
  listManagedServices,
  listPublicEmployees,
  listPublicServices,
  loadOrgEmployee,
  loadOrgService,
} from "./catalog.queries";
import type {
  TCreateEmployee,
  TCreateService,
  TManagedEmployee,
  TManagedService,
  TPublicEmployee,
  TPublicService,
  TUpdateEmployee,
  TUpdateService,
} from "./catalog.schemas";
import { deleteFilesQuietly } from "./gallery.service";
import { refreshBusinessSearchText } from "./search-text";

type Table = typeof services | typeof employees;

/** Ids that must name rows of this business; others are 422 field errors by position. */
async function assertIdsInBusiness(
  tx: Executor,
  table: Table,
  businessId: string,
  ids: string[],
  field: string,
  messageKey: string,
) {
  if (ids.length === 0) return;
  const found = new Set(
    (
      await tx
        .select({ id: table.id })
        .from(table)
        .where(and(eq(table.businessId, businessId), inArray(table.id, ids)))
    ).map((row) => row.id),
  );
  const errors = Object.fromEntries(
    ids
      .map((id, index) => [index, id] as const)
      .filter(([, id]) => !found.has(id))
      .map(([index]) => [`${field}.${index}`, [messageKey]]),
  );
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

const unique = (ids: string[]) => [...new Set(ids)];

// ---------- reads ----------

export async function listBusinessServices(
  context: OrgContext,
  businessId: string,
  locale: Locale,
): Promise<TManagedService[]> {
  assertCan(context, "bookings.read");
  return withTenant(context, async (tx) => {
    await loadOrgBusiness(tx, context.orgId, businessId);
    return listManagedServices(tx, businessId, locale);
  });
}

export async function getService(
  context: OrgContext,
  serviceId: string,
  locale: Locale,
): Promise<TManagedService> {
  assertCan(context, "bookings.read");
  return withTenant(context, (tx) => findManagedService(tx, context.orgId, serviceId, locale));
}

export async function listBusinessEmployees(
  context: OrgContext,
  businessId: string,
  locale: Locale,
): Promise<TManagedEmployee[]> {
  assertCan(context, "bookings.read");
  return withTenant(context, async (tx) => {
    await loadOrgBusiness(tx, context.orgId, businessId);
    return listManagedEmployees(tx, businessId, locale);
  });
}

export async function getEmployee(
  context: OrgContext,
  employeeId: string,
  locale: Locale,
): Promise<TManagedEmployee> {
  assertCan(context, "bookings.read");
  return withTenant(context, (tx) => findManagedEmployee(tx, context.orgId, employeeId, locale));
}

/** What customers see: active services of a published business (404 for drafts). */
export async function publicServices(idOrSlug: string, locale: Locale): Promise<TPublicService[]> {
  return getDb().transaction(async (tx) => {
    const business = await loadPublishedBusiness(tx, idOrSlug);
    return listPublicServices(tx, business.id, locale);
  });
}

export async function publicEmployees(
  idOrSlug: string,
  locale: Locale,
): Promise<TPublicEmployee[]> {
  return getDb().transaction(async (tx) => {
    const business = await loadPublishedBusiness(tx, idOrSlug);
    return listPublicEmployees(tx, business.id, locale);
  });
}

// ---------- services ----------

async function replaceServiceLinks(
  tx: Executor,
  orgId: string,
  serviceId: string,
  input: { categoryIds?: string[]; employeeIds?: string[] },
) {
  if (input.categoryIds) {
    await tx.delete(serviceCategories).where(eq(serviceCategories.serviceId, serviceId));
    const ids = unique(input.categoryIds);
    if (ids.length > 0) {
      await tx
        .insert(serviceCategories)
        .values(ids.map((categoryId) => ({ orgId, serviceId, categoryId })));
    }
  }
  if (input.employeeIds) {
    await tx.delete(employeeServices).where(eq(employeeServices.serviceId, serviceId));
    const ids = unique(input.employeeIds);
    if (ids.length > 0) {
      await tx
        .insert(employeeServices)
        .values(ids.map((employeeId) => ({ orgId, serviceId, employeeId })));
    }
  }
}

async function validateServiceLinks(
  tx: Executor,
  businessId: string,
  input: { categoryIds?: string[]; employeeIds?: string[] },
) {
  if (input.categoryIds) await assertCategoriesExist(tx, input.categoryIds, "categoryIds");
  if (input.employeeIds) {
    await assertIdsInBusiness(
      tx,
      employees,
      businessId,
      input.employeeIds,
      "employeeIds",
      "booking.catalog.validation.employeeNotFound",
    );
  }
}

/** A new service goes last in the business's list, in its currency unless told otherwise. */
export async function createService(
  context: OrgContext,
  businessId: string,
  input: TCreateService,
  locale: Locale,
): Promise<TManagedService> {
  assertCan(context, "bookings.write");
  const { categoryIds, employeeIds, ...fields } = input;
  return withTenant(context, async (tx) => {
    const business = await loadOrgBusiness(tx, context.orgId, businessId);
    await validateServiceLinks(tx, businessId, { categoryIds, employeeIds });
    const [row] = await tx
      .insert(services)
      .values({
        ...fields,
        orgId: context.orgId,
        businessId,
        currency: fields.currency ?? business.currency,
        position: sql`(select coalesce(max(position) + 1, 0) from booking_services where business_id = ${businessId})`,
      })
      .returning({ id: services.id });
    await replaceServiceLinks(tx, context.orgId, row!.id, { categoryIds, employeeIds });
    await refreshBusinessSearchText(tx, businessId);
    return findManagedService(tx, context.orgId, row!.id, locale);
  });
}

export async function updateService(
  context: OrgContext,
  serviceId: string,
  input: TUpdateService,
  locale: Locale,
): Promise<TManagedService> {
  assertCan(context, "bookings.write");
  const { categoryIds, employeeIds, ...fields } = input;
  return withTenant(context, async (tx) => {
    const current = await loadOrgService(tx, context.orgId, serviceId);
    await validateServiceLinks(tx, current.businessId, { categoryIds, employeeIds });
    if (Object.keys(fields).length > 0) {
      await tx
        .update(services)
        .set({ ...fields, updatedAt: new Date() })
        .where(eq(services.id, serviceId));
    }
    await replaceServiceLinks(tx, context.orgId, serviceId, { categoryIds, employeeIds });
    await refreshBusinessSearchText(tx, current.businessId);
    return findManagedService(tx, context.orgId, serviceId, locale);
  });
}

/**
 * Deletes a service with its links, hours and images; bookings keep their snapshot of it.
 * To stop offering it but keep it around, deactivate it instead.
 */
export async function deleteService(
  context: OrgContext,
  serviceId: string,
): Promise<{ id: string }> {
  assertCan(context, "bookings.write");
  const keys = await withTenant(context, async (tx) => {
    const current = await loadOrgService(tx, context.orgId, serviceId);
    const images = await tx
      .select({ key: serviceImages.storageKey })
      .from(serviceImages)
      .where(eq(serviceImages.serviceId, serviceId));
    await tx.delete(services).where(eq(services.id, serviceId));
    await refreshBusinessSearchText(tx, current.businessId);
    return images.map((image) => image.key);
  });
  await deleteFilesQuietly(keys);
  return { id: serviceId };
}

/** Sets the display order; the list must name every service of the business exactly once. */
export async function orderServices(
  context: OrgContext,
  businessId: string,
  serviceIds: string[],
  locale: Locale,
): Promise<TManagedService[]> {
  assertCan(context, "bookings.write");
  return withTenant(context, async (tx) => {
    await loadOrgBusiness(tx, context.orgId, businessId);
    await reorder(tx, services, businessId, serviceIds, "serviceIds");
    return listManagedServices(tx, businessId, locale);
  });
}

export async function orderEmployees(
  context: OrgContext,
  businessId: string,
  employeeIds: string[],
  locale: Locale,
): Promise<TManagedEmployee[]> {
  assertCan(context, "bookings.write");
  return withTenant(context, async (tx) => {
    await loadOrgBusiness(tx, context.orgId, businessId);
    await reorder(tx, employees, businessId, employeeIds, "employeeIds");
    return listManagedEmployees(tx, businessId, locale);
  });
}

async function reorder(
  tx: Executor,
  table: Table,
  businessId: string,
  ids: string[],
  field: string,
) {
  const existing = (
    await tx.select({ id: table.id }).from(table).where(eq(table.businessId, businessId))
  ).map((row) => row.id);
  const sameSet =
    ids.length === existing.length &&
    new Set(ids).size === ids.length &&
    ids.every((id) => existing.includes(id));
  if (!sameSet)
    throw new ValidationError({ [field]: ["booking.catalog.validation.orderMismatch"] });
  await Promise.all(
    ids.map((id, position) => tx.update(table).set({ position }).where(eq(table.id, id))),
  );
}

// ---------- employees ----------

/** The user behind an employee must be a member of the org (422 otherwise). */
async function assertOrgMember(tx: Executor, orgId: string, userId: string) {
  const [member] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  if (!member) throw new ValidationError({ userId: ["booking.catalog.validation.userNotMember"] });
}

async function replaceEmployeeServices(
  tx: Executor,
  orgId: string,
  employeeId: string,
  serviceIds: string[],
) {
  await tx.delete(employeeServices).where(eq(employeeServices.employeeId, employeeId));
  const ids = unique(serviceIds);
  if (ids.length > 0) {
    await tx
      .insert(employeeServices)
      .values(ids.map((serviceId) => ({ orgId, employeeId, serviceId })));
  }
}

const userAlreadyEmployee = () =>
  new ValidationError({ userId: ["booking.catalog.validation.userAlreadyEmployee"] });

/** In a savepoint, so the unique index's refusal becomes a 422 and the transaction goes on. */
async function writeEmployee<T>(
  tx: Transaction,
  write: (sp: Transaction) => Promise<T>,
): Promise<T> {
  try {
    return await tx.transaction(write);
  } catch (error) {
    if (isUniqueViolation(error, "booking_employees_business_user_key"))
      throw userAlreadyEmployee();
    throw error;
  }
}

export async function createEmployee(
  context: OrgContext,
  businessId: string,
  input: TCreateEmployee,
  locale: Locale,
): Promise<TManagedEmployee> {
  assertCan(context, "bookings.write");
  const { serviceIds, ...fields } = input;
  return withTenant(context, async (tx) => {
    await loadOrgBusiness(tx, context.orgId, businessId);
    if (fields.userId) await assertOrgMember(tx, context.orgId, fields.userId);
    if (serviceIds) {
      await assertIdsInBusiness(
        tx,
        services,
        businessId,
        serviceIds,
        "serviceIds",
        "booking.catalog.validation.serviceNotFound",
      );
    }
    const row = await writeEmployee(tx, async (sp) => {
      const [inserted] = await sp
        .insert(employees)
        .values({
          ...fields,
          orgId: context.orgId,
          businessId,
          position: sql`(select coalesce(max(position) + 1, 0) from booking_employees where business_id = ${businessId})`,
        })
        .returning({ id: employees.id });
      return inserted!;
    });
    await replaceEmployeeServices(tx, context.orgId, row.id, serviceIds ?? []);
    return findManagedEmployee(tx, context.orgId, row.id, locale);
  });
}

export async function updateEmployee(
  context: OrgContext,
  employeeId: string,
  input: TUpdateEmployee,
  locale: Locale,
): Promise<TManagedEmployee> {
  assertCan(context, "bookings.write");
  const { serviceIds, ...fields } = input;
  return withTenant(context, async (tx) => {
    const current = await loadOrgEmployee(tx, context.orgId, employeeId);
    if (fields.userId) await assertOrgMember(tx, context.orgId, fields.userId);
    if (serviceIds) {
      await assertIdsInBusiness(
        tx,
        services,
        current.businessId,
        serviceIds,
        "serviceIds",
        "booking.catalog.validation.serviceNotFound",
      );
    }
    if (Object.keys(fields).length > 0) {
      await writeEmployee(tx, (sp) =>
        sp
          .update(employees)
          .set({ ...fields, updatedAt: new Date() })
          .where(eq(employees.id, employeeId)),
      );
    }
    if (serviceIds) await replaceEmployeeServices(tx, context.orgId, employeeId, serviceIds);
    return findManagedEmployee(tx, context.orgId, employeeId, locale);
  });
}

/**
 * Deletes an employee with their hours and time off. One with bookings keeps them (the
 * database refuses): 409, deactivate them instead.
 */
export async function deleteEmployee(
  context: OrgContext,
  employeeId: string,
): Promise<{ id: string }> {
  assertCan(context, "bookings.write");
  const avatarKey = await withTenant(context, async (tx) => {
    const current = await loadOrgEmployee(tx, context.orgId, employeeId);
    try {
      await tx.transaction((sp) => sp.delete(employees).where(eq(employees.id, employeeId)));
    } catch (error) {
      if (isForeignKeyViolation(error))
        throw new ConflictError("booking.catalog.employeeHasBookings");
      throw error;
    }
    return current.avatarKey;
  });
  await deleteFilesQuietly(avatarKey ? [avatarKey] : []);
  return { id: employeeId };
}
