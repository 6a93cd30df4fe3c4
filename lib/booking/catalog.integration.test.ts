import { describe, expect, it } from "vitest";
import { GET as publicEmployeesApi } from "@/app/api/v1/businesses/[idOrSlug]/employees/route";
import { GET as publicServicesApi } from "@/app/api/v1/businesses/[idOrSlug]/services/route";
import { PUT as orderEmployeesApi } from "@/app/api/v1/manage/businesses/[id]/employees/order/route";
import {
  GET as listEmployeesApi,
  POST as createEmployeeApi,
} from "@/app/api/v1/manage/businesses/[id]/employees/route";
import { PUT as orderServicesApi } from "@/app/api/v1/manage/businesses/[id]/services/order/route";
import {
  GET as listServicesApi,
  POST as createServiceApi,
} from "@/app/api/v1/manage/businesses/[id]/services/route";
import {
  DELETE as deleteEmployeeApi,
  GET as getEmployeeApi,
  PATCH as updateEmployeeApi,
} from "@/app/api/v1/manage/employees/[id]/route";
import {
  DELETE as deleteServiceApi,
  GET as getServiceApi,
  PATCH as updateServiceApi,
} from "@/app/api/v1/manage/services/[id]/route";
import { bookings } from "@/db/schema/booking";
import { callApi } from "@/lib/testing/api";
import { createUser } from "@/lib/testing/factories";
import { withSystemScope } from "@/lib/tenancy/scope";
import { bookingBusiness, bookingCategory } from "./booking.testing";
import { snapshotCatalog } from "./catalog.testing";

describe("services", () => {
  it("adds a service last, in the business's currency, with categories and who performs it", async () => {
    const { org, team, business, employees } = await bookingBusiness();
    const nails = await bookingCategory({ en: "Nails", sq: "Thonj" });
    const created = await callApi(createServiceApi, {
      token: team.manager.token,
      orgId: org.id,
      params: { id: business.id },
      body: {
        name: { en: "Manicure", sq: "Manikyr" },
        description: { en: "Shape and polish" },
        durationMinutes: 45,
        priceMinor: 2000,
        gender: "female",
        bufferAfterMinutes: 5,
        categoryIds: [nails.id],
        employeeIds: [employees.ana.id],
      },
      headers: { "accept-language": "sq" },
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      businessId: business.id,
      name: "Manikyr",
      // No Albanian description: English is the fallback.
      description: "Shape and polish",
      translations: {
        name: { en: "Manicure", sq: "Manikyr" },
        description: { en: "Shape and polish" },
      },
      currency: "EUR",
      position: 2,
      active: true,
      categories: [{ id: nails.id, name: "Thonj" }],
      employeeIds: [employees.ana.id],
    });

    const fetched = await callApi(getServiceApi, {
      token: team.member.token,
      orgId: org.id,
      params: { id: created.body.data.id },
    });
    expect(fetched.body.data.name).toBe("Manicure");
  });

  it("updates, reorders, deactivates and deletes services; customers see active ones only", async () => {
    const { org, team, business, services, employees } = await bookingBusiness();
    const as = { token: team.owner.token, orgId: org.id };
    const updated = await callApi(updateServiceApi, {
      ...as,
      params: { id: services.color.id },
      body: { priceMinor: 4500, employeeIds: [employees.ben.id] },
    });
    expect(updated.body.data).toMatchObject({ priceMinor: 4500, employeeIds: [employees.ben.id] });

    const ordered = await callApi(orderServicesApi, {
      ...as,
      params: { id: business.id },
      body: { serviceIds: [services.color.id, services.cut.id] },
    });
    expect(ordered.body.data.map((service: { id: string }) => service.id)).toEqual([
      services.color.id,
      services.cut.id,
    ]);

    await callApi(updateServiceApi, {
      ...as,
      params: { id: services.cut.id },
      body: { active: false },
    });
    const publicList = await callApi(publicServicesApi, { params: { idOrSlug: business.slug } });
    expect(publicList.body.data.map((service: { id: string }) => service.id)).toEqual([
      services.color.id,
    ]);
    const managed = await callApi(listServicesApi, { ...as, params: { id: business.id } });
    expect(managed.body.data).toHaveLength(2);

    const deleted = await callApi(deleteServiceApi, { ...as, params: { id: services.cut.id } });
    expect(deleted.status).toBe(200);
    expect((await snapshotCatalog(business.id)).services.map((row) => row.id)).toEqual([
      services.color.id,
    ]);
  });

  it("answers 422 with field errors and changes nothing for bad input", async () => {
    const { org, team, business, services } = await bookingBusiness();
    const other = await bookingBusiness();
    const before = await snapshotCatalog(business.id);
    const as = { token: team.owner.token, orgId: org.id };
    const bad = await callApi(createServiceApi, {
      ...as,
      params: { id: business.id },
      body: { name: { en: "" }, durationMinutes: 2, priceMinor: -1, gender: "other" },
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual([
      "durationMinutes",
      "gender",
      "name.en",
      "priceMinor",
    ]);
    const foreignEmployee = await callApi(updateServiceApi, {
      ...as,
      params: { id: services.cut.id },
      body: { priceMinor: 1, employeeIds: [other.employees.ana.id] },
    });
    expect(foreignEmployee.status).toBe(422);
    expect(foreignEmployee.body.errors).toEqual({
      "employeeIds.0": ["This employee doesn't belong to the business."],
    });
    const partialOrder = await callApi(orderServicesApi, {
      ...as,
      params: { id: business.id },
      body: { serviceIds: [services.cut.id] },
    });
    expect(partialOrder.status).toBe(422);
    expect(await snapshotCatalog(business.id)).toEqual(before);
  });
});

describe("employees", () => {
  it("adds an employee linked to an org member, with the services they perform", async () => {
    const { org, team, business, services } = await bookingBusiness();
    const created = await callApi(createEmployeeApi, {
      token: team.manager.token,
      orgId: org.id,
      params: { id: business.id },
      body: {
        name: "Drita",
        userId: team.worker.user.id,
        bio: { en: "Colorist", sq: "Koloriste" },
        serviceIds: [services.color.id],
      },
      headers: { "accept-language": "sq" },
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      name: "Drita",
      userId: team.worker.user.id,
      bio: "Koloriste",
      translations: { bio: { en: "Colorist", sq: "Koloriste" } },
      serviceIds: [services.color.id],
      position: 2,
      active: true,
    });

    const again = await callApi(createEmployeeApi, {
      token: team.manager.token,
      orgId: org.id,
      params: { id: business.id },
      body: { name: "Drita again", userId: team.worker.user.id },
    });
    expect(again.status).toBe(422);
    expect(again.body.errors).toEqual({
      userId: ["This person is already an employee of the business."],
    });
  });

  it("refuses a user who is not a member of the org, or another business's services (422, nothing changed)", async () => {
    const { org, team, business, employees } = await bookingBusiness();
    const other = await bookingBusiness();
    const stranger = await createUser();
    const before = await snapshotCatalog(business.id);
    const as = { token: team.owner.token, orgId: org.id };
    const notMember = await callApi(createEmployeeApi, {
      ...as,
      params: { id: business.id },
      body: { name: "Stranger", userId: stranger.id },
    });
    expect(notMember.status).toBe(422);
    expect(notMember.body.errors).toEqual({
      userId: ["This person is not a member of your organization."],
    });
    const otherOrgsMember = await callApi(updateEmployeeApi, {
      ...as,
      params: { id: employees.ana.id },
      body: { userId: other.team.manager.user.id },
    });
    expect(otherOrgsMember.status).toBe(422);
    const foreignService = await callApi(updateEmployeeApi, {
      ...as,
      params: { id: employees.ana.id },
      body: { name: "Ana", serviceIds: [other.services.cut.id] },
    });
    expect(foreignService.body.errors).toEqual({
      "serviceIds.0": ["This service doesn't belong to the business."],
    });
    const blank = await callApi(createEmployeeApi, {
      ...as,
      params: { id: business.id },
      body: { name: "", active: "yes" },
    });
    expect(Object.keys(blank.body.errors).sort()).toEqual(["active", "name"]);
    expect(await snapshotCatalog(business.id)).toEqual(before);
  });

  it("updates services they perform, reorders, and hides inactive employees from customers", async () => {
    const { org, team, business, services, employees } = await bookingBusiness();
    const as = { token: team.owner.token, orgId: org.id };
    const updated = await callApi(updateEmployeeApi, {
      ...as,
      params: { id: employees.ben.id },
      body: { serviceIds: [services.cut.id] },
    });
    expect(updated.body.data.serviceIds).toEqual([services.cut.id]);

    const ordered = await callApi(orderEmployeesApi, {
      ...as,
      params: { id: business.id },
      body: { employeeIds: [employees.ben.id, employees.ana.id] },
    });
    expect(ordered.body.data.map((employee: { id: string }) => employee.id)).toEqual([
      employees.ben.id,
      employees.ana.id,
    ]);

    await callApi(updateEmployeeApi, {
      ...as,
      params: { id: employees.ana.id },
      body: { active: false },
    });
    const publicList = await callApi(publicEmployeesApi, { params: { idOrSlug: business.id } });
    expect(publicList.body.data).toEqual([
      expect.objectContaining({ id: employees.ben.id, serviceIds: [services.cut.id] }),
    ]);
    expect(publicList.body.data[0]).not.toHaveProperty("userId");
    const publicServices = await callApi(publicServicesApi, { params: { idOrSlug: business.id } });
    expect(publicServices.body.data[0].employeeIds).toEqual([employees.ben.id]);

    const managed = await callApi(listEmployeesApi, { ...as, params: { id: business.id } });
    expect(managed.body.data).toHaveLength(2);
  });

  it("deletes an employee without bookings; one with bookings answers 409", async () => {
    const { org, team, business, employees } = await bookingBusiness();
    await withSystemScope((tx) =>
      tx.insert(bookings).values({
        orgId: org.id,
        businessId: business.id,
        customerId: team.member.user.id,
        employeeId: employees.ana.id,
        startsAt: new Date("2030-01-07T09:00:00Z"),
        endsAt: new Date("2030-01-07T09:30:00Z"),
        occupiedUntil: new Date("2030-01-07T09:40:00Z"),
        status: "completed",
        totalPriceMinor: 1500,
        currency: "EUR",
      }),
    );
    const as = { token: team.owner.token, orgId: org.id };
    const refused = await callApi(deleteEmployeeApi, { ...as, params: { id: employees.ana.id } });
    expect(refused.status).toBe(409);
    const deleted = await callApi(deleteEmployeeApi, { ...as, params: { id: employees.ben.id } });
    expect(deleted.status).toBe(200);
    expect((await snapshotCatalog(business.id)).employees.map((row) => row.id)).toEqual([
      employees.ana.id,
    ]);
  });
});

describe("tenancy", () => {
  it("answers 404 for another org's business, services and employees on every endpoint, changing nothing", async () => {
    const mine = await bookingBusiness();
    const theirs = await bookingBusiness();
    const before = await snapshotCatalog(theirs.business.id);
    const as = { token: mine.team.owner.token, orgId: mine.org.id };
    const businessId = { id: theirs.business.id };
    const serviceId = { id: theirs.services.cut.id };
    const employeeId = { id: theirs.employees.ana.id };
    const attempts = [
      [listServicesApi, businessId, undefined],
      [createServiceApi, businessId, { name: { en: "X" }, durationMinutes: 30, priceMinor: 1 }],
      [
        orderServicesApi,
        businessId,
        { serviceIds: [theirs.services.color.id, theirs.services.cut.id] },
      ],
      [getServiceApi, serviceId, undefined],
      [updateServiceApi, serviceId, { priceMinor: 1 }],
      [deleteServiceApi, serviceId, undefined],
      [listEmployeesApi, businessId, undefined],
      [createEmployeeApi, businessId, { name: "X" }],
      [
        orderEmployeesApi,
        businessId,
        { employeeIds: [theirs.employees.ben.id, theirs.employees.ana.id] },
      ],
      [getEmployeeApi, employeeId, undefined],
      [updateEmployeeApi, employeeId, { name: "X" }],
      [deleteEmployeeApi, employeeId, undefined],
    ] as const;
    for (const [handler, params, body] of attempts) {
      const response = await callApi(handler, { ...as, params, body });
      expect(response.status, `${handler.contract?.method} ${handler.contract?.path}`).toBe(404);
    }
    expect(await snapshotCatalog(theirs.business.id)).toEqual(before);
  });

  it("answers 401 without a token", async () => {
    const { org, business, services } = await bookingBusiness();
    expect(
      (await callApi(listServicesApi, { orgId: org.id, params: { id: business.id } })).status,
    ).toBe(401);
    expect(
      (
        await callApi(updateServiceApi, {
          orgId: org.id,
          params: { id: services.cut.id },
          body: { priceMinor: 1 },
        })
      ).status,
    ).toBe(401);
  });
});
