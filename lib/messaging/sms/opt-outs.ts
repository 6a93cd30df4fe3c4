import { eq } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { smsOptOuts } from "@/db/schema";

/** Carrier and Twilio stop words; any of them alone stops all SMS to the sender. */
export const STOP_KEYWORDS = [
  "STOP",
  "STOPALL",
  "UNSUBSCRIBE",
  "CANCEL",
  "END",
  "QUIT",
  "OPTOUT",
  "REVOKE",
];
export const START_KEYWORDS = ["START", "UNSTOP"];
export const HELP_KEYWORDS = ["HELP", "INFO"];

export async function isOptedOut(phone: string, db: Executor = getDb()): Promise<boolean> {
  const rows = await db
    .select({ phone: smsOptOuts.phone })
    .from(smsOptOuts)
    .where(eq(smsOptOuts.phone, phone));
  return rows.length > 0;
}

export async function optOut(phone: string, keyword: string, db: Executor = getDb()) {
  await db
    .insert(smsOptOuts)
    .values({ phone, keyword })
    .onConflictDoUpdate({ target: smsOptOuts.phone, set: { keyword, optedOutAt: new Date() } });
}

export async function optIn(phone: string, db: Executor = getDb()) {
  await db.delete(smsOptOuts).where(eq(smsOptOuts.phone, phone));
}
