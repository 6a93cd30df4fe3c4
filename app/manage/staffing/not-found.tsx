import { Compass } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/**
 * A staffing page that does not exist for this member (another org's id, a deleted worker,
 * a page their role does not open), inside the dashboard's frame.
 */
export default async function StaffingNotFound() {
  const t = await getTranslations("staffingUi.notFound");
  return (
    <EmptyState
      icon={Compass}
      title={t("title")}
      action={
        <Button asChild>
          <Link href="/manage/staffing">{t("back")}</Link>
        </Button>
      }
    >
      <p>{t("body")}</p>
    </EmptyState>
  );
}
