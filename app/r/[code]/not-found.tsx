import { LinkIcon } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PublicFrame } from "@/components/staffing/work/public-frame";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** An unknown or mistyped code: say so kindly and point to what still works. */
export default async function RequestLinkNotFound() {
  const t = await getTranslations("requestLink.notFound");
  return (
    <PublicFrame>
      <EmptyState
        icon={LinkIcon}
        title={t("title")}
        action={
          <Button asChild variant="outline">
            <Link href="/work">{t("signIn")}</Link>
          </Button>
        }
      >
        <p>{t("body")}</p>
      </EmptyState>
    </PublicFrame>
  );
}
