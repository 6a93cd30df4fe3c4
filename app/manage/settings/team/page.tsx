import { MailPlus, Search, Users } from "lucide-react";
import type { Metadata } from "next";
import type { z } from "zod";
import { getFormatter, getTranslations } from "next-intl/server";
import { InvitationStatusBadge, RoleBadge } from "@/components/tenancy/badges";
import { InvitationActions } from "@/components/tenancy/invitation-actions";
import { InviteDialog } from "@/components/tenancy/invite-dialog";
import { MemberRoleSelect, RemoveMemberDialog } from "@/components/tenancy/member-controls";
import { Pagination } from "@/components/tenancy/pagination";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import {
  can,
  listInvitations,
  listMembers,
  mayAssignRole,
  ORG_ROLES,
  type OrgRole,
  ZListInvitationsQuery,
  ZListMembersQuery,
} from "@/lib/tenancy";
import { requireActiveOrg } from "../../manage-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("team.members");
  return { title: t("pageTitle") };
}

const PATH = "/manage/settings/team";
const PAGE_SIZE = 20;

/** The list's page and search from the URL; anything malformed reads as the first page. */
function parseQuery<S extends z.ZodType>(schema: S, input: object): z.output<S> {
  const parsed = schema.safeParse(input);
  return parsed.success ? parsed.data : schema.parse({ pageSize: PAGE_SIZE });
}

/** The role a new invitation starts with: the least powerful one the viewer may give. */
function defaultInviteRole(roles: OrgRole[]): OrgRole {
  return roles.includes("worker") ? "worker" : roles[0]!;
}

export default async function TeamPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; page?: string; ipage?: string }>;
}) {
  const { viewer, active, org } = await requireActiveOrg();
  const params = await searchParams;
  const t = await getTranslations("team");
  const format = await getFormatter();
  const date = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: "medium", timeZone: viewer.user.timeZone });

  const membersQuery = parseQuery(ZListMembersQuery, {
    q: params.q || undefined,
    page: params.page,
    pageSize: PAGE_SIZE,
  });
  const showInvitations = can(org.role, "invitations.read");
  const invitationsQuery = parseQuery(ZListInvitationsQuery, {
    page: params.ipage,
    pageSize: PAGE_SIZE,
  });
  const [members, invitations] = await Promise.all([
    listMembers(org, membersQuery),
    showInvitations ? listInvitations(org, invitationsQuery) : null,
  ]);

  const assignable = ORG_ROLES.filter((role) => mayAssignRole(org.role, role));
  const canManageMembers = can(org.role, "members.write");
  const canInvite = can(org.role, "invitations.write") && assignable.length > 0;
  const inviteDialog = (testId?: string) => (
    <InviteDialog
      orgName={active.name}
      roles={assignable}
      defaultRole={defaultInviteRole(assignable)}
      testId={testId}
    />
  );
  const query = { q: membersQuery.q, page: params.page, ipage: params.ipage };

  return (
    <>
      <PageHeader
        title={t("members.pageTitle")}
        description={t("members.pageDescription", { org: active.name })}
        action={canInvite ? inviteDialog() : undefined}
      />

      <section aria-labelledby="members-heading" className="grid gap-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="members-heading" className="text-base font-semibold">
            {t("members.heading")}{" "}
            <span className="font-normal text-muted-foreground">({members.meta.total})</span>
          </h2>
          <form role="search" method="get" action={PATH} className="flex w-full gap-2 sm:w-auto">
            <label htmlFor="member-search" className="sr-only">
              {t("members.search")}
            </label>
            <Input
              id="member-search"
              name="q"
              type="search"
              defaultValue={membersQuery.q ?? ""}
              placeholder={t("members.searchPlaceholder")}
              className="sm:w-64"
            />
            {params.ipage && <input type="hidden" name="ipage" value={params.ipage} />}
            <Button type="submit" variant="outline" aria-label={t("members.search")}>
              <Search aria-hidden />
              <span className="hidden sm:inline">{t("members.search")}</span>
            </Button>
          </form>
        </div>

        {members.items.length === 0 ? (
          <EmptyState icon={Users} title={t("members.noMatchTitle")}>
            <p>{t("members.noMatchBody", { q: membersQuery.q ?? "" })}</p>
          </EmptyState>
        ) : (
          <Table data-testid="members-table">
            <TableHeader>
              <TableRow>
                <TableHead>{t("members.name")}</TableHead>
                <TableHead className="hidden md:table-cell">{t("members.contact")}</TableHead>
                <TableHead>{t("members.role")}</TableHead>
                <TableHead className="hidden sm:table-cell">{t("members.joined")}</TableHead>
                <TableHead>
                  <span className="sr-only">{t("members.actions")}</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {members.items.map((member) => {
                const isViewer = member.userId === viewer.user.id;
                const manageable =
                  canManageMembers && !isViewer && mayAssignRole(org.role, member.role);
                const name = member.name || member.email || member.phone || "";
                return (
                  <TableRow key={member.id} data-testid="member-row">
                    <TableCell>
                      <div className="flex items-center gap-2 font-medium">
                        {name}
                        {isViewer && <Badge>{t("members.you")}</Badge>}
                      </div>
                      <div className="text-xs text-muted-foreground md:hidden">
                        {member.email ?? member.phone}
                      </div>
                    </TableCell>
                    <TableCell className="hidden text-muted-foreground md:table-cell">
                      {member.email ?? member.phone}
                    </TableCell>
                    <TableCell>
                      {manageable ? (
                        <MemberRoleSelect
                          memberId={member.id}
                          memberName={name}
                          role={member.role}
                          roles={assignable}
                        />
                      ) : (
                        <RoleBadge role={member.role} />
                      )}
                    </TableCell>
                    <TableCell className="hidden whitespace-nowrap text-muted-foreground sm:table-cell">
                      {date(member.joinedAt)}
                    </TableCell>
                    <TableCell className="w-12 text-right">
                      {manageable && (
                        <RemoveMemberDialog
                          memberId={member.id}
                          memberName={name}
                          orgName={active.name}
                        />
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
        <Pagination
          label={t("members.pages")}
          path={PATH}
          query={query}
          param="page"
          page={members.meta.page}
          pageSize={members.meta.pageSize}
          total={members.meta.total}
        />
      </section>

      {invitations && (
        <section aria-labelledby="invitations-heading" className="mt-10 grid gap-3">
          <h2 id="invitations-heading" className="text-base font-semibold">
            {t("invitations.heading")}
          </h2>
          {invitations.items.length === 0 ? (
            <EmptyState
              icon={MailPlus}
              title={t("invitations.emptyTitle")}
              action={canInvite ? inviteDialog("invite-open-empty") : undefined}
            >
              <p>{t("invitations.emptyBody")}</p>
            </EmptyState>
          ) : (
            <Table data-testid="invitations-table">
              <TableHeader>
                <TableRow>
                  <TableHead>{t("invitations.contact")}</TableHead>
                  <TableHead>{t("invitations.role")}</TableHead>
                  <TableHead>{t("invitations.statusLabel")}</TableHead>
                  <TableHead className="hidden md:table-cell">{t("invitations.sent")}</TableHead>
                  <TableHead className="hidden md:table-cell">{t("invitations.expires")}</TableHead>
                  <TableHead>
                    <span className="sr-only">{t("invitations.actions")}</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {invitations.items.map((invitation) => {
                  const contact = invitation.email ?? invitation.phone ?? "";
                  const open = invitation.status === "pending" || invitation.status === "expired";
                  const actionable = canInvite && open && mayAssignRole(org.role, invitation.role);
                  return (
                    <TableRow key={invitation.id} data-testid="invitation-row">
                      <TableCell className="font-medium">
                        {contact}
                        {invitation.invitedBy && (
                          <div className="text-xs font-normal text-muted-foreground">
                            {t("invitations.invitedBy", { name: invitation.invitedBy.name })}
                          </div>
                        )}
                      </TableCell>
                      <TableCell>
                        <RoleBadge role={invitation.role} />
                      </TableCell>
                      <TableCell>
                        <InvitationStatusBadge status={invitation.status} />
                      </TableCell>
                      <TableCell className="hidden whitespace-nowrap text-muted-foreground md:table-cell">
                        {date(invitation.lastSentAt)}
                      </TableCell>
                      <TableCell className="hidden whitespace-nowrap text-muted-foreground md:table-cell">
                        {invitation.status === "accepted" && invitation.acceptedAt
                          ? t("invitations.acceptedOn", { date: date(invitation.acceptedAt) })
                          : date(invitation.expiresAt)}
                      </TableCell>
                      <TableCell className="text-right">
                        {actionable && (
                          <InvitationActions invitationId={invitation.id} contact={contact} />
                        )}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
          <Pagination
            label={t("invitations.pages")}
            path={PATH}
            query={query}
            param="ipage"
            page={invitations.meta.page}
            pageSize={invitations.meta.pageSize}
            total={invitations.meta.total}
          />
        </section>
      )}
    </>
  );
}
