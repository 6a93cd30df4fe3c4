import { listBusinessEmployees, listBusinessServices } from "@/lib/booking/catalog.service";
import { listBusinessClients } from "@/lib/booking/clients.service";
import type { Locale } from "@/lib/i18n/config";
import type { OrgContext } from "@/lib/tenancy/context";
import type { NewBookingOptions } from "./new-booking-dialog";

/** The choices of the "New booking" dialog: active services and employees, the latest 100 clients. */
export async function loadNewBookingOptions(
  org: OrgContext,
  business: { id: string; timeZone: string },
  locale: Locale,
  defaultDate: string,
): Promise<NewBookingOptions> {
  const [services, employees, clients] = await Promise.all([
    listBusinessServices(org, business.id, locale),
    listBusinessEmployees(org, business.id, locale),
    listBusinessClients(org, business.id, { page: 1, pageSize: 100 }),
  ]);
  return {
    businessId: business.id,
    timeZone: business.timeZone,
    defaultDate,
    services: services
      .filter((service) => service.active)
      .map((service) => ({
        id: service.id,
        name: service.name,
        durationMinutes: service.durationMinutes,
        employeeIds: service.employeeIds,
      })),
    employees: employees
      .filter((employee) => employee.active)
      .map((employee) => ({ id: employee.id, name: employee.name })),
    clients: clients.items.map((client) => ({
      id: client.id,
      name: client.name,
      email: client.email,
      phone: client.phone,
    })),
  };
}
