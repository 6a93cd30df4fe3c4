import { Send, Trash2, Users } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientDetails } from "@/components/booking/community/client-details";
import { ClientDialog } from "@/components/booking/community/client-dialog";
import { ConfirmButton } from "@/components/booking/community/confirm-button";
import { NoBusiness } from "@/components/booking/community/no-business";
import { ListFilters } from "@/components/staffing/list-filters";
import { Pagination } from "@/components/tenancy/pagination";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { listBusinessClients } from "@/lib/booking/clients.service";
import type { TClient } from "@/lib/booking/clients.schemas";
import { pickBusiness, requireBookingOrg } from "../booking-context";
import { inviteClientAction, removeClientAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bookingCommunityUi.clients");
  return { title: t("title") };
}

const PATH = "/manage/bookings/clients";
const PAGE_SIZE = 25;

type Params = { business?: string; q?: string; page?: string };

const STATUS_TONES = { linked: "success", invited: "pending", contact: "neutral" } as const;

export default async function ClientsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const { org, businesses, canEdit } = await requireBookingOrg();
  const t = await getTranslations("bookingCommunityUi.clients");
  const tFilters = await getTranslations("bookingCommunityUi.filters");
  const params = await searchParams;
  const business = pickBusiness(businesses, params.business);
  if (!business) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <NoBusiness />
      </>
    );
  }
  const q = params.q?.trim().slice(0, 200) || undefined;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(params.page ?? "1", 10) || 1));
  const { items, meta } = await listBusinessClients(org, business.id, {
    q,
    page,
    pageSize: PAGE_SIZE,
  });
  const addButton = canEdit ? <ClientDialog businessId={business.id} /> : undefined;
  const businessParam = businesses.length > 1 ? business.id : undefined;

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { business: business.name })}
        action={addButton}
      />
      <div className="mb-4">
        <ListFilters
          path={PATH}
          search={{ label: t("search"), placeholder: t("searchPlaceholder"), value: q }}
          filters={
            businesses.length > 1
              ? [
                  {
                    name: "business",
                    label: tFilters("business"),
                    anyLabel: businesses[0]!.name,
                    options: businesses.slice(1).map((b) => ({ value: b.id, label: b.name })),
                    value: business.id === businesses[0]!.id ? undefined : business.id,
                  },
                ]
              : []
          }
          applyLabel={tFilters("apply")}
          clearLabel={tFilters("clear")}
          removeLabel={(filter) => tFilters("remove", { filter })}
          chipsLabel={tFilters("inEffect")}
        />
      </div>
      {items.length === 0 ? (
        <EmptyState
          icon={Users}
          title={q ? t("noMatchTitle") : t("emptyTitle")}
          action={q ? undefined : addButton}
        >
          <p>{q ? t("noMatchBody") : t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <>
          <Table data-testid="clients-table">
            <TableHeader>
              <TableRow>
                <TableHead>{t("name")}</TableHead>
                <TableHead className="hidden md:table-cell">{t("email")}</TableHead>
                <TableHead className="hidden md:table-cell">{t("phone")}</TableHead>
                <TableHead>{t("status")}</TableHead>
                {canEdit && (
                  <TableHead>
                    <span className="sr-only">{t("actions")}</span>
                  </TableHead>
                )}
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((client) => (
                <TableRow key={client.id} data-testid="client-row">
                  <TableCell>
                    <ClientDetails client={client} />
                    <div className="text-xs text-muted-foreground md:hidden">
                      {[client.email, client.phone].filter(Boolean).join(" · ")}
                    </div>
                  </TableCell>
                  <TableCell className="hidden text-muted-foreground md:table-cell">
                    {client.email ?? "—"}
                  </TableCell>
                  <TableCell className="hidden whitespace-nowrap text-muted-foreground md:table-cell">
                    {client.phone ?? "—"}
                  </TableCell>
                  <TableCell>
                    <Badge tone={STATUS_TONES[client.status]}>
                      {t(`statuses.${client.status}`)}
                    </Badge>
                  </TableCell>
                  {canEdit && (
                    <TableCell className="text-right">
                      <ClientRowActions client={client} businessId={business.id} />
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pagination
            label={t("pages")}
            path={PATH}
            query={{ business: businessParam, q }}
            param="page"
            page={meta.page}
            pageSize={meta.pageSize}
            total={meta.total}
          />
        </>
      )}
    </>
  );
}

async function ClientRowActions({ client, businessId }: { client: TClient; businessId: string }) {
  const t = await getTranslations("bookingCommunityUi.clients");
  const fields = { businessId, clientId: client.id };
  const canInvite = client.status !== "linked" && !!(client.email || client.phone);
  return (
    <div className="flex flex-wrap justify-end gap-1">
      {canInvite && (
        <ConfirmButton
          action={inviteClientAction}
          fields={fields}
          variant="ghost"
          icon={<Send aria-hidden />}
          label={client.status === "invited" ? t("resend") : t("sendInvite")}
          ariaLabel={t("inviteNamed", { name: client.name })}
          title={t("inviteTitle", { name: client.name })}
          description={t("inviteBody", { contact: client.email ?? client.phone ?? "" })}
          submitLabel={t("inviteSubmit")}
          testId="client-invite"
        />
      )}
      <ClientDialog businessId={businessId} client={client} />
      <ConfirmButton
        action={removeClientAction}
        fields={fields}
        variant="ghost"
        icon={<Trash2 aria-hidden />}
        label=""
        ariaLabel={t("removeNamed", { name: client.name })}
        title={t("removeTitle", { name: client.name })}
        description={t("removeBody")}
        submitLabel={t("removeSubmit")}
        submitVariant="destructive"
        testId="client-remove"
      />
    </div>
  );
}
