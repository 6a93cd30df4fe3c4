import { viewerFromRequest } from "@/lib/identity/request-viewer";
import { mayJoin } from "@/lib/realtime/channels";
import { listMembershipOrgIds } from "@/lib/tenancy/orgs.queries";
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
  const signedIn = await viewerFromRequest(request);
  const viewer = signedIn
    ? { userId: signedIn.user.id, orgIds: await listMembershipOrgIds(signedIn.user.id) }
    : null;
  if (!mayJoin(channel, viewer)) {
    return Response.json(
      { status: "error", message: "Not allowed on this channel" },
      { status: 403 },
    );
  }
  // Presence channels list who is there: our user id and display name.
  const presence = channel.startsWith("presence-")
    ? { user_id: signedIn!.user.id, user_info: { name: signedIn!.user.name } }
    : undefined;
  return Response.json(pusherClient().authorizeChannel(socketId, channel, presence));
}
