import { and, eq, inArray, ne } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { workerPhones } from "@/db/schema";
import { env } from "@/lib/config/env";
import type { FieldErrors } from "@/lib/errors";
import { toE164 } from "@/lib/messaging/sms/phone";

/** A worker's phones as typed, with the field each came from (for errors). */
export interface PhoneEntry {
  field: string;
  input: string;
}

export function phoneEntries(primary: string, alternates: readonly string[]): PhoneEntry[] {
  return [
    { field: "phone", input: primary },
    ...alternates.map((input, index) => ({ field: `alternatePhones.${index}`, input })),
  ];
}

export function toWorkerPhone(input: string): string | null {
  return toE164(input, env().SMS_DEFAULT_COUNTRY);
}

/**
 * The phones in E.164, primary first, or field errors for numbers that are not real or
 * that repeat one listed before them.
 */
export function normalizePhoneEntries(entries: PhoneEntry[]): {
  phones: (PhoneEntry & { phone: string })[];
  errors: FieldErrors;
} {
  const errors: FieldErrors = {};
  const phones: (PhoneEntry & { phone: string })[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const phone = toWorkerPhone(entry.input);
    if (!phone) {
      errors[entry.field] = ["validation.phone"];
    } else if (seen.has(phone)) {
      errors[entry.field] = ["staffing.phoneRepeated"];
    } else {
      seen.add(phone);
      phones.push({ ...entry, phone });
    }
  }
  return { phones, errors };
}

/** Which of `phones` other workers of the org already have: phone → worker id. */
export async function phoneOwners(
  tx: Executor,
  orgId: string,
  phones: string[],
  exceptWorkerId?: string,
): Promise<Map<string, string>> {
  if (phones.length === 0) return new Map();
  const filters = [eq(workerPhones.orgId, orgId), inArray(workerPhones.phone, phones)];
  if (exceptWorkerId) filters.push(ne(workerPhones.workerId, exceptWorkerId));
  const rows = await tx
    .select({ phone: workerPhones.phone, workerId: workerPhones.workerId })
    .from(workerPhones)
    .where(and(...filters));
  return new Map(rows.map((row) => [row.phone, row.workerId]));
}
