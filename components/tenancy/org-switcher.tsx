"use client";

import * as SelectPrimitive from "@radix-ui/react-select";
import { Building2, ChevronsUpDown, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useOptimistic, useTransition } from "react";
import { switchActiveOrg } from "@/app/manage/actions";
import { Select, SelectContent, SelectItem } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { idle } from "@/lib/actions/form-state";
import type { OrgRole } from "@/lib/tenancy/permissions";
import { cn } from "@/lib/utils/cn";

export interface SwitcherOrg {
  id: string;
  name: string;
  role: OrgRole;
}

/** Not an org id (those are uuids): the entry that opens the create page. */
const CREATE = "create";
export const NEW_ORG_PATH = "/manage/organizations/new";

/**
 * The active organization (name and the viewer's role) and the others to switch to. Choosing
 * one asks the server to check the membership and remember it; the page then re-renders in
 * that organization.
 */
export function OrgSwitcher({ orgs, activeId }: { orgs: SwitcherOrg[]; activeId: string }) {
  const t = useTranslations("team.switcher");
  const roles = useTranslations("tenancy.roles");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [shownId, showId] = useOptimistic(activeId);
  const active = orgs.find((org) => org.id === shownId);

  function choose(value: string) {
    if (value === CREATE) return router.push(NEW_ORG_PATH);
    if (value === shownId) return;
    startTransition(async () => {
      showId(value);
      const form = new FormData();
      form.set("orgId", value);
      const result = await switchActiveOrg(idle, form);
      if (result.status === "error") toast.error(result.message);
    });
  }

  return (
    <Select value={shownId} onValueChange={choose}>
      <SelectPrimitive.Trigger
        aria-label={
          active ? t("current", { name: active.name, role: roles(active.role) }) : t("choose")
        }
        aria-busy={pending || undefined}
        data-testid="org-switcher"
        className={cn(
          "flex w-full items-center gap-2 rounded-md border bg-background px-2 py-1.5 text-left text-sm shadow-xs transition-colors hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
          pending && "opacity-70",
        )}
      >
        <span
          aria-hidden
          className="flex size-8 shrink-0 items-center justify-center rounded-md bg-primary/10 text-primary"
        >
          <Building2 className="size-4" />
        </span>
        <span className="grid min-w-0 flex-1">
          <span className="truncate font-medium">{active?.name ?? t("choose")}</span>
          {active && (
            <span className="truncate text-xs text-muted-foreground">{roles(active.role)}</span>
          )}
        </span>
        <ChevronsUpDown className="size-4 shrink-0 opacity-60" aria-hidden />
      </SelectPrimitive.Trigger>
      <SelectContent className="min-w-56">
        <SelectPrimitive.Group>
          <SelectPrimitive.Label className="px-2 py-1.5 text-xs font-medium text-muted-foreground">
            {t("heading")}
          </SelectPrimitive.Label>
          {orgs.map((org) => (
            <SelectItem key={org.id} value={org.id} textValue={org.name}>
              <span className="block truncate">{org.name}</span>
              <span className="block text-xs text-muted-foreground">{roles(org.role)}</span>
            </SelectItem>
          ))}
        </SelectPrimitive.Group>
        <SelectPrimitive.Separator className="-mx-1 my-1 h-px bg-border" />
        <SelectItem value={CREATE} textValue={t("create")} data-testid="org-switcher-create">
          <span className="flex items-center gap-2">
            <Plus className="size-4" aria-hidden />
            {t("create")}
          </span>
        </SelectItem>
      </SelectContent>
    </Select>
  );
}
