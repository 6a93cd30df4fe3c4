import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/realtime/auth/route";
import { addMember, createOrg, signedInUser } from "@/lib/testing/factories";

async function authorize(channel: string, token?: string) {
  const response = await POST(
    new Request("http://localhost/api/realtime/auth", {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: new URLSearchParams({ socket_id: "1234.5678", channel_name: channel }).toString(),
    }),
  );
  return { status: response.status, body: await response.json() };
}

describe("POST /api/realtime/auth", () => {
  it("lets users into their own channel only", async () => {
    const alice = await signedInUser();
    const bob = await signedInUser();
    const own = await authorize(`private-user-${alice.user.id}`, alice.token);
    expect(own.status).toBe(200);
    expect(own.body.auth).toMatch(/^callboard-local-key:[0-9a-f]{64}$/);
    expect((await authorize(`private-user-${bob.user.id}`, alice.token)).status).toBe(403);
  });

  it("lets members into their org's channels, with presence data, and no one else", async () => {
    const owner = await signedInUser();
    const worker = await signedInUser({ name: "Genta Worker" });
    const outsider = await signedInUser();
    const org = await createOrg(owner.user);
    await addMember(org.id, worker.user, "worker");
    expect((await authorize(`private-org-${org.id}`, worker.token)).status).toBe(200);
    const presence = await authorize(`presence-org-${org.id}`, worker.token);
    expect(presence.status).toBe(200);
    expect(JSON.parse(presence.body.channel_data)).toEqual({
      user_id: worker.user.id,
      user_info: { name: "Genta Worker" },
    });
    expect((await authorize(`private-org-${org.id}`, outsider.token)).status).toBe(403);
  });

  it("refuses every private channel to signed-out callers", async () => {
    const alice = await signedInUser();
    expect((await authorize(`private-user-${alice.user.id}`)).status).toBe(403);
    expect((await authorize(`private-user-${alice.user.id}`, "not-a-token")).status).toBe(403);
  });
});
