"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { orgFormAction } from "@/lib/actions/form-action";
import {
  createBusiness,
  deleteBusiness,
  publishBusiness,
  unpublishBusiness,
  updateBusiness,
} from "@/lib/booking/businesses.service";
import {
  createEmployee,
  createService,
  deleteEmployee,
  deleteService,
  orderEmployees,
  orderServices,
  updateEmployee,
  updateService,
} from "@/lib/booking/catalog.service";
import {
  deleteBusinessImage,
  deleteServiceImage,
  orderBusinessImages,
  removeBusinessLogo,
  removeEmployeeAvatar,
  setMainBusinessImage,
} from "@/lib/booking/gallery.service";
import {
  createTimeOff,
  deleteTimeOff,
  setEmployeesHours,
  setHours,
} from "@/lib/booking/hours.service";
import { getTranslator } from "@/lib/i18n/translator";
import {
  ZBatchHoursForm,
  ZBusinessItemRefForm,
  ZBusinessRefForm,
  ZCreateBusinessForm,
  ZCreateEmployeeForm,
  ZCreateServiceForm,
  ZItemRefForm,
  ZOrderForm,
  ZProfileForm,
  ZSetHoursForm,
  ZTimeOffForm,
  ZUpdateEmployeeForm,
  ZUpdateServiceForm,
} from "./forms";

const LIST_PATH = "/manage/bookings/businesses";
const WRITE = "bookings.write";

/** The page of one business (and the list, whose counts and badges change too). */
function refresh(businessId?: string) {
  revalidatePath(LIST_PATH);
  if (businessId) revalidatePath(`${LIST_PATH}/${businessId}`);
}

const say = (locale: "en" | "sq", key: string, values?: Record<string, string | number>) =>
  getTranslator(locale, "bookingCatalogUi.toast")(key, values);

// ── Business ────────────────────────────────────────────────────────────────

/** Creates a draft and opens its page (a redirect, so there is no success state). */
export const createBusinessAction = orgFormAction(
  WRITE,
  ZCreateBusinessForm,
  async (input, { org, locale }) => {
    const business = await createBusiness(org, input, locale);
    refresh();
    redirect(`${LIST_PATH}/${business.id}?created=1`);
  },
);

export const updateProfileAction = orgFormAction(
  WRITE,
  ZProfileForm,
  async ({ businessId, ...input }, { org, locale }) => {
    const business = await updateBusiness(org, businessId, input, locale);
    refresh(businessId);
    return { data: business, message: say(locale, "profileSaved") };
  },
);

export const publishBusinessAction = orgFormAction(
  WRITE,
  ZBusinessRefForm,
  async ({ businessId }, { org, locale }) => {
    const business = await publishBusiness(org, businessId, locale);
    refresh(businessId);
    return { data: business, message: say(locale, "published") };
  },
);

export const unpublishBusinessAction = orgFormAction(
  WRITE,
  ZBusinessRefForm,
  async ({ businessId }, { org, locale }) => {
    const business = await unpublishBusiness(org, businessId, locale);
    refresh(businessId);
    return { data: business, message: say(locale, "unpublished") };
  },
);

export const deleteBusinessAction = orgFormAction(
  WRITE,
  ZItemRefForm,
  async ({ id }, { org, locale }) => {
    const deleted = await deleteBusiness(org, id);
    refresh();
    return { data: deleted, message: say(locale, "businessDeleted") };
  },
);

// ── Services ────────────────────────────────────────────────────────────────

export const createServiceAction = orgFormAction(
  WRITE,
  ZCreateServiceForm,
  async ({ businessId, ...input }, { org, locale }) => {
    const service = await createService(org, businessId, input, locale);
    refresh(businessId);
    return { data: service, message: say(locale, "serviceSaved") };
  },
);

export const updateServiceAction = orgFormAction(
  WRITE,
  ZUpdateServiceForm,
  async ({ serviceId, ...input }, { org, locale }) => {
    const service = await updateService(org, serviceId, input, locale);
    refresh(service.businessId);
    return { data: service, message: say(locale, "serviceSaved") };
  },
);

export const deleteServiceAction = orgFormAction(
  WRITE,
  ZItemRefForm,
  async ({ id }, { org, locale }) => {
    const deleted = await deleteService(org, id);
    refresh();
    revalidatePath(`${LIST_PATH}/[id]`, "page");
    return { data: deleted, message: say(locale, "serviceDeleted") };
  },
);

export const orderServicesAction = orgFormAction(
  WRITE,
  ZOrderForm,
  async ({ businessId, ids }, { org, locale }) => {
    const ordered = await orderServices(org, businessId, ids, locale);
    refresh(businessId);
    return { data: ordered.map((service) => service.id), message: say(locale, "orderSaved") };
  },
);

export const deleteServiceImageAction = orgFormAction(
  WRITE,
  ZBusinessItemRefForm.extend({ imageId: ZItemRefForm.shape.id }),
  async ({ id, imageId, businessId }, { org, locale }) => {
    const service = await deleteServiceImage(org, id, imageId, locale);
    refresh(businessId);
    return { data: service, message: say(locale, "imageDeleted") };
  },
);

// ── Employees ───────────────────────────────────────────────────────────────

export const createEmployeeAction = orgFormAction(
  WRITE,
  ZCreateEmployeeForm,
  async ({ businessId, ...input }, { org, locale }) => {
    const employee = await createEmployee(org, businessId, input, locale);
    refresh(businessId);
    return { data: employee, message: say(locale, "employeeSaved") };
  },
);

export const updateEmployeeAction = orgFormAction(
  WRITE,
  ZUpdateEmployeeForm,
  async ({ employeeId, ...input }, { org, locale }) => {
    const employee = await updateEmployee(org, employeeId, input, locale);
    refresh(employee.businessId);
    return { data: employee, message: say(locale, "employeeSaved") };
  },
);

export const deleteEmployeeAction = orgFormAction(
  WRITE,
  ZItemRefForm,
  async ({ id }, { org, locale }) => {
    const deleted = await deleteEmployee(org, id);
    refresh();
    revalidatePath(`${LIST_PATH}/[id]`, "page");
    return { data: deleted, message: say(locale, "employeeDeleted") };
  },
);

export const orderEmployeesAction = orgFormAction(
  WRITE,
  ZOrderForm,
  async ({ businessId, ids }, { org, locale }) => {
    const ordered = await orderEmployees(org, businessId, ids, locale);
    refresh(businessId);
    return { data: ordered.map((employee) => employee.id), message: say(locale, "orderSaved") };
  },
);

export const removeEmployeeAvatarAction = orgFormAction(
  WRITE,
  ZBusinessItemRefForm,
  async ({ id, businessId }, { org, locale }) => {
    const employee = await removeEmployeeAvatar(org, id, locale);
    refresh(businessId);
    return { data: employee, message: say(locale, "avatarRemoved") };
  },
);

// ── Hours and time off ──────────────────────────────────────────────────────

export const setHoursAction = orgFormAction(
  WRITE,
  ZSetHoursForm,
  async ({ businessId, ...input }, { org, locale }) => {
    const hours = await setHours(org, businessId, input);
    refresh(businessId);
    return { data: hours, message: say(locale, "hoursSaved") };
  },
);

export const setEmployeesHoursAction = orgFormAction(
  WRITE,
  ZBatchHoursForm,
  async ({ businessId, ...input }, { org, locale }) => {
    const hours = await setEmployeesHours(org, businessId, input);
    refresh(businessId);
    return {
      data: hours,
      message: say(locale, "batchHoursSaved", { count: new Set(input.employeeIds).size }),
    };
  },
);

export const createTimeOffAction = orgFormAction(
  WRITE,
  ZTimeOffForm,
  async ({ businessId, ...input }, { org, locale }) => {
    const created = await createTimeOff(org, businessId, input);
    refresh(businessId);
    return { data: created, message: say(locale, "timeOffAdded") };
  },
);

export const deleteTimeOffAction = orgFormAction(
  WRITE,
  ZItemRefForm,
  async ({ id }, { org, locale }) => {
    const deleted = await deleteTimeOff(org, id);
    revalidatePath(`${LIST_PATH}/[id]`, "page");
    return { data: deleted, message: say(locale, "timeOffDeleted") };
  },
);

// ── Gallery and logo (uploads go to the REST API: files are larger than an action takes) ──

export const setMainImageAction = orgFormAction(
  WRITE,
  ZBusinessItemRefForm,
  async ({ businessId, id }, { org, locale }) => {
    const gallery = await setMainBusinessImage(org, businessId, id);
    refresh(businessId);
    return { data: gallery, message: say(locale, "mainImageSet") };
  },
);

export const deleteImageAction = orgFormAction(
  WRITE,
  ZBusinessItemRefForm,
  async ({ businessId, id }, { org, locale }) => {
    const gallery = await deleteBusinessImage(org, businessId, id);
    refresh(businessId);
    return { data: gallery, message: say(locale, "imageDeleted") };
  },
);

export const orderImagesAction = orgFormAction(
  WRITE,
  ZOrderForm,
  async ({ businessId, ids }, { org, locale }) => {
    const gallery = await orderBusinessImages(org, businessId, ids);
    refresh(businessId);
    return { data: gallery.map((image) => image.id), message: say(locale, "orderSaved") };
  },
);

export const removeLogoAction = orgFormAction(
  WRITE,
  ZBusinessRefForm,
  async ({ businessId }, { org, locale }) => {
    const business = await removeBusinessLogo(org, businessId, locale);
    refresh(businessId);
    return { data: business, message: say(locale, "logoRemoved") };
  },
);
