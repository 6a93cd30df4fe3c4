import { and, count, desc, eq, ilike, or } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { businessClients } from "@/db/schema/booking";
import type { PageMeta } from "@/lib/api/respond";
import { NotFoundError } from "@/lib/errors";
import type { TClient, TListClientsQuery } from "./clients.schemas";

export type ClientRow = typeof businessClients.$inferSelect;

export function toClientDto(row: ClientRow): TClient {
  return {
    id: row.id,
    businessId: row.businessId,
    name: row.name,
    email: row.email,
    phone: row.phone,
    notes: row.notes,
    status: row.userId ? "linked" : row.invitationTokenHash ? "invited" : "contact",
    userId: row.userId,
    invitedAt: row.invitedAt?.toISOString() ?? null,
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A client of one of the org's businesses; another org's (or business's) id is a 404. */
export async function loadOrgClient(
  tx: Executor,
  orgId: string,
  businessId: string,
  clientId: string,
  options: { lock?: boolean } = {},
): Promise<ClientRow> {
  const query = tx
    .select()
    .from(businessClients)
    .where(
      and(
        eq(businessClients.id, clientId),
        eq(businessClients.orgId, orgId),
        eq(businessClients.businessId, businessId),
      ),
    );
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw new NotFoundError("booking.clients.notFound");
  return row;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** The business's clients, newest first, optionally those matching a name, email or phone. */
export async function listClients(
  tx: Executor,
  orgId: string,
  businessId: string,
  query: TListClientsQuery,
): Promise<{ items: TClient[]; meta: PageMeta }> {
  const pattern = query.q ? `%${escapeLike(query.q)}%` : null;
  const where = and(
    eq(businessClients.orgId, orgId),
    eq(businessClients.businessId, businessId),
    pattern
      ? or(
          ilike(businessClients.name, pattern),
          ilike(businessClients.email, pattern),
          ilike(businessClients.phone, pattern),
        )
      : undefined,
  );
  const rows = await tx
    .select()
    .from(businessClients)
    .where(where)
    .orderBy(desc(businessClients.createdAt), desc(businessClients.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await tx.select({ value: count() }).from(businessClients).where(where);
  return {
    items: rows.map(toClientDto),
    meta: { page: query.page, pageSize: query.pageSize, total: total?.value ?? 0 },
  };
}
