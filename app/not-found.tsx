import { Compass } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-xl items-center px-4">
      <EmptyState
        icon={Compass}
        title={t("title")}
        className="w-full"
        action={
          <Button asChild>
            <Link href="/">{t("back")}</Link>
          </Button>
        }
      >
        <p>{t("body")}</p>
      </EmptyState>
    </main>
  );
}
