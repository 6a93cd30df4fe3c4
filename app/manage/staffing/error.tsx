"use client";

import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** A staffing page that failed to render keeps the dashboard's frame around the message. */
export default function StaffingError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <EmptyState
      icon={TriangleAlert}
      title={t("title")}
      action={<Button onClick={reset}>{t("retry")}</Button>}
    >
      <p>{t("body")}</p>
    </EmptyState>
  );
}
