import { describe, expect, it } from "vitest";
import { POST as authorize } from "@/app/api/realtime/auth/route";
import { mayJoin } from "./channels";

const viewer = { userId: "u1", orgIds: ["o1"] };

describe("channel rules", () => {
  it("let a user into their own and their organizations' channels only", () => {
    expect(mayJoin("private-user-u1", viewer)).toBe(true);
    expect(mayJoin("private-user-u2", viewer)).toBe(false);
    expect(mayJoin("private-org-o1", viewer)).toBe(true);
    expect(mayJoin("presence-org-o1", viewer)).toBe(true);
    expect(mayJoin("private-org-o2", viewer)).toBe(false);
    expect(mayJoin("private-anything-else", viewer)).toBe(false);
  });

  it("refuse every private channel to someone not signed in", () => {
    expect(mayJoin("private-user-u1", null)).toBe(false);
    expect(mayJoin("presence-org-o1", null)).toBe(false);
  });
});

describe("POST /api/realtime/auth", () => {
  const request = (body: Record<string, string>) =>
    new Request("http://test/api/realtime/auth", {
      method: "POST",
      body: new URLSearchParams(body).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });

  it("refuses private channels while no one can sign in", async () => {
    const response = await authorize(
      request({ socket_id: "1.2", channel_name: "private-user-u1" }),
    );
    expect(response.status).toBe(403);
  });

  it("asks for the socket and the channel", async () => {
    expect((await authorize(request({ socket_id: "1.2" }))).status).toBe(400);
  });
});
