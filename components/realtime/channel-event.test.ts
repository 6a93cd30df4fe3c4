import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import { channelEventListener } from "./channel-event";

function clientWith(...keys: unknown[][]) {
  const client = new QueryClient();
  for (const key of keys) client.setQueryData(key, "cached");
  return client;
}

const invalidated = (client: QueryClient, key: unknown[]) =>
  client.getQueryState(key)?.isInvalidated ?? false;

describe("channelEventListener", () => {
  it("calls the handler with the event's data, as before", () => {
    const handler = vi.fn();
    channelEventListener(handler, {}, undefined)({ id: 1 });
    expect(handler).toHaveBeenCalledWith({ id: 1 });
  });

  it("invalidates the given keys and the queries under them, and no others", () => {
    const client = clientWith(["outbox"], ["outbox", "sms"], ["bookings"]);
    channelEventListener(undefined, { invalidate: [["outbox"]] }, client)({});
    expect(invalidated(client, ["outbox"])).toBe(true);
    expect(invalidated(client, ["outbox", "sms"])).toBe(true);
    expect(invalidated(client, ["bookings"])).toBe(false);
  });

  it("derives keys from the event's data, after running the handler", () => {
    const client = clientWith(["booking", "b1"], ["booking", "b2"]);
    const order: string[] = [];
    const listener = channelEventListener<{ id: string }>(
      () => order.push("handler"),
      {
        invalidate: ({ id }) => {
          order.push("invalidate");
          return [["booking", id]];
        },
      },
      client,
    );
    listener({ id: "b2" });
    expect(order).toEqual(["handler", "invalidate"]);
    expect(invalidated(client, ["booking", "b2"])).toBe(true);
    expect(invalidated(client, ["booking", "b1"])).toBe(false);
  });

  it("says so when keys are given but no QueryClientProvider is there", () => {
    expect(() => channelEventListener(undefined, { invalidate: [["x"]] }, undefined)({})).toThrow(
      /QueryClientProvider/,
    );
  });
});
