import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewBusinessForm } from "@/components/booking/catalog/business-form";
import { BackLink } from "@/components/staffing/back-link";
import { currencyOptions } from "@/components/tenancy/currencies";
import { PageHeader } from "@/components/ui/page-header";
import { categoryTree } from "@/lib/booking/categories.queries";
import { requireBookingOrg } from "../../booking-context";
import { createBusinessAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bookingCatalogUi.list");
  return { title: t("newTitle") };
}

export default async function NewBusinessPage() {
  const { active, locale } = await requireBookingOrg("bookings.write");
  const t = await getTranslations("bookingCatalogUi.list");
  return (
    <div className="max-w-3xl">
      <BackLink href="/manage/bookings/businesses" label={t("back")} />
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <NewBusinessForm
        action={createBusinessAction}
        tree={await categoryTree(locale)}
        currencies={currencyOptions(locale)}
        defaultTimeZone={active.timeZone}
        defaultCurrency={active.currency}
      />
    </div>
  );
}
