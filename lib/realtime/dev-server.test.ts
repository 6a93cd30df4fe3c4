import { createHash, createHmac } from "node:crypto";

import Pusher from "pusher";
import PusherJs, { type Channel, type PresenceChannel } from "pusher-js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";

import { startRealtimeDevServer, type RealtimeDevServer } from "./dev-server";

const appId = "dev-app";
const key = "dev-key";
const secret = "dev-secret";
const WAIT_MS = 2_000;

interface ServerEvent {
  event: string;
  channel?: string;
  data?: unknown;
}

let server: RealtimeDevServer;
let pusher: Pusher;
const logListeners = new Set<(message: string) => void>();
const clients: PusherJs[] = [];

/** Runs `register` and fails with a readable message if it never settles. */
function withTimeout<T>(
  label: string,
  register: (resolve: (value: T) => void, reject: (error: Error) => void) => void,
  ms = WAIT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Timed out waiting for ${label}`)), ms);
    register(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function sdk(overrides: Partial<Pusher.Options> = {}): Pusher {
  return new Pusher({
    appId,
    key,
    secret,
    host: "127.0.0.1",
    port: String(server.port),
    useTLS: false,
    ...overrides,
  });
}

/** Signs subscriptions in-process with the SDK, so no HTTP auth endpoint is needed. */
function connect(
  options: { signer?: Pusher; user?: Pusher.PresenceChannelData } = {},
): Promise<PusherJs> {
  const signer = options.signer ?? pusher;
  const client = new PusherJs(key, {
    cluster: "local",
    wsHost: "127.0.0.1",
    wsPort: server.port,
    forceTLS: false,
    enabledTransports: ["ws"],
    disableStats: true,
    channelAuthorization: {
      customHandler: ({ socketId, channelName }, callback) => {
        try {
          const presenceData = channelName.startsWith("presence-") ? options.user : undefined;
          callback(null, signer.authorizeChannel(socketId, channelName, presenceData));
        } catch (error) {
          callback(error instanceof Error ? error : new Error(String(error)), null);
        }
      },
    },
  });
  clients.push(client);
  return withTimeout("connection", (resolve, reject) => {
    client.connection.bind("connected", () => resolve(client));
    client.connection.bind("failed", () => reject(new Error("connection failed")));
  });
}

function subscribe<T extends Channel = Channel>(client: PusherJs, name: string): Promise<T> {
  const channel = client.subscribe(name) as T;
  return withTimeout(`subscription to ${name}`, (resolve, reject) => {
    channel.bind("pusher:subscription_succeeded", () => resolve(channel));
    channel.bind("pusher:subscription_error", (error: unknown) =>
      reject(new Error(`subscription_error: ${JSON.stringify(error)}`)),
    );
  });
}

function nextEvent<T = unknown>(channel: Channel, event: string): Promise<T> {
  return withTimeout(`${event} on ${channel.name}`, (resolve) => {
    channel.bind(event, (data: T) => resolve(data));
  });
}

function nextLog(pattern: RegExp): Promise<string> {
  return withTimeout(`log ${pattern}`, (resolve) => {
    const listener = (message: string) => {
      if (!pattern.test(message)) return;
      logListeners.delete(listener);
      resolve(message);
    };
    logListeners.add(listener);
  });
}

function memberIds(channel: PresenceChannel): string[] {
  const ids: string[] = [];
  channel.members.each((member: { id: string }) => ids.push(member.id));
  return ids.sort();
}

beforeAll(async () => {
  server = await startRealtimeDevServer({
    appId,
    key,
    secret,
    port: 0,
    onLog: (message) => logListeners.forEach((listener) => listener(message)),
  });
  pusher = sdk();
});

afterEach(() => {
  for (const client of clients.splice(0)) client.disconnect();
  logListeners.clear();
});

afterAll(async () => {
  await server.close();
});

describe("realtime dev server", () => {
  it("answers the health check", async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("delivers SDK triggers to public and private subscribers", async () => {
    const client = await connect();
    const publicChannel = await subscribe(client, "orders");
    const privateChannel = await subscribe(client, "private-staff-42");

    const publicEvent = nextEvent(publicChannel, "order.created");
    const privateEvent = nextEvent(privateChannel, "shift.updated");
    await pusher.trigger("orders", "order.created", { id: 1 });
    await pusher.trigger(["private-staff-42"], "shift.updated", { id: 2, note: "late" });

    await expect(publicEvent).resolves.toEqual({ id: 1 });
    await expect(privateEvent).resolves.toEqual({ id: 2, note: "late" });
  });

  it("does not echo an event to the socket id passed to trigger", async () => {
    const sender = await connect();
    const receiver = await connect();
    const senderChannel = await subscribe(sender, "board");
    const receiverChannel = await subscribe(receiver, "board");

    let senderGotIt = false;
    senderChannel.bind("moved", () => (senderGotIt = true));
    const received = nextEvent(receiverChannel, "moved");
    await pusher.trigger("board", "moved", { x: 1 }, { socket_id: sender.connection.socket_id });
    await expect(received).resolves.toEqual({ x: 1 });

    // Messages on one socket arrive in order, so this marker proves "moved" was skipped.
    const marker = nextEvent(senderChannel, "marker");
    await pusher.trigger("board", "marker", {});
    await marker;
    expect(senderGotIt).toBe(false);
  });

  it("refuses a private subscription with a bad signature", async () => {
    const impostor = sdk({ secret: "not-the-secret" });
    const client = await connect({ signer: impostor });
    const channel = client.subscribe("private-payroll");
    const error = await withTimeout<unknown>("subscription_error", (resolve, reject) => {
      channel.bind("pusher:subscription_error", resolve);
      channel.bind("pusher:subscription_succeeded", () => reject(new Error("was subscribed")));
    });
    expect(error).toMatchObject({ type: "AuthError", status: 401 });

    let leaked = false;
    channel.bind("salary", () => (leaked = true));
    const publicChannel = await subscribe(client, "announcements");
    const marker = nextEvent(publicChannel, "marker");
    await pusher.trigger("private-payroll", "salary", { amount: 1 });
    await pusher.trigger("announcements", "marker", {});
    await marker;
    expect(leaked).toBe(false);
  });

  it("tracks presence members and announces departures", async () => {
    const alice = await connect({ user: { user_id: "alice", user_info: { name: "Alice" } } });
    const bob = await connect({ user: { user_id: "bob", user_info: { name: "Bob" } } });

    const aliceChannel = await subscribe<PresenceChannel>(alice, "presence-room-1");
    expect(aliceChannel.members.count).toBe(1);
    expect(aliceChannel.members.me).toMatchObject({ id: "alice", info: { name: "Alice" } });

    const added = nextEvent<{ id: string; info: unknown }>(aliceChannel, "pusher:member_added");
    const bobChannel = await subscribe<PresenceChannel>(bob, "presence-room-1");
    expect(bobChannel.members.count).toBe(2);
    expect(memberIds(bobChannel)).toEqual(["alice", "bob"]);
    expect(bobChannel.members.get("alice")).toEqual({ id: "alice", info: { name: "Alice" } });
    await expect(added).resolves.toEqual({ id: "bob", info: { name: "Bob" } });
    expect(aliceChannel.members.count).toBe(2);
    expect(memberIds(aliceChannel)).toEqual(["alice", "bob"]);

    const removed = nextEvent<{ id: string }>(aliceChannel, "pusher:member_removed");
    bob.disconnect();
    await expect(removed).resolves.toMatchObject({ id: "bob" });
    expect(aliceChannel.members.count).toBe(1);
  });

  it("counts a user with several sockets once", async () => {
    const aliceTab1 = await connect({ user: { user_id: "alice" } });
    const aliceTab2 = await connect({ user: { user_id: "alice" } });
    const bob = await connect({ user: { user_id: "bob" } });
    await subscribe(aliceTab1, "presence-room-2");
    await subscribe(aliceTab2, "presence-room-2");
    const bobChannel = await subscribe<PresenceChannel>(bob, "presence-room-2");
    expect(bobChannel.members.count).toBe(2);

    let removedEarly = false;
    bobChannel.bind("pusher:member_removed", () => (removedEarly = true));
    const firstGone = nextLog(new RegExp(`disconnected ${aliceTab1.connection.socket_id}`));
    aliceTab1.disconnect();
    await firstGone;
    const marker = nextEvent(bobChannel, "marker");
    await pusher.trigger("presence-room-2", "marker", {});
    await marker;
    expect(removedEarly).toBe(false);
    expect(bobChannel.members.count).toBe(2);

    bobChannel.unbind("pusher:member_removed");
    const removed = nextEvent<{ id: string }>(bobChannel, "pusher:member_removed");
    aliceTab2.disconnect();
    await expect(removed).resolves.toMatchObject({ id: "alice" });
    expect(bobChannel.members.count).toBe(1);
  });

  it("rejects HTTP API calls signed with the wrong secret, key or app id", async () => {
    await expect(sdk({ secret: "wrong" }).trigger("orders", "x", {})).rejects.toMatchObject({
      status: 401,
    });
    await expect(sdk({ key: "wrong" }).trigger("orders", "x", {})).rejects.toMatchObject({
      status: 401,
    });
    await expect(sdk({ appId: "other-app" }).trigger("orders", "x", {})).rejects.toMatchObject({
      status: 404,
    });
  });

  it("rejects an unsigned HTTP API call", async () => {
    const response = await fetch(`${server.url}/apps/${appId}/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "x", data: "{}", channels: ["orders"] }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toHaveProperty("error");
  });

  it("delivers batch events", async () => {
    const client = await connect();
    const orders = await subscribe(client, "orders");
    const staff = await subscribe(client, "private-staff-7");

    const first = nextEvent(orders, "order.created");
    const second = nextEvent(staff, "shift.assigned");
    await pusher.triggerBatch([
      { channel: "orders", name: "order.created", data: { id: 10 } },
      { channel: "private-staff-7", name: "shift.assigned", data: { shift: "am" } },
    ]);

    await expect(first).resolves.toEqual({ id: 10 });
    await expect(second).resolves.toEqual({ shift: "am" });
  });

  it("refuses client events", async () => {
    const client = await connect();
    const channel = await subscribe(client, "private-chat");
    const error = withTimeout<unknown>("pusher:error", (resolve) => {
      client.connection.bind("error", resolve);
    });
    channel.trigger("client-typing", {});
    await expect(error).resolves.toMatchObject({ data: { code: 4301 } });
  });

  it("answers pings", async () => {
    const client = await connect();
    const pong = withTimeout<ServerEvent>("pusher:pong", (resolve) => {
      client.connection.bind("message", (event: ServerEvent) => {
        if (event.event === "pusher:pong") resolve(event);
      });
    });
    client.connection.send_event("pusher:ping", {});
    await expect(pong).resolves.toMatchObject({ event: "pusher:pong" });
  });

  it("gives every connection its own socket id", async () => {
    const [a, b] = await Promise.all([connect(), connect()]);
    expect(a.connection.socket_id).toMatch(/^\d+\.\d+$/);
    expect(b.connection.socket_id).toMatch(/^\d+\.\d+$/);
    expect(a.connection.socket_id).not.toBe(b.connection.socket_id);
  });

  it("rejects a signed HTTP API call whose timestamp is too old", async () => {
    const path = `/apps/${appId}/events`;
    const body = JSON.stringify({ name: "x", data: "{}", channels: ["orders"] });
    const timestamp = Math.floor(Date.now() / 1000) - 601;
    const bodyMd5 = createHash("md5").update(body).digest("hex");
    const query = `auth_key=${key}&auth_timestamp=${timestamp}&auth_version=1.0&body_md5=${bodyMd5}`;
    const signature = createHmac("sha256", secret).update(`POST\n${path}\n${query}`).digest("hex");
    const response = await fetch(`${server.url}${path}?${query}&auth_signature=${signature}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(response.status).toBe(401);
  });

  it("closes connections for an unknown app key with 4001", async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/app/unknown?protocol=7`);
    const result = await withTimeout<{ first: ServerEvent; code: number }>(
      "close",
      (resolve, reject) => {
        let first: ServerEvent | undefined;
        ws.on("message", (raw) => (first ??= JSON.parse(raw.toString()) as ServerEvent));
        ws.on("error", reject);
        ws.on("close", (code) =>
          first ? resolve({ first, code }) : reject(new Error("closed without an error event")),
        );
      },
    );
    expect(result.first).toMatchObject({ event: "pusher:error", data: { code: 4001 } });
    expect(result.code).toBe(4001);
  });
});
