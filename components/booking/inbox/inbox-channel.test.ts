import { describe, expect, it, vi } from "vitest";

// lib/booking/live.ts defines a job queue; its server imports are not needed to read names.
vi.mock("@/lib/jobs/enqueue", () => ({ enqueue: vi.fn() }));
vi.mock("@/lib/realtime/server", () => ({ publish: vi.fn() }));

const { NOTIFICATIONS_CHANGED, userChannel } = await import("@/lib/booking/live");
const { INBOX_CHANGED_EVENT, inboxChannel } = await import("./inbox-channel");

describe("the inbox bell's channel", () => {
  it("is the one the server publishes inbox changes on", () => {
    expect(inboxChannel("0193f7c4-5b1e-7c2a-9d3e-4f5a6b7c8d9e")).toBe(
      userChannel("0193f7c4-5b1e-7c2a-9d3e-4f5a6b7c8d9e"),
    );
    expect(INBOX_CHANGED_EVENT).toBe(NOTIFICATIONS_CHANGED);
  });
});
