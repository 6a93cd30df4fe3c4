import { sql } from "drizzle-orm";
import { hashPassword } from "@/lib/identity/passwords";
import type { Executor } from "../client";
import { memberships, organizations, users } from "../schema";

/** Everyone in the demo signs in with this password (shown in the README). */
export const DEMO_PASSWORD = "callboard-demo";

const ORG_ID = "00000000-0000-4000-8000-0000000000a1";

// Fixed ids make the seed idempotent: a second run inserts nothing.
const DEMO_USERS = [
  {
    id: "00000000-0000-4000-8000-0000000000b1",
    name: "Olta Owner",
    email: "owner@callboard.example",
    role: "owner" as const,
    admin: true,
  },
  {
    id: "00000000-0000-4000-8000-0000000000b2",
    name: "Marco Manager",
    email: "manager@callboard.example",
    role: "manager" as const,
    admin: false,
  },
  {
    id: "00000000-0000-4000-8000-0000000000b3",
    name: "Sara Steward",
    email: "steward@callboard.example",
    role: "steward" as const,
    admin: false,
  },
  {
    id: "00000000-0000-4000-8000-0000000000b4",
    name: "Walt Worker",
    email: "worker@callboard.example",
    role: "worker" as const,
    admin: false,
  },
  {
    id: "00000000-0000-4000-8000-0000000000b5",
    name: "Cora Customer",
    email: "customer@callboard.example",
    role: null,
    admin: false,
  },
];

/** A demo organization with one member per role, and a customer with no organization. */
export async function seedIdentity(db: Executor): Promise<number> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const added = await db
    .insert(users)
    .values(
      DEMO_USERS.map((user) => ({
        id: user.id,
        name: user.name,
        email: user.email,
        emailVerifiedAt: new Date(),
        passwordHash,
        isPlatformAdmin: user.admin,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: users.id });
  // Memberships are a tenant table: the seed says explicitly that it crosses tenants.
  await db.execute(sql`select set_config('app.system', 'on', true)`);
  await db
    .insert(organizations)
    .values({
      id: ORG_ID,
      name: "Stagecrew Events",
      slug: "stagecrew-events",
      timeZone: "Europe/Tirane",
      currency: "EUR",
      createdBy: DEMO_USERS[0]!.id,
    })
    .onConflictDoNothing();
  await db
    .insert(memberships)
    .values(
      DEMO_USERS.filter((user) => user.role).map((user) => ({
        orgId: ORG_ID,
        userId: user.id,
        role: user.role!,
      })),
    )
    .onConflictDoNothing();
  return added.length;
}
