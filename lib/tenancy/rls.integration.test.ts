import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { invitations, memberships } from "@/db/schema";
import { addMember, createOrg, createUser } from "@/lib/testing/factories";
import { withSystemScope, withTenant, withUserScope } from "./scope";

describe("row-level security on tenant tables", () => {
  it("connects as a role that is neither superuser nor able to bypass RLS", async () => {
    const [role] = await getDb().execute<{ rolsuper: boolean; rolbypassrls: boolean }>(
      sql`select rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it("is on for every table with an org_id (a new tenant table cannot forget it)", async () => {
    // `messages` is the delivery log of all channels, written by jobs for every org and
    // none (sign-up emails); it is not reached by tenant code.
    const rows = await getDb().execute<{ table_name: string; rls: boolean }>(sql`
      select c.table_name, cls.relrowsecurity as rls
      from information_schema.columns c
      join pg_class cls on cls.relname = c.table_name and cls.relkind in ('r', 'p')
      where c.table_schema = 'public' and c.column_name = 'org_id'
        and c.table_name not in ('messages')`);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((row) => !row.rls).map((row) => row.table_name)).toEqual([]);
  });

  it("shows no rows without a tenant context and only the org's rows within one", async () => {
    const [alice, bob, carol] = await Promise.all([createUser(), createUser(), createUser()]);
    const orgA = await createOrg(alice);
    const orgB = await createOrg(bob);
    await addMember(orgA.id, carol, "worker");

    // The query "forgot" its tenant filter: RLS is what keeps it empty.
    const unscoped = await getDb().select().from(memberships);
    expect(unscoped).toEqual([]);

    const inA = await withTenant({ orgId: orgA.id }, (tx) => tx.select().from(memberships));
    expect(inA.map((row) => row.orgId)).toEqual([orgA.id, orgA.id]);
    expect(inA.map((row) => row.userId).sort()).toEqual([alice.id, carol.id].sort());

    const inB = await withTenant({ orgId: orgB.id }, (tx) => tx.select().from(memberships));
    expect(inB.map((row) => row.userId)).toEqual([bob.id]);
  });

  it("lets a user see their own memberships across orgs and nothing else", async () => {
    const [alice, bob] = await Promise.all([createUser(), createUser()]);
    const orgA = await createOrg(alice);
    const orgB = await createOrg(bob);
    await addMember(orgB.id, alice, "manager");
    const mine = await withUserScope(alice.id, (tx) => tx.select().from(memberships));
    expect(mine.map((row) => row.orgId).sort()).toEqual([orgA.id, orgB.id].sort());
    expect(mine.every((row) => row.userId === alice.id)).toBe(true);
  });

  it("refuses to write a row into another org than the current tenant", async () => {
    const [alice, bob] = await Promise.all([createUser(), createUser()]);
    const orgA = await createOrg(alice);
    const orgB = await createOrg(bob);
    await expect(
      withTenant({ orgId: orgA.id }, (tx) =>
        tx.insert(invitations).values({
          orgId: orgB.id,
          email: "x@example.com",
          role: "worker",
          tokenHash: "t",
          expiresAt: new Date(),
        }),
      ),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/row-level security/) } });
    const rows = await withSystemScope((tx) =>
      tx.select().from(invitations).where(eq(invitations.orgId, orgB.id)),
    );
    expect(rows).toEqual([]);
  });

  it("ends the tenant context with its transaction", async () => {
    const alice = await createUser();
    const org = await createOrg(alice);
    await withTenant({ orgId: org.id }, (tx) => tx.select().from(memberships));
    const [setting] = await getDb().execute<{ value: string | null }>(
      sql`select current_setting('app.org_id', true) as value`,
    );
    expect(setting?.value ?? "").toBe("");
  });
});
