"use client";

import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-xl items-center px-4">
      <EmptyState
        icon={TriangleAlert}
        title={t("title")}
        className="w-full"
        action={<Button onClick={reset}>{t("retry")}</Button>}
      >
        <p>{t("body")}</p>
      </EmptyState>
    </main>
  );
}
