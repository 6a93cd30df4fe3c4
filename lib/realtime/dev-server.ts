/**
 * Local stand-in for Pusher Channels, for development and tests.
 *
 * Speaks only the subset of the protocol the app uses: WebSocket protocol 7
 * (connect, ping, public/private/presence subscriptions) and the HTTP
 * `events` / `batch_events` endpoints the `pusher` server SDK calls.
 * Client events, encrypted channels, webhooks and user authentication are
 * not implemented.
 */
import { createHash, createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type Duplex } from "node:stream";
import { WebSocket, WebSocketServer, type RawData } from "ws";

export interface RealtimeDevServerOptions {
  appId: string;
  key: string;
  secret: string;
  /** 0 picks a free port. */
  port: number;
  /** Defaults to 127.0.0.1 so the dev server is not exposed on the network. */
  host?: string;
  onLog?: (message: string) => void;
}

export interface RealtimeDevServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Same window Pusher allows between `auth_timestamp` and the server clock. */
const MAX_CLOCK_SKEW_SECONDS = 600;
const ACTIVITY_TIMEOUT_SECONDS = 120;
const MAX_BODY_BYTES = 1024 * 1024;

type JsonObject = Record<string, unknown>;

interface Member {
  user_id: string;
  user_info?: unknown;
}

interface Connection {
  socketId: string;
  ws: WebSocket;
  channels: Set<string>;
}

interface Subscription {
  connection: Connection;
  /** Only set on presence channels. */
  member?: Member;
}

interface OutgoingEvent {
  event: string;
  channel?: string;
  data: unknown;
}

interface TriggerRequest {
  name: string;
  data: string;
  channels: string[];
  socketId?: string;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function isRecord(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function hmacHex(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(payload, "utf8").digest("hex");
}

/** Constant-time comparison; a length mismatch is not secret, so exit early on it. */
function safeEqual(actual: string, expected: string): boolean {
  const a = Buffer.from(actual, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

function isPresenceChannel(channel: string): boolean {
  return channel.startsWith("presence-");
}

function needsAuth(channel: string): boolean {
  return channel.startsWith("private-") || isPresenceChannel(channel);
}

function send(ws: WebSocket, message: OutgoingEvent): void {
  if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
  });
  res.end(payload);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, "Request body too large"));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Parses `channel_data` from a presence subscription; null if it is not usable. */
function parseMember(channelData: unknown): Member | null {
  if (typeof channelData !== "string") return null;
  const parsed = parseJson(channelData);
  if (!isRecord(parsed)) return null;
  const userId = parsed.user_id;
  if (typeof userId !== "string" && typeof userId !== "number") return null;
  const member: Member = { user_id: String(userId) };
  if (parsed.user_info !== undefined) member.user_info = parsed.user_info;
  return member;
}

/** The SDK always sends a string; stringify anything else so clients still get a string. */
function eventData(data: unknown): string {
  return typeof data === "string" ? data : JSON.stringify(data ?? null);
}

function optionalSocketId(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function parseTrigger(body: unknown): TriggerRequest {
  if (!isRecord(body) || typeof body.name !== "string") {
    throw new HttpError(400, "Missing event name");
  }
  let channels: string[];
  if (Array.isArray(body.channels)) {
    channels = body.channels.filter((c): c is string => typeof c === "string");
  } else if (typeof body.channel === "string") {
    channels = [body.channel];
  } else {
    throw new HttpError(400, "Missing channels");
  }
  if (channels.length === 0) throw new HttpError(400, "Missing channels");
  return {
    name: body.name,
    data: eventData(body.data),
    channels,
    socketId: optionalSocketId(body.socket_id),
  };
}

function parseBatch(body: unknown): TriggerRequest[] {
  if (!isRecord(body) || !Array.isArray(body.batch)) {
    throw new HttpError(400, "Missing batch");
  }
  return body.batch.map((item: unknown) => parseTrigger(item));
}

export async function startRealtimeDevServer(
  options: RealtimeDevServerOptions,
): Promise<RealtimeDevServer> {
  const { appId, key, secret } = options;
  const host = options.host ?? "127.0.0.1";
  const log = options.onLog ?? (() => {});

  const connections = new Set<Connection>();
  // channel name -> socket id -> subscription
  const channels = new Map<string, Map<string, Subscription>>();
  // Random prefix keeps ids from different server runs apart; the counter keeps them unique.
  const socketPrefix = randomInt(1, 1_000_000_000);
  let socketCounter = 0;

  function presenceMembers(channel: string): Map<string, Member> {
    const members = new Map<string, Member>();
    for (const sub of channels.get(channel)?.values() ?? []) {
      if (sub.member && !members.has(sub.member.user_id)) {
        members.set(sub.member.user_id, sub.member);
      }
    }
    return members;
  }

  function broadcast(channel: string, message: OutgoingEvent, exceptSocketId?: string): void {
    for (const [socketId, sub] of channels.get(channel) ?? []) {
      if (socketId !== exceptSocketId) send(sub.connection.ws, message);
    }
  }

  function expectedAuth(socketId: string, channel: string, channelData: unknown): string {
    const parts = [socketId, channel];
    if (isPresenceChannel(channel)) parts.push(typeof channelData === "string" ? channelData : "");
    return `${key}:${hmacHex(secret, parts.join(":"))}`;
  }

  function refuseSubscription(conn: Connection, channel: string, error: string, status: number) {
    log(`subscription to ${channel} refused for ${conn.socketId}: ${error}`);
    send(conn.ws, {
      event: "pusher:subscription_error",
      channel,
      data: JSON.stringify({ type: "AuthError", error, status }),
    });
  }

  function subscriptionData(channel: string): string {
    if (!isPresenceChannel(channel)) return "{}";
    const members = presenceMembers(channel);
    const hash: JsonObject = {};
    for (const [id, member] of members) hash[id] = member.user_info ?? null;
    return JSON.stringify({ presence: { ids: [...members.keys()], hash, count: members.size } });
  }

  function subscribe(conn: Connection, data: JsonObject): void {
    const channel = data.channel;
    if (typeof channel !== "string" || channel.length === 0) return;

    if (needsAuth(channel)) {
      const auth = typeof data.auth === "string" ? data.auth : "";
      if (!safeEqual(auth, expectedAuth(conn.socketId, channel, data.channel_data))) {
        refuseSubscription(conn, channel, "Invalid signature", 401);
        return;
      }
    }

    let member: Member | undefined;
    if (isPresenceChannel(channel)) {
      const parsed = parseMember(data.channel_data);
      if (!parsed) {
        refuseSubscription(conn, channel, "Invalid channel_data", 400);
        return;
      }
      member = parsed;
    }

    let subscribers = channels.get(channel);
    if (!subscribers) {
      subscribers = new Map();
      channels.set(channel, subscribers);
    }
    // A repeated subscribe from the same socket just gets a fresh confirmation.
    if (!subscribers.has(conn.socketId)) {
      const isNewUser = member !== undefined && !presenceMembers(channel).has(member.user_id);
      subscribers.set(conn.socketId, { connection: conn, member });
      conn.channels.add(channel);
      if (member && isNewUser) {
        broadcast(
          channel,
          { event: "pusher_internal:member_added", channel, data: JSON.stringify(member) },
          conn.socketId,
        );
      }
    }

    send(conn.ws, {
      event: "pusher_internal:subscription_succeeded",
      channel,
      data: subscriptionData(channel),
    });
  }

  function unsubscribe(conn: Connection, channel: string): void {
    const subscribers = channels.get(channel);
    const sub = subscribers?.get(conn.socketId);
    conn.channels.delete(channel);
    if (!subscribers || !sub) return;

    subscribers.delete(conn.socketId);
    if (subscribers.size === 0) channels.delete(channel);
    // Only the user's last socket leaving removes them from the member list.
    if (sub.member && !presenceMembers(channel).has(sub.member.user_id)) {
      broadcast(channel, {
        event: "pusher_internal:member_removed",
        channel,
        data: JSON.stringify({ user_id: sub.member.user_id }),
      });
    }
  }

  function handleMessage(conn: Connection, raw: RawData): void {
    const message = parseJson(raw.toString());
    if (!isRecord(message) || typeof message.event !== "string") return;
    const event = message.event;
    // pusher-js sends data as an object; other clients may send a JSON string.
    const data = typeof message.data === "string" ? parseJson(message.data) : message.data;

    if (event === "pusher:ping") {
      send(conn.ws, { event: "pusher:pong", data: {} });
    } else if (event === "pusher:subscribe" && isRecord(data)) {
      subscribe(conn, data);
    } else if (event === "pusher:unsubscribe" && isRecord(data)) {
      if (typeof data.channel === "string") unsubscribe(conn, data.channel);
    } else if (event.startsWith("client-")) {
      send(conn.ws, {
        event: "pusher:error",
        data: { message: "Client events are not enabled", code: 4301 },
      });
    }
  }

  function handleConnection(ws: WebSocket, requestedKey: string): void {
    if (requestedKey !== key) {
      log(`rejected connection for unknown key ${requestedKey}`);
      send(ws, {
        event: "pusher:error",
        data: { message: `Could not find app by key ${requestedKey}`, code: 4001 },
      });
      // 4001 is in pusher-js's "do not reconnect" range.
      ws.close(4001, "Application does not exist");
      return;
    }

    socketCounter += 1;
    const conn: Connection = {
      socketId: `${socketPrefix}.${socketCounter}`,
      ws,
      channels: new Set(),
    };
    connections.add(conn);
    log(`connected ${conn.socketId}`);

    ws.on("message", (raw) => handleMessage(conn, raw));
    ws.on("error", (error) => log(`socket ${conn.socketId} error: ${error.message}`));
    ws.on("close", () => {
      for (const channel of [...conn.channels]) unsubscribe(conn, channel);
      connections.delete(conn);
      log(`disconnected ${conn.socketId}`);
    });

    send(ws, {
      event: "pusher:connection_established",
      data: JSON.stringify({
        socket_id: conn.socketId,
        activity_timeout: ACTIVITY_TIMEOUT_SECONDS,
      }),
    });
  }

  /** Checks the Pusher HTTP API signature (auth_version 1.0) of a request. */
  function verifySignature(method: string, url: URL, body: string): void {
    const params = url.searchParams;
    const signature = params.get("auth_signature");
    if (!signature) throw new HttpError(401, "Missing auth_signature");
    if (params.get("auth_key") !== key) throw new HttpError(401, "Invalid auth_key");
    if (params.get("auth_version") !== "1.0") throw new HttpError(401, "Invalid auth_version");

    const timestamp = Number(params.get("auth_timestamp"));
    const now = Date.now() / 1000;
    if (!Number.isFinite(timestamp) || Math.abs(now - timestamp) > MAX_CLOCK_SKEW_SECONDS) {
      throw new HttpError(401, "Timestamp expired or invalid");
    }

    const bodyMd5 = params.get("body_md5");
    if (body.length > 0 || bodyMd5 !== null) {
      const actualMd5 = createHash("md5").update(body, "utf8").digest("hex");
      if (bodyMd5 === null || !safeEqual(bodyMd5, actualMd5)) {
        throw new HttpError(401, "Invalid body_md5");
      }
    }

    const query = [...params.entries()]
      .filter(([name]) => name !== "auth_signature")
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, value]) => `${name}=${value}`)
      .join("&");
    const expected = hmacHex(secret, [method, url.pathname, query].join("\n"));
    if (!safeEqual(signature, expected)) throw new HttpError(401, "Invalid signature");
  }

  function deliver(trigger: TriggerRequest): void {
    for (const channel of trigger.channels) {
      broadcast(channel, { event: trigger.name, channel, data: trigger.data }, trigger.socketId);
    }
  }

  async function handleApi(req: IncomingMessage, url: URL, endpoint: string): Promise<void> {
    if (req.method !== "POST") throw new HttpError(405, "Method not allowed");
    const body = await readBody(req);
    verifySignature("POST", url, body);

    const parsed = parseJson(body);
    const triggers = endpoint === "events" ? [parseTrigger(parsed)] : parseBatch(parsed);
    triggers.forEach(deliver);
    log(`delivered ${triggers.length} event(s) via ${endpoint}`);
  }

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    try {
      if (url.pathname === "/" && (req.method === "GET" || req.method === "HEAD")) {
        sendJson(res, 200, { status: "ok" });
        return;
      }
      const match = /^\/apps\/([^/]+)\/(events|batch_events)$/.exec(url.pathname);
      if (!match || match[1] !== appId) throw new HttpError(404, "Not found");
      await handleApi(req, url, match[2] ?? "events");
      sendJson(res, 200, {});
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : "Internal error";
      log(`${req.method ?? "?"} ${url.pathname} -> ${status}: ${message}`);
      if (!res.headersSent) sendJson(res, status, { error: message });
    }
  }

  const wss = new WebSocketServer({ noServer: true });
  const server: Server = createServer((req, res) => void handleRequest(req, res));

  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const match = /^\/app\/([^/]+)$/.exec(url.pathname);
    if (!match) {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n");
      return;
    }
    const requestedKey = decodeURIComponent(match[1] ?? "");
    wss.handleUpgrade(req, socket, head, (ws) => handleConnection(ws, requestedKey));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });

  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : options.port;
  log(`listening on ${host}:${port}`);

  async function close(): Promise<void> {
    for (const conn of connections) conn.ws.terminate();
    connections.clear();
    channels.clear();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
    // The SDK's fetch may hold keep-alive sockets that would stall server.close().
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  // IPv6 literals need brackets inside a URL.
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return { port, url: `http://${urlHost}:${port}`, close };
}
