import { Smartphone } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/**
 * A signed-in user who is nobody's worker yet: managers add workers by phone, so a verified
 * phone is what links them (or the wrong number is verified).
 */
export async function NotLinked({ hasVerifiedPhone }: { hasVerifiedPhone: boolean }) {
  const t = await getTranslations("workPages.notLinked");
  return (
    <EmptyState
      icon={Smartphone}
      title={t("title")}
      action={
        <Button asChild size="lg">
          <Link href="/account/settings">
            {hasVerifiedPhone ? t("changePhone") : t("verifyPhone")}
          </Link>
        </Button>
      }
    >
      <p>{hasVerifiedPhone ? t("bodyVerified") : t("body")}</p>
    </EmptyState>
  );
}
