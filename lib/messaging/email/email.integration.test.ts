import { eq } from "drizzle-orm";
import { http, HttpResponse } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, getSql } from "@/db/client";
import { messages } from "@/db/schema";
import { forgetEnv } from "@/lib/config/env";
import { submitContactMessage } from "@/lib/contact";
import { BOSS_SCHEMA } from "@/lib/jobs/boss";
import { interceptExternalHttp } from "@/lib/testing/external-http";
import { deliverEmail } from "./queue";
import { sendEmail } from "./send";

// The real Resend SDK, answered by a local interceptor instead of api.resend.com.
const resendCalls: { body: Record<string, unknown>; idempotencyKey: string | null }[] = [];
let resendFails = false;
const server = interceptExternalHttp(
  http.post("https://api.resend.com/emails", async ({ request }) => {
    resendCalls.push({
      body: (await request.json()) as Record<string, unknown>,
      idempotencyKey: request.headers.get("idempotency-key"),
    });
    if (resendFails) {
      return HttpResponse.json(
        { name: "internal_server_error", message: "Resend is down", statusCode: 500 },
        { status: 500 },
      );
    }
    return HttpResponse.json({ id: "em_4f1c2d" });
  }),
);

beforeAll(() => server.listen());
afterEach(() => {
  vi.unstubAllEnvs();
  forgetEnv();
  resendCalls.length = 0;
  resendFails = false;
});
afterAll(() => server.close());

const firstAttempt = { id: "job", retryCount: 0 };

async function message(id: string) {
  const [row] = await getDb().select().from(messages).where(eq(messages.id, id));
  return row!;
}

function queueEmail(locale: "en" | "sq", to = "arta@example.com") {
  return sendEmail({
    to,
    template: "contact-received",
    props: { name: "Arta", topic: "Pricing", message: "Hello\nthere" },
    locale,
  });
}

describe("email", () => {
  it("records a queued message and its job in the caller's transaction, or neither", async () => {
    const rollback = new Error("rollback");
    await expect(
      getDb().transaction(async (tx) => {
        await sendEmail(
          {
            to: "ghost@example.com",
            template: "contact-received",
            props: { name: "G", topic: "T", message: "M" },
            locale: "en",
          },
          tx,
        );
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(
      await getDb().select().from(messages).where(eq(messages.recipient, "ghost@example.com")),
    ).toEqual([]);

    const id = await queueEmail("en");
    expect((await message(id)).status).toBe("queued");
    const jobs = await getSql().unsafe(
      `select data from ${BOSS_SCHEMA}.job where name = 'email' and data->>'messageId' = $1`,
      [id],
    );
    expect(jobs).toHaveLength(1);
  });

  it("renders the template in each language and delivers to the outbox without a key", async () => {
    const english = await queueEmail("en");
    const albanian = await queueEmail("sq");
    await deliverEmail(english, firstAttempt);
    await deliverEmail(albanian, firstAttempt);

    const en = await message(english);
    expect(en).toMatchObject({
      status: "sent",
      provider: "outbox",
      subject: "We received your message",
    });
    expect(en.html).toContain('lang="en"');
    expect(en.html).toContain("Hi Arta,");
    expect(en.body).toContain("Hi Arta,");
    const sq = await message(albanian);
    expect(sq.subject).toBe("E morëm mesazhin tuaj");
    expect(sq.html).toContain("Përshëndetje Arta,");
    expect(resendCalls).toHaveLength(0);
  });

  it("sends through the Resend SDK when a key is set, once per message", async () => {
    vi.stubEnv("RESEND_API_KEY", "re_test_123");
    forgetEnv();
    const id = await queueEmail("en", "marcus@example.com");
    await deliverEmail(id, firstAttempt);
    await deliverEmail(id, firstAttempt); // a duplicate run changes nothing

    expect(resendCalls).toHaveLength(1);
    expect(resendCalls[0]!.body).toMatchObject({
      to: "marcus@example.com",
      subject: "We received your message",
      from: "Callboard <no-reply@callboard.local>",
    });
    expect(resendCalls[0]!.idempotencyKey).toBe(`message-${id}`);
    expect(await message(id)).toMatchObject({
      status: "sent",
      provider: "resend",
      providerId: "em_4f1c2d",
    });
  });

  it("keeps a message queued for retry when Resend fails, and fails it after the last try", async () => {
    vi.stubEnv("RESEND_API_KEY", "re_test_123");
    forgetEnv();
    resendFails = true;
    const id = await queueEmail("en");
    await expect(deliverEmail(id, firstAttempt)).rejects.toThrow(/Resend is down/);
    expect(await message(id)).toMatchObject({
      status: "queued",
      error: expect.stringMatching(/Resend is down/),
    });

    await expect(deliverEmail(id, { id: "job", retryCount: 5 })).rejects.toThrow();
    expect((await message(id)).status).toBe("failed");
  });

  it("acknowledges a contact message by email in the sender's language", async () => {
    const receipt = await submitContactMessage(
      {
        name: "Ana",
        email: "ana@example.com",
        topic: "support",
        message: "How do I import workers?",
      },
      { locale: "sq" },
    );
    const [row] = await getDb().select().from(messages).where(eq(messages.relatedId, receipt.id));
    expect(row).toMatchObject({
      channel: "email",
      recipient: "ana@example.com",
      template: "contact-received",
      locale: "sq",
      status: "queued",
      relatedType: "contact_message",
    });
    await deliverEmail(row!.id, firstAttempt);
    expect((await message(row!.id)).html).toContain("Ndihmë me Callboard");
  });
});
