import { Store } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** What a bookings page shows before the org has a business: the way to create one. */
export async function NoBusiness() {
  const t = await getTranslations("bookingUi.noBusiness");
  return (
    <EmptyState
      icon={Store}
      title={t("title")}
      action={
        <Button asChild>
          <Link href="/manage/bookings/businesses/new">{t("action")}</Link>
        </Button>
      }
    >
      <p>{t("body")}</p>
    </EmptyState>
  );
}
