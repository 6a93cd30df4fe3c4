import "@/lib/runtime/load-env";
import { fileURLToPath } from "node:url";
import { and, eq, isNull, sql } from "drizzle-orm";
import { APP_ROLE, createConnection, type Executor } from "@/db/client";
import { withDatabaseServer } from "@/db/server";
import { users } from "@/db/schema";

export type AdminGrantResult =
  | { status: "granted" | "revoked" | "unchanged"; email: string; isPlatformAdmin: boolean }
  | { status: "unknown"; email: string };

/** Sets or clears a user's platform-admin flag (the door to /admin), by email. */
export async function setPlatformAdmin(
  email: string,
  isPlatformAdmin: boolean,
  db: Executor,
): Promise<AdminGrantResult> {
  const address = email.trim();
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, email: users.email, isPlatformAdmin: users.isPlatformAdmin })
      .from(users)
      .where(and(eq(users.email, address), isNull(users.deletedAt)))
      .for("update");
    if (!user) return { status: "unknown", email: address };
    if (user.isPlatformAdmin === isPlatformAdmin) {
      return { status: "unchanged", email: user.email!, isPlatformAdmin };
    }
    await tx
      .update(users)
      .set({ isPlatformAdmin, updatedAt: sql`now()` })
      .where(eq(users.id, user.id));
    return { status: isPlatformAdmin ? "granted" : "revoked", email: user.email!, isPlatformAdmin };
  });
}

const USAGE = "Usage: npm run admin:grant -- <email> [--revoke]";

export function parseAdminGrantArgs(
  args: string[],
): { email: string; revoke: boolean } | { error: string } {
  const revoke = args.includes("--revoke");
  const rest = args.filter((arg) => arg !== "--revoke");
  const unknown = rest.filter((arg) => arg.startsWith("-"));
  if (unknown.length > 0) return { error: `Unknown option ${unknown.join(", ")}. ${USAGE}` };
  if (rest.length !== 1 || !rest[0]!.includes("@")) {
    return { error: `Give one email address. ${USAGE}` };
  }
  return { email: rest[0]!, revoke };
}

export function describeResult(result: AdminGrantResult): string {
  switch (result.status) {
    case "unknown":
      return `No account uses ${result.email}. The person must sign up first, then run this again.`;
    case "granted":
      return `${result.email} is now a platform admin and can open /admin.`;
    case "revoked":
      return `${result.email} is no longer a platform admin.`;
    case "unchanged":
      return result.isPlatformAdmin
        ? `${result.email} is already a platform admin; nothing changed.`
        : `${result.email} is not a platform admin; nothing changed.`;
  }
}

/** A database the migrations never ran on: no app role to switch to, or no users table. */
function isUnmigrated(error: unknown): boolean {
  return [error, (error as { cause?: unknown }).cause].some((candidate) => {
    const { code, message } = (candidate ?? {}) as { code?: string; message?: string };
    return code === "42P01" || (code === "22023" && message?.includes(APP_ROLE) === true);
  });
}

/** Against DATABASE_URL, or the embedded development database when it is unset. */
async function main(args: string[]): Promise<number> {
  const parsed = parseAdminGrantArgs(args);
  if ("error" in parsed) {
    console.error(parsed.error);
    return 2;
  }
  const result = await withDatabaseServer(async (url) => {
    const { sql: client, db } = createConnection(url, 1);
    try {
      return await setPlatformAdmin(parsed.email, !parsed.revoke, db);
    } catch (error) {
      if (isUnmigrated(error)) {
        throw new Error("The database is not set up yet: run `npm run db:migrate` first.");
      }
      throw error;
    } finally {
      await client.end();
    }
  });
  const message = describeResult(result);
  if (result.status === "unknown") {
    console.error(message);
    return 1;
  }
  console.log(message);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2))
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
