"use client";

import { LogOut, Monitor, Smartphone, Tablet } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { revokeDevice, signOutEverywhere, signOutHere } from "@/app/account/settings/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { ActionButton } from "./action-button";

/** A session as the page prepared it: words and formatted times, no raw user agent. */
export interface DeviceView {
  id: string;
  current: boolean;
  /** "Chrome on macOS", "Callboard app on iOS", "Unknown device". */
  title: string;
  form: "desktop" | "phone" | "tablet" | null;
  /** "Browser · Signed in with Google · 203.0.113.7". */
  details: string;
  lastUsed: { relative: string; absolute: string; iso: string };
}

const FORM_ICONS = { desktop: Monitor, phone: Smartphone, tablet: Tablet };

/** Where the account is signed in, newest use first, each one revocable. */
export function DevicesList({ devices }: { devices: DeviceView[] }) {
  const t = useTranslations("settings.devices");
  return (
    <div className="grid gap-4">
      <ul className="grid divide-y">
        {devices.map((device) => {
          const Icon = FORM_ICONS[device.form ?? "desktop"];
          return (
            <li key={device.id} className="flex items-start gap-3 py-3 first:pt-0 last:pb-0">
              <Icon className="mt-0.5 size-5 shrink-0 text-muted-foreground" aria-hidden />
              <div className="min-w-0 flex-1">
                <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
                  {device.title}
                  {device.current && <Badge tone="info">{t("thisDevice")}</Badge>}
                </p>
                <p className="text-sm break-words text-muted-foreground">{device.details}</p>
                <p className="text-xs text-muted-foreground">
                  {t("lastUsed")}{" "}
                  <time dateTime={device.lastUsed.iso} title={device.lastUsed.absolute}>
                    {device.lastUsed.relative}
                  </time>
                </p>
              </div>
              {device.current ? (
                <ActionButton action={signOutHere}>
                  <LogOut aria-hidden />
                  {t("signOut")}
                </ActionButton>
              ) : (
                <RevokeDialog device={device} />
              )}
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap items-center justify-between gap-3 border-t pt-4">
        <p className="text-sm text-muted-foreground">{t("everywhereHint")}</p>
        <SignOutEverywhereDialog />
      </div>
    </div>
  );
}

function RevokeDialog({ device }: { device: DeviceView }) {
  const t = useTranslations("settings.devices");
  const tCommon = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button
          type="button"
          variant="outline"
          size="sm"
          aria-label={t("revokeLabel", { device: device.title })}
        >
          {t("revoke")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={tCommon("close")}>
        <DialogHeader>
          <DialogTitle>{t("revokeTitle", { device: device.title })}</DialogTitle>
          <DialogDescription>{t("revokeDescription")}</DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button" variant="outline">
              {tCommon("cancel")}
            </Button>
          </DialogClose>
          <ActionButton
            action={revokeDevice}
            fields={{ id: device.id }}
            variant="destructive"
            refresh
            size="md"
            onSuccess={() => setOpen(false)}
          >
            {t("revokeConfirm")}
          </ActionButton>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

function SignOutEverywhereDialog() {
  const t = useTranslations("settings.devices");
  const tCommon = useTranslations("common");
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button type="button" variant="outline" size="sm">
          <LogOut aria-hidden />
          {t("everywhere")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={tCommon("close")}>
        <DialogHeader>
          <DialogTitle>{t("everywhereTitle")}</DialogTitle>
          <DialogDescription>{t("everywhereDescription")}</DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button" variant="outline">
              {tCommon("cancel")}
            </Button>
          </DialogClose>
          <ActionButton action={signOutEverywhere} variant="destructive" size="md">
            {t("everywhereConfirm")}
          </ActionButton>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
