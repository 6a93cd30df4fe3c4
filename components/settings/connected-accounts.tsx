"use client";

import { Link2, Unlink } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import {
  connectProvider,
  disconnectProvider,
  forgetLinkIntent,
} from "@/app/account/settings/actions";
import { Badge } from "@/components/ui/badge";
import { toast } from "@/components/ui/toaster";
import { ActionButton } from "./action-button";

export interface ProviderRow {
  id: string;
  label: string;
  /** Offered on this site now (its keys are set); a linked provider may have been turned off. */
  available: boolean;
  linked: { email: string | null; since: string } | null;
}

/**
 * Google, Microsoft, Apple, Facebook: connect one to sign in with it, disconnect it unless
 * it is the only way left into the account (the server says so).
 */
export function ConnectedAccounts({ rows }: { rows: ProviderRow[] }) {
  const t = useTranslations("settings.connections");
  return (
    <ul className="grid divide-y">
      {rows.map((row) => (
        <li
          key={row.id}
          className="flex flex-wrap items-center justify-between gap-3 py-3 first:pt-0 last:pb-0"
        >
          <div className="min-w-0">
            <p className="flex items-center gap-2 text-sm font-medium">
              {row.label}
              {row.linked && <Badge tone="success">{t("connected")}</Badge>}
            </p>
            <p className="truncate text-sm text-muted-foreground">
              {row.linked
                ? [row.linked.email, t("since", { date: row.linked.since })]
                    .filter(Boolean)
                    .join(" · ")
                : t("notConnected")}
            </p>
          </div>
          {row.linked ? (
            <ActionButton action={disconnectProvider} fields={{ provider: row.id }} refresh>
              <Unlink aria-hidden />
              {t("disconnect", { provider: row.label })}
            </ActionButton>
          ) : row.available ? (
            <ActionButton action={connectProvider} fields={{ provider: row.id }}>
              <Link2 aria-hidden />
              {t("connect", { provider: row.label })}
            </ActionButton>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * Back from a provider after connecting it (`?connected=google`, or `?connectError=…` when
 * it could not be linked): say so once, drop the parameter so a reload does not say it
 * again, and clear the linking cookie.
 */
export function ConnectedNotice({ provider, error }: { provider?: string; error?: string }) {
  const t = useTranslations("settings.connections");
  const router = useRouter();
  const shown = useRef(false);

  useEffect(() => {
    if (shown.current) return;
    shown.current = true;
    if (error) toast.error(error, { duration: 10_000 });
    else if (provider) toast.success(t("connectedNotice", { provider }));
    void forgetLinkIntent();
    router.replace("/account/settings#connections", { scroll: false });
  }, [provider, error, router, t]);

  return null;
}
