import { expect, test } from "@playwright/test";

test.describe("API conventions", () => {
  test("health answers in the envelope with a request id", async ({ request }) => {
    const response = await request.get("/api/v1/health");
    expect(response.status()).toBe(200);
    expect(response.headers()["x-request-id"]).toBeTruthy();
    expect(await response.json()).toMatchObject({ status: "success", data: { status: "ok" } });
  });

  test("database health reports latency", async ({ request }) => {
    const response = await request.get("/api/v1/health/db");
    expect(response.status()).toBe(200);
    const { data } = await response.json();
    expect(data.latencyMs).toBeGreaterThanOrEqual(0);
  });

  test("jobs health sees the worker that npm start runs", async ({ request }) => {
    // The worker beats once at start; give a slow start a few seconds.
    await expect
      .poll(async () => (await request.get("/api/v1/health/jobs")).status(), { timeout: 20_000 })
      .toBe(200);
    const { data } = await (await request.get("/api/v1/health/jobs")).json();
    expect(data.workers).toBeGreaterThanOrEqual(1);
    expect(data.queues.map((queue: { name: string }) => queue.name)).toContain("messages-prune");
  });

  test("a message sent through the API is acknowledged through the outbox", async ({ request }) => {
    const email = `api-${Date.now()}@example.com`;
    const sent = await request.post("/api/v1/contact-messages", {
      data: { name: "Api Client", email, topic: "other", message: "Sent by the API tests." },
    });
    expect(sent.status()).toBe(201);
    await expect
      .poll(
        async () => {
          const { data } = await (
            await request.get(`/api/dev/outbox?to=${encodeURIComponent(email)}`)
          ).json();
          return data.map(
            (message: { subject: string; status: string }) =>
              `${message.subject}:${message.status}`,
          );
        },
        { timeout: 20_000 },
      )
      .toEqual(["We received your message:sent"]);
  });

  test("realtime health reaches the local Pusher-protocol server", async ({ request }) => {
    const response = await request.get("/api/v1/health/realtime");
    expect(response.status()).toBe(200);
    expect((await response.json()).data.server).toBe("local");
  });

  test("unknown paths answer a 404 envelope", async ({ request }) => {
    const response = await request.get("/api/v1/nope");
    expect(response.status()).toBe(404);
    expect(await response.json()).toMatchObject({ status: "error", message: expect.any(String) });
  });

  test("wrong methods answer a 405 envelope with Allow", async ({ request }) => {
    const response = await request.delete("/api/v1/health");
    expect(response.status()).toBe(405);
    expect(response.headers()["allow"]).toBe("GET");
    expect((await response.json()).status).toBe("error");
  });

  test("broken JSON answers 400, invalid fields 422 (translated)", async ({ request }) => {
    const broken = await request.post("/api/v1/contact-messages", {
      data: Buffer.from("{not json"),
      headers: { "content-type": "application/json" },
    });
    expect(broken.status()).toBe(400);
    expect((await broken.json()).status).toBe("error");

    const invalid = await request.post("/api/v1/contact-messages", {
      data: { name: "", email: "x" },
      headers: { "accept-language": "sq" },
    });
    expect(invalid.status()).toBe(422);
    const body = await invalid.json();
    expect(body.message).toBe("Disa fusha nuk janë të vlefshme.");
    expect(body.errors.email).toEqual(["Shkruani një adresë email të vlefshme."]);
  });

  test("serves the OpenAPI document", async ({ request }) => {
    const response = await request.get("/api/v1/openapi.json");
    expect(response.status()).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/health", "/health/db", "/contact-messages", "/openapi.json"]),
    );
  });
});
