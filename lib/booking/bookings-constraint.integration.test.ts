import { describe, expect, it, vi } from "vitest";
import * as myBookingsRoute from "@/app/api/v1/bookings/route";
import { callApi } from "@/lib/testing/api";
import { signedInUser } from "@/lib/testing/factories";
import { bookingBusiness } from "./booking.testing";
import { allBookingsOf, minutesAfter, startIn } from "./bookings.testing";
import * as availability from "./availability";

// The slot check can lose a race it cannot see (another transaction's uncommitted booking):
// here it is made to say "free" for a taken time, so the exclusion constraint has to refuse.
vi.mock("./availability", async (importOriginal) => {
  const original = await importOriginal<typeof availability>();
  return { ...original, checkSlot: vi.fn(original.checkSlot) };
});

describe("the exclusion constraint behind the slot check", () => {
  it("turns an overlapping insert (SQLSTATE 23P01) into 409 with fresh availability", async () => {
    const setup = await bookingBusiness();
    const [first, second] = await Promise.all([signedInUser(), signedInUser()]);
    const startsAt = startIn(10, "09:00");
    const body = {
      businessId: setup.business.id,
      serviceIds: [setup.services.cut.id],
      employeeId: setup.employees.ana.id,
      startsAt,
    };
    expect((await callApi(myBookingsRoute.POST, { token: first.token, body })).status).toBe(201);

    vi.mocked(availability.checkSlot).mockResolvedValueOnce({
      employeeId: setup.employees.ana.id,
      endsAt: new Date(minutesAfter(startsAt, 30)),
      occupiedUntil: new Date(minutesAfter(startsAt, 40)),
    });
    const refused = await callApi(myBookingsRoute.POST, { token: second.token, body });
    expect(refused.status).toBe(409);
    expect(refused.body.status).toBe("error");
    expect(refused.body.data.availability.employees.length).toBe(1);
    expect(await allBookingsOf(setup.business.id)).toHaveLength(1);
  });
});
