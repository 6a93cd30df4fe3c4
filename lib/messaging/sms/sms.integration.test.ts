import { eq } from "drizzle-orm";
import { http, HttpResponse } from "msw";
import twilio from "twilio";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as inboundWebhook } from "@/app/api/webhooks/twilio/inbound/route";
import { POST as statusWebhook } from "@/app/api/webhooks/twilio/status/route";
import { getDb, getSql } from "@/db/client";
import { messages, smsOptOuts } from "@/db/schema";
import { DEVELOPMENT_TWILIO_AUTH_TOKEN, forgetEnv } from "@/lib/config/env";
import { RateLimitError, ValidationError } from "@/lib/errors";
import { BOSS_SCHEMA } from "@/lib/jobs/boss";
import { interceptExternalHttp } from "@/lib/testing/external-http";
import { optOut } from "./opt-outs";
import { deliverSms } from "./queue";
import { sendSms } from "./send";

const ACCOUNT = "AC00000000000000000000000000000001";
const twilioCalls: URLSearchParams[] = [];
// The real Twilio SDK, answered by a local interceptor instead of api.twilio.com.
const server = interceptExternalHttp(
  http.post(
    `https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT}/Messages.json`,
    async ({ request }) => {
      const form = new URLSearchParams(await request.text());
      twilioCalls.push(form);
      return HttpResponse.json(
        {
          sid: `SM${twilioCalls.length.toString().padStart(32, "0")}`,
          status: "queued",
          to: form.get("To"),
        },
        { status: 201 },
      );
    },
  ),
);

beforeAll(() => server.listen());
afterEach(() => {
  vi.unstubAllEnvs();
  forgetEnv();
  twilioCalls.length = 0;
});
afterAll(() => server.close());

const attempt = { id: "job", retryCount: 0 };
const useTwilio = () => {
  vi.stubEnv("TWILIO_ACCOUNT_SID", ACCOUNT);
  vi.stubEnv("TWILIO_AUTH_TOKEN", "test-auth-token-123");
  vi.stubEnv("TWILIO_FROM_NUMBER", "+15005550006");
  forgetEnv();
};
const text = (
  to: string,
  body = "Are you available Friday 18:00? Answer: https://cb.example/r/x",
) => sendSms({ to, body, template: "test", locale: "en" });

async function message(id: string) {
  const [row] = await getDb().select().from(messages).where(eq(messages.id, id));
  return row!;
}

/** A webhook request signed the way Twilio signs it (or with a wrong signature). */
function twilioRequest(
  path: string,
  params: Record<string, string>,
  token = DEVELOPMENT_TWILIO_AUTH_TOKEN,
) {
  const signature = twilio.getExpectedTwilioSignature(
    token,
    `http://localhost:3000${path}`,
    params,
  );
  return new Request(`http://internal${path}`, {
    method: "POST",
    body: new URLSearchParams(params).toString(),
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-twilio-signature": signature,
    },
  });
}

describe("sending SMS", () => {
  it("normalizes the number, counts segments and queues the job", async () => {
    const result = await text("+1 (415) 555-2671");
    expect(result).toMatchObject({ status: "queued", to: "+14155552671", segments: 1 });
    const row = await message(result.messageId);
    expect(row).toMatchObject({ channel: "sms", recipient: "+14155552671", status: "queued" });
    expect(row.metadata).toEqual({ segments: 1, encoding: "GSM-7" });
    const jobs = await getSql().unsafe(
      `select 1 from ${BOSS_SCHEMA}.job where name = 'sms' and data->>'messageId' = $1`,
      [result.messageId],
    );
    expect(jobs).toHaveLength(1);
  });

  it("refuses a number that is not a phone number", async () => {
    const error = await text("12345").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ to: ["validation.phone"] });
  });

  it("sends nothing to a number that opted out, before or after queueing", async () => {
    useTwilio();
    const queuedBeforeStop = await text("+14155550101");
    await optOut("+14155550101", "STOP");

    const afterStop = await text("+14155550101");
    expect(afterStop.status).toBe("opted-out");
    expect(await message(afterStop.messageId)).toMatchObject({ status: "failed" });

    await deliverSms(queuedBeforeStop.messageId, attempt);
    expect(await message(queuedBeforeStop.messageId)).toMatchObject({
      status: "failed",
      error: "The recipient opted out (STOP).",
    });
    expect(twilioCalls).toHaveLength(0);
  });

  it("caps texts per recipient per day", async () => {
    vi.stubEnv("SMS_DAILY_LIMIT_PER_RECIPIENT", "2");
    forgetEnv();
    await text("+14155550102");
    await text("+14155550102");
    const error = await text("+14155550102").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(await text("+14155550103")).toMatchObject({ status: "queued" });
  });

  it("sends through the Twilio SDK with a status callback, once", async () => {
    useTwilio();
    const { messageId } = await text("+14155550104", "Shift tomorrow 08:00 – reply YES or NO");
    await deliverSms(messageId, attempt);
    await deliverSms(messageId, attempt);

    expect(twilioCalls).toHaveLength(1);
    expect(Object.fromEntries(twilioCalls[0]!)).toMatchObject({
      To: "+14155550104",
      From: "+15005550006",
      Body: "Shift tomorrow 08:00 – reply YES or NO",
      StatusCallback: "http://localhost:3000/api/webhooks/twilio/status",
    });
    expect(await message(messageId)).toMatchObject({ status: "sent", provider: "twilio" });
  });

  it("delivers to the outbox without Twilio settings", async () => {
    const { messageId } = await text("+14155550105");
    await deliverSms(messageId, attempt);
    expect(await message(messageId)).toMatchObject({ status: "sent", provider: "outbox" });
    expect(twilioCalls).toHaveLength(0);
  });
});

describe("Twilio webhooks", () => {
  it("apply delivery statuses, never going back from delivered", async () => {
    useTwilio();
    const { messageId } = await text("+14155550106");
    await deliverSms(messageId, attempt);
    const { providerId } = await message(messageId);
    const path = "/api/webhooks/twilio/status";
    const token = "test-auth-token-123";

    const forged = twilioRequest(
      path,
      { MessageSid: providerId!, MessageStatus: "failed" },
      "wrong-token",
    );
    expect((await statusWebhook(forged)).status).toBe(403);
    expect((await message(messageId)).status).toBe("sent");

    const delivered = twilioRequest(
      path,
      { MessageSid: providerId!, MessageStatus: "delivered" },
      token,
    );
    expect((await statusWebhook(delivered)).status).toBe(204);
    expect((await message(messageId)).status).toBe("delivered");

    const late = twilioRequest(path, { MessageSid: providerId!, MessageStatus: "sent" }, token);
    await statusWebhook(late);
    expect((await message(messageId)).status).toBe("delivered");
  });

  it("keep the opt-out list from STOP and START, and refuse unsigned texts", async () => {
    const path = "/api/webhooks/twilio/inbound";
    const from = "+14155550107";
    const optOuts = () => getDb().select().from(smsOptOuts).where(eq(smsOptOuts.phone, from));

    const unsigned = new Request(`http://internal${path}`, {
      method: "POST",
      body: new URLSearchParams({ From: from, Body: "STOP" }).toString(),
    });
    expect((await inboundWebhook(unsigned)).status).toBe(403);
    expect(await optOuts()).toEqual([]);

    const stop = await inboundWebhook(
      twilioRequest(path, { From: from, Body: " stop ", MessageSid: "SM1" }),
    );
    expect(stop.status).toBe(200);
    expect(await stop.text()).toContain("no more texts");
    expect(await optOuts()).toHaveLength(1);
    expect((await text(from)).status).toBe("opted-out");

    const start = await inboundWebhook(
      twilioRequest(path, { From: from, Body: "START", MessageSid: "SM2" }),
    );
    expect(await start.text()).toContain("texts are back on");
    expect(await optOuts()).toEqual([]);

    const help = await inboundWebhook(
      twilioRequest(path, { From: from, Body: "help", MessageSid: "SM3" }),
    );
    expect(await help.text()).toContain("Reply STOP to opt out");
  });
});
