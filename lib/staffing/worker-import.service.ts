import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { laborTypes, workerLaborTypes, workerPhones, workers } from "@/db/schema";
import { ConflictError } from "@/lib/errors";
import { localize } from "@/lib/i18n/localize";
import type { Translate } from "@/lib/i18n/translator";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { withTenant } from "@/lib/tenancy/scope";
import { isUniqueViolation } from "@/db/errors";
import type {
  TImportPreview,
  TImportResult,
  TImportRow,
  TWorkerImportInput,
} from "./people.schemas";
import { normalizePhoneEntries, phoneEntries, phoneOwners } from "./worker-phones";
import { parseImportFile, type RawImportRow } from "./worker-import.parse";

/**
 * Importing workers from a spreadsheet (CSV) or an address book (vCard). Preview and
 * commit run the same plan, so what the preview calls "new" is exactly what gets created.
 * Decisions: duplicates (a phone another worker already has, or one an earlier row of the
 * file has) are skipped, not merged; labor types named in the file that the org lacks are
 * created (matched without case), since a roster's skills column is the usual way to bring
 * them in; rows with errors are skipped, the rest are still imported.
 */

const MAX_NOTES = 2000;
const ZImportEmail = z.email().max(254);

interface PlannedRow {
  result: TImportRow;
  /** E.164, primary first, for rows to create. */
  phones: string[];
}

/** `{field, message}` with the message still a key; the caller's language is applied last. */
function checkRow(raw: RawImportRow): { errors: TImportRow["errors"]; phones: string[] } {
  const errors: TImportRow["errors"] = [];
  if (!raw.name) errors.push({ field: "name", message: "validation.required" });
  else if (raw.name.length > 200) errors.push({ field: "name", message: "validation.invalid" });
  if (raw.email && !ZImportEmail.safeParse(raw.email).success) {
    errors.push({ field: "email", message: "validation.format.email" });
  }
  if (raw.notes.length > MAX_NOTES) errors.push({ field: "notes", message: "validation.invalid" });
  if (raw.laborTypes.some((name) => name.length > 100)) {
    errors.push({ field: "laborTypes", message: "validation.invalid" });
  }
  const [primary = "", ...alternates] = raw.phones;
  if (!primary) {
    errors.push({ field: "phone", message: "validation.required" });
    return { errors, phones: [] };
  }
  const normalized = normalizePhoneEntries(phoneEntries(primary, alternates));
  for (const [field, messages] of Object.entries(normalized.errors)) {
    errors.push(...messages.map((message) => ({ field, message })));
  }
  return { errors, phones: normalized.phones.map((entry) => entry.phone) };
}

/** Case-insensitively unique labor type names, first spelling kept. */
function uniqueNames(names: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) if (!byKey.has(name.toLowerCase())) byKey.set(name.toLowerCase(), name);
  return [...byKey.values()];
}

async function planImport(tx: Executor, orgId: string, rawRows: RawImportRow[]) {
  const checked = rawRows.map((raw) => ({ raw, ...checkRow(raw) }));
  const owners = await phoneOwners(
    tx,
    orgId,
    checked.flatMap((row) => row.phones),
  );
  const rowOfPhone = new Map<string, number>();
  const planned: PlannedRow[] = checked.map(({ raw, errors, phones }) => {
    const existing = phones.find((phone) => owners.has(phone));
    const earlier = phones.find((phone) => rowOfPhone.has(phone));
    const status: TImportRow["status"] =
      errors.length > 0 ? "error" : existing || earlier ? "duplicate" : "new";
    if (status === "new") for (const phone of phones) rowOfPhone.set(phone, raw.row);
    return {
      phones,
      result: {
        row: raw.row,
        status,
        errors,
        duplicateOf:
          status !== "duplicate"
            ? null
            : existing
              ? { workerId: owners.get(existing)!, row: null }
              : { workerId: null, row: rowOfPhone.get(earlier!)! },
        worker: {
          name: raw.name,
          phone: phones[0] ?? (raw.phones[0] || null),
          alternatePhones: phones.length > 0 ? phones.slice(1) : raw.phones.slice(1),
          email: raw.email ? raw.email.toLowerCase() : null,
          laborTypes: uniqueNames(raw.laborTypes),
          notes: raw.notes || null,
        },
      },
    };
  });
  const wanted = uniqueNames(
    planned
      .filter((row) => row.result.status === "new")
      .flatMap((row) => row.result.worker.laborTypes),
  );
  const known = await tx
    .select({ id: laborTypes.id, name: laborTypes.name })
    .from(laborTypes)
    .where(eq(laborTypes.orgId, orgId));
  const knownKeys = new Set(known.map((type) => type.name.toLowerCase()));
  return {
    planned,
    newLaborTypes: wanted.filter((name) => !knownKeys.has(name.toLowerCase())),
  };
}

function countOf(planned: PlannedRow[], status: TImportRow["status"]): number {
  return planned.filter((row) => row.result.status === status).length;
}

/** What an import would do, row by row, without changing anything. */
export async function previewWorkerImport(
  context: OrgContext,
  input: TWorkerImportInput,
  t: Translate,
): Promise<TImportPreview> {
  assertCan(context, "staffing.events.write");
  const rawRows = parseImportFile(input);
  const { planned, newLaborTypes } = await withTenant(context, (tx) =>
    planImport(tx, context.orgId, rawRows),
  );
  return {
    rows: planned.map(({ result }) => ({
      ...result,
      errors: result.errors.map((error) => ({ ...error, message: localize(t, error.message) })),
    })),
    counts: {
      new: countOf(planned, "new"),
      duplicate: countOf(planned, "duplicate"),
      error: countOf(planned, "error"),
    },
    newLaborTypes,
  };
}

/** Creates the new workers of an import (and missing labor types) in one transaction. */
export async function commitWorkerImport(
  context: OrgContext,
  input: TWorkerImportInput,
): Promise<TImportResult> {
  assertCan(context, "staffing.events.write");
  const rawRows = parseImportFile(input);
  try {
    return await withTenant(context, async (tx) => {
      const { planned, newLaborTypes } = await planImport(tx, context.orgId, rawRows);
      const toCreate = planned.filter((row) => row.result.status === "new");
      if (newLaborTypes.length > 0) {
        await tx
          .insert(laborTypes)
          .values(newLaborTypes.map((name) => ({ orgId: context.orgId, name })))
          .onConflictDoNothing();
      }
      const typeIds = new Map(
        (
          await tx
            .select({ id: laborTypes.id, name: laborTypes.name })
            .from(laborTypes)
            .where(eq(laborTypes.orgId, context.orgId))
        ).map((type) => [type.name.toLowerCase(), type.id]),
      );
      // Ids made here let three bulk inserts link rows without relying on RETURNING order.
      const rows = toCreate.map((row) => ({ ...row, id: randomUUID() }));
      if (rows.length > 0) {
        await tx.insert(workers).values(
          rows.map(({ id, result: { worker } }) => ({
            id,
            orgId: context.orgId,
            name: worker.name,
            email: worker.email,
            notes: worker.notes,
          })),
        );
        await tx.insert(workerPhones).values(
          rows.flatMap(({ id, phones }) =>
            phones.map((phone, index) => ({
              orgId: context.orgId,
              workerId: id,
              phone,
              isPrimary: index === 0,
            })),
          ),
        );
        const links = rows.flatMap(({ id, result: { worker } }) =>
          worker.laborTypes.map((name) => ({
            orgId: context.orgId,
            workerId: id,
            laborTypeId: typeIds.get(name.toLowerCase())!,
          })),
        );
        if (links.length > 0) await tx.insert(workerLaborTypes).values(links);
      }
      return {
        created: rows.length,
        duplicates: countOf(planned, "duplicate"),
        errors: countOf(planned, "error"),
        laborTypesCreated: newLaborTypes.length,
      };
    });
  } catch (error) {
    // Someone saved one of these phones while the import ran: nothing was imported.
    if (isUniqueViolation(error, "worker_phones_org_phone_key")) {
      throw new ConflictError("staffing.phoneTaken");
    }
    throw error;
  }
}
