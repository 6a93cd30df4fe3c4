import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/contact-messages/route";
import { getDb } from "@/db/client";
import { contactMessages } from "@/db/schema";
import { submitContactMessage } from "./service";

const context = { params: Promise.resolve({}) };
const valid = {
  name: "Arta Krasniqi",
  email: "Arta@Example.com",
  topic: "sales" as const,
  message: "We would like online bookings for six stylists.",
};

function post(body: string, headers: Record<string, string> = {}) {
  return POST(
    new Request("http://test/api/v1/contact-messages", {
      method: "POST",
      body,
      headers: { "content-type": "application/json", ...headers },
    }),
    context,
  );
}

async function storedCount() {
  const [row] = await getDb().select({ total: count() }).from(contactMessages);
  return row?.total ?? 0;
}

describe("contact messages", () => {
  beforeEach(async () => {
    await getDb().delete(contactMessages);
  });

  it("stores a valid message and answers 201 with its id", async () => {
    const response = await post(JSON.stringify(valid), { "accept-language": "sq" });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.message).toBe("Faleminderit, mesazhi juaj u mor.");
    const [row] = await getDb()
      .select()
      .from(contactMessages)
      .where(eq(contactMessages.id, body.data.id));
    expect(row).toMatchObject({
      name: "Arta Krasniqi",
      topic: "sales" as const,
      locale: "sq",
      company: null,
    });
  });

  it("refuses invalid input with field errors and stores nothing", async () => {
    const response = await post(
      JSON.stringify({ ...valid, email: "not-an-email", topic: "spam", message: "short" }),
    );
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(Object.keys(body.errors).sort()).toEqual(["email", "message", "topic"]);
    expect(await storedCount()).toBe(0);
  });

  it("refuses broken JSON with 400 and stores nothing", async () => {
    const response = await post('{"name": "Arta", ');
    expect(response.status).toBe(400);
    expect(await storedCount()).toBe(0);
  });

  it("the database itself refuses an unknown topic", async () => {
    await expect(
      submitContactMessage({ ...valid, topic: "spam" as "sales" }, { locale: "en" }),
    ).rejects.toThrow();
    expect(await storedCount()).toBe(0);
  });

  it("compares emails case-insensitively (citext)", async () => {
    await submitContactMessage(valid, { locale: "en" });
    const rows = await getDb()
      .select({ id: contactMessages.id })
      .from(contactMessages)
      .where(eq(contactMessages.email, "arta@example.com"));
    expect(rows).toHaveLength(1);
  });
});
