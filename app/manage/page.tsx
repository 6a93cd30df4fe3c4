import { Building2, ClipboardList } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { surfaceMetadata } from "@/components/shell/surface-overview";
import { CreateOrgForm } from "@/components/tenancy/create-org-form";
import { currencyOptions } from "@/components/tenancy/currencies";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { isLocale } from "@/lib/i18n/config";
import { can } from "@/lib/tenancy/permissions";
import { loadManageViewer } from "./manage-context";

export const generateMetadata = () => surfaceMetadata("manage");

export default async function ManagePage() {
  const { viewer, active } = await loadManageViewer();
  const t = await getTranslations("surfaces");

  if (!active) {
    const tOnboarding = await getTranslations("team.onboarding");
    const { user } = viewer;
    return (
      <div className="mx-auto max-w-xl pt-2 sm:pt-8">
        <Card className="p-6 sm:p-8">
          <div className="mb-6 flex items-start gap-3">
            <span
              aria-hidden
              className="flex size-10 shrink-0 items-center justify-center rounded-full bg-primary/10 text-primary"
            >
              <Building2 className="size-5" />
            </span>
            <div>
              <h1 className="text-xl font-semibold tracking-tight">{tOnboarding("title")}</h1>
              <p className="mt-1 text-sm text-muted-foreground">{tOnboarding("lead")}</p>
            </div>
          </div>
          <CreateOrgForm
            defaults={{
              timeZone: user.timeZone,
              currency: "USD",
              locale: isLocale(user.locale) ? user.locale : "en",
            }}
            currencies={currencyOptions(await getLocale())}
          />
        </Card>
        <p className="mt-4 text-center text-sm text-muted-foreground">{tOnboarding("invited")}</p>
      </div>
    );
  }

  const tTeam = await getTranslations("team.overview");
  const tStaffing = await getTranslations("staffingUi.overview");
  return (
    <>
      <PageHeader
        title={t("manage.title")}
        description={tTeam("description", { org: active.name })}
      />
      {can(active.role, "staffing.read") && (
        <Card className="mb-6 flex flex-col gap-4 p-5 sm:flex-row sm:items-center sm:justify-between">
          <div className="flex items-start gap-3">
            <span
              aria-hidden
              className="flex size-10 shrink-0 items-center justify-center rounded-full bg-primary/10 text-primary"
            >
              <ClipboardList className="size-5" />
            </span>
            <div>
              <h2 className="font-semibold">{tStaffing("title")}</h2>
              <p className="text-sm text-muted-foreground">{tStaffing("body")}</p>
            </div>
          </div>
          <Button asChild className="shrink-0">
            <Link href="/manage/staffing">{tStaffing("open")}</Link>
          </Button>
        </Card>
      )}
      <EmptyState
        icon={Building2}
        title={t("manage.emptyTitle")}
        action={
          <Link href="/docs" className="text-sm font-medium text-primary hover:underline">
            {t("readDocs")}
          </Link>
        }
      >
        <p>{t("manage.emptyBody")}</p>
      </EmptyState>
    </>
  );
}
