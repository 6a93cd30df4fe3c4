import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { createUser } from "@/lib/testing/factories";
import { describeResult, parseAdminGrantArgs, setPlatformAdmin } from "./admin-grant";

async function isAdmin(id: string) {
  const [row] = await getDb()
    .select({ flag: users.isPlatformAdmin })
    .from(users)
    .where(eq(users.id, id));
  return row?.flag;
}

describe("admin:grant", () => {
  it("grants and revokes the platform-admin flag by email, case-insensitively", async () => {
    const user = await createUser({ email: "boss@example.com" });
    const granted = await setPlatformAdmin("BOSS@example.com", true, getDb());
    expect(granted).toEqual({
      status: "granted",
      email: "boss@example.com",
      isPlatformAdmin: true,
    });
    expect(await isAdmin(user.id)).toBe(true);
    expect((await setPlatformAdmin("boss@example.com", true, getDb())).status).toBe("unchanged");
    expect((await setPlatformAdmin("boss@example.com", false, getDb())).status).toBe("revoked");
    expect(await isAdmin(user.id)).toBe(false);
  });

  it("says clearly when no account uses the email, and changes nothing", async () => {
    const other = await createUser();
    const result = await setPlatformAdmin("nobody@example.com", true, getDb());
    expect(result).toEqual({ status: "unknown", email: "nobody@example.com" });
    expect(describeResult(result)).toBe(
      "No account uses nobody@example.com. The person must sign up first, then run this again.",
    );
    expect(await isAdmin(other.id)).toBe(false);
  });

  it("skips deleted accounts", async () => {
    await createUser({ email: "gone@example.com", deletedAt: new Date() });
    expect((await setPlatformAdmin("gone@example.com", true, getDb())).status).toBe("unknown");
  });

  it("parses its arguments", () => {
    expect(parseAdminGrantArgs(["a@example.com"])).toEqual({
      email: "a@example.com",
      revoke: false,
    });
    expect(parseAdminGrantArgs(["--revoke", "a@example.com"])).toEqual({
      email: "a@example.com",
      revoke: true,
    });
    expect(parseAdminGrantArgs([])).toHaveProperty("error");
    expect(parseAdminGrantArgs(["a@example.com", "b@example.com"])).toHaveProperty("error");
    expect(parseAdminGrantArgs(["a@example.com", "--force"])).toHaveProperty("error");
  });
});
