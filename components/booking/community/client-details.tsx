"use client";

import { useLocale, useTranslations } from "next-intl";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import type { TClient } from "@/lib/booking/clients.schemas";
import { isLocale } from "@/lib/i18n/config";
import { formatDate } from "./format";

/** The client's name, opening what the business knows about them. */
export function ClientDetails({ client }: { client: TClient }) {
  const t = useTranslations("bookingCommunityUi.clients");
  const tCommon = useTranslations("common");
  const requested = useLocale();
  const locale = isLocale(requested) ? requested : "en";
  const rows: [string, string][] = [
    [t("email"), client.email ?? "—"],
    [t("phone"), client.phone ?? "—"],
    [t("status"), t(`statuses.${client.status}`)],
    [t("since"), formatDate(client.createdAt, locale)],
    ...(client.invitedAt
      ? [
          [t("invitedAt"), formatDate(client.invitedAt, locale, undefined, true)] as [
            string,
            string,
          ],
        ]
      : []),
    ...(client.acceptedAt
      ? [[t("acceptedAt"), formatDate(client.acceptedAt, locale)] as [string, string]]
      : []),
  ];
  return (
    <Dialog>
      <DialogTrigger className="rounded-sm text-left font-medium hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
        {client.name}
      </DialogTrigger>
      <DialogContent closeLabel={tCommon("close")}>
        <DialogHeader>
          <DialogTitle>{client.name}</DialogTitle>
          <DialogDescription>{t("detailsBody")}</DialogDescription>
        </DialogHeader>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-muted-foreground">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
        {client.notes && (
          <div className="rounded-md border bg-muted/40 p-3 text-sm">
            <p className="mb-1 text-xs font-medium text-muted-foreground">{t("notes")}</p>
            <p className="whitespace-pre-line">{client.notes}</p>
          </div>
        )}
      </DialogContent>
    </Dialog>
  );
}
