import { mayJoin } from "@/lib/realtime/channels";
import { pusherClient } from "@/lib/realtime/server";

// pusher-js asks here before joining a private- or presence- channel (form-encoded
// socket_id and channel_name). The rules live in lib/realtime/channels.ts.
export async function POST(request: Request) {
  const form = new URLSearchParams(await request.text());
  const socketId = form.get("socket_id");
  const channel = form.get("channel_name");
  if (!socketId || !channel) {
    return Response.json(
      { status: "error", message: "socket_id and channel_name are required" },
      { status: 400 },
    );
  }
  // No one can sign in yet: the identity issue supplies the signed-in viewer here.
  const viewer = null;
  if (!mayJoin(channel, viewer)) {
    return Response.json(
      { status: "error", message: "Not allowed on this channel" },
      { status: 403 },
    );
  }
  return Response.json(pusherClient().authorizeChannel(socketId, channel));
}
