import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as smsUsageRoute from "@/app/api/v1/staffing/reports/sms-usage/route";
import { getDb } from "@/db/client";
import { messages, organizations } from "@/db/schema";
import { callApi } from "@/lib/testing/api";
import { withSystemScope } from "@/lib/tenancy/scope";
import { staffingOrg } from "./events.testing";
import { getSmsUsage } from "./reports-sms.queries";

type Setup = Awaited<ReturnType<typeof staffingOrg>>;
type Status = (typeof messages.$inferInsert)["status"];

async function logSms(
  orgId: string | null,
  at: string,
  template: string,
  status: Status,
  segments: number,
  channel: "sms" | "email" = "sms",
) {
  await getDb()
    .insert(messages)
    .values({
      orgId,
      channel,
      recipient: channel === "sms" ? "+14155550100" : "someone@example.com",
      template,
      locale: "en",
      status,
      metadata: { segments, encoding: "GSM-7" },
      createdAt: new Date(at),
    });
}

let setup: Setup;
let other: Setup;
let manager: { token: string; orgId: string };

beforeAll(async () => {
  setup = await staffingOrg();
  other = await staffingOrg("Rival Crew");
  await withSystemScope((tx) =>
    tx
      .update(organizations)
      .set({ timeZone: "America/New_York" })
      .where(eq(organizations.id, setup.org.id)),
  );
  const orgId = setup.org.id;
  // 23:30 on the 29th in New York, though the 30th in UTC.
  await logSms(orgId, "2026-11-30T04:30:00Z", "staffing-request", "sent", 1);
  await logSms(orgId, "2026-11-30T05:30:00Z", "staffing-request", "delivered", 2);
  await logSms(orgId, "2026-11-30T15:00:00Z", "staffing-consent", "queued", 1);
  await logSms(orgId, "2026-11-30T16:00:00Z", "staffing-request", "failed", 1);
  await logSms(orgId, "2026-12-01T12:00:00Z", "staffing-confirmed", "delivered", 3);
  await logSms(orgId, "2026-12-15T12:00:00Z", "staffing-request", "sent", 1);
  // Not SMS, not this org, or no org at all: never counted.
  await logSms(orgId, "2026-11-30T15:00:00Z", "invitation", "sent", 1, "email");
  await logSms(other.org.id, "2026-11-30T15:00:00Z", "staffing-request", "sent", 4);
  await logSms(null, "2026-11-30T15:00:00Z", "phone-code", "sent", 1);
  manager = { token: setup.team.manager.token, orgId: setup.org.id };
});

describe("SMS usage", () => {
  it("counts messages and segments per day of the org's zone, template and status", async () => {
    const answer = await callApi(smsUsageRoute.GET, {
      ...manager,
      query: { from: "2026-11-29", to: "2026-12-01", groupBy: "day" },
    });
    expect(answer.status).toBe(200);
    const usage = answer.body.data;
    expect(usage).toMatchObject({
      from: "2026-11-29",
      to: "2026-12-01",
      groupBy: "day",
      timeZone: "America/New_York",
    });
    expect(usage.rows).toEqual([
      {
        period: "2026-11-29",
        template: "staffing-request",
        status: "sent",
        messages: 1,
        segments: 1,
      },
      {
        period: "2026-11-30",
        template: "staffing-consent",
        status: "queued",
        messages: 1,
        segments: 1,
      },
      {
        period: "2026-11-30",
        template: "staffing-request",
        status: "delivered",
        messages: 1,
        segments: 2,
      },
      {
        period: "2026-11-30",
        template: "staffing-request",
        status: "failed",
        messages: 1,
        segments: 1,
      },
      {
        period: "2026-12-01",
        template: "staffing-confirmed",
        status: "delivered",
        messages: 1,
        segments: 3,
      },
    ]);
    expect(usage.periods).toEqual([
      { period: "2026-11-29", messages: 1, segments: 1, failed: 0 },
      { period: "2026-11-30", messages: 3, segments: 4, failed: 1 },
      { period: "2026-12-01", messages: 1, segments: 3, failed: 0 },
    ]);
    expect(usage.templates).toEqual([
      { template: "staffing-request", messages: 3, segments: 4, failed: 1 },
      { template: "staffing-confirmed", messages: 1, segments: 3, failed: 0 },
      { template: "staffing-consent", messages: 1, segments: 1, failed: 0 },
    ]);
    expect(usage.totals).toEqual({ messages: 5, segments: 8, failed: 1 });
  });

  it("groups by month, and the other org sees only its own texts", async () => {
    const monthly = await callApi(smsUsageRoute.GET, {
      ...manager,
      query: { from: "2026-11-01", to: "2026-12-31", groupBy: "month" },
    });
    expect(monthly.body.data.periods).toEqual([
      { period: "2026-11", messages: 4, segments: 5, failed: 1 },
      { period: "2026-12", messages: 2, segments: 4, failed: 0 },
    ]);
    expect(monthly.body.data.totals).toEqual({ messages: 6, segments: 9, failed: 1 });

    const theirs = await callApi(smsUsageRoute.GET, {
      token: other.team.owner.token,
      orgId: other.org.id,
      query: { from: "2026-11-01", to: "2026-12-31", groupBy: "month" },
    });
    expect(theirs.status).toBe(200);
    expect(theirs.body.data.timeZone).toBe("UTC");
    expect(theirs.body.data.rows).toEqual([
      { period: "2026-11", template: "staffing-request", status: "sent", messages: 1, segments: 4 },
    ]);
    // Asking with the first org's id but the second org's membership changes nothing.
    const forged = await callApi(smsUsageRoute.GET, {
      token: other.team.owner.token,
      orgId: setup.org.id,
      query: { from: "2026-11-01", to: "2026-12-31" },
    });
    expect(forged.status).toBe(404);
  });

  it("defaults to the last 30 days or 12 months on the org's calendar, empty when quiet", async () => {
    const context = {
      orgId: setup.org.id,
      userId: setup.team.manager.user.id,
      role: "manager" as const,
      membershipId: setup.team.manager.membershipId,
    };
    // 02:00 UTC on 2 December is still 1 December in New York.
    const now = new Date("2026-12-02T02:00:00Z");
    const daily = await getSmsUsage(context, { groupBy: "day" }, now);
    expect(daily).toMatchObject({ from: "2026-11-02", to: "2026-12-01" });
    expect(daily.totals.messages).toBe(5);
    const monthly = await getSmsUsage(context, { groupBy: "month" }, now);
    expect(monthly).toMatchObject({ from: "2026-01-01", to: "2026-12-01" });
    const quiet = await getSmsUsage(context, {
      from: "2025-01-01",
      to: "2025-01-31",
      groupBy: "day",
    });
    expect(quiet).toMatchObject({
      rows: [],
      periods: [],
      templates: [],
      totals: { messages: 0, segments: 0, failed: 0 },
    });
  });

  it("answers 422 for a bad range, 403 to stewards and workers, 401 without a token", async () => {
    const backwards = await callApi(smsUsageRoute.GET, {
      ...manager,
      query: { from: "2026-12-01", to: "2026-11-01" },
    });
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors).toEqual({
      to: ["The end date must be on or after the start date."],
    });
    const tooLong = await callApi(smsUsageRoute.GET, {
      ...manager,
      query: { from: "2024-01-01", to: "2026-11-01" },
    });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.errors).toHaveProperty("from");
    const badGroup = await callApi(smsUsageRoute.GET, { ...manager, query: { groupBy: "week" } });
    expect(badGroup.status).toBe(422);
    expect(badGroup.body.errors).toHaveProperty("groupBy");

    for (const role of ["steward", "worker", "member"] as const) {
      const refused = await callApi(smsUsageRoute.GET, {
        token: setup.team[role].token,
        orgId: setup.org.id,
      });
      expect(refused.status).toBe(403);
    }
    expect((await callApi(smsUsageRoute.GET, { orgId: setup.org.id })).status).toBe(401);
    expect(
      (await callApi(smsUsageRoute.GET, { token: setup.team.owner.token, orgId: setup.org.id }))
        .status,
    ).toBe(200);
  });
});
