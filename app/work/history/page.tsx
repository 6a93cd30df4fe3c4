import { ChevronLeft, ChevronRight, History } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { NotLinked } from "@/components/staffing/work/not-linked";
import { ShiftCard } from "@/components/staffing/work/shift-card";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listMyHistory, minutesToHours, type TWorkHistoryItem } from "@/lib/staffing";
import { currentWorker } from "../work-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workPages.history");
  return { title: t("title") };
}

const PAGE_SIZE = 20;

/** Past shifts: worked (with hours by the pay rules), declined, canceled, missed. */
export default async function WorkHistoryPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string }>;
}) {
  const { self, hasVerifiedPhone } = await currentWorker("/work/history");
  const t = await getTranslations("workPages.history");
  if (self.identities.length === 0) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <NotLinked hasVerifiedPhone={hasVerifiedPhone} />
      </>
    );
  }
  const requested = Number((await searchParams).page ?? "1");
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 10_000 ? requested : 1;
  const history = await listMyHistory(self, { page, pageSize: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(history.meta.total / PAGE_SIZE));

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {history.items.length === 0 ? (
        <EmptyState icon={History} title={t("emptyTitle")}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <div className="grid gap-4">
          {history.items.map((item) => (
            <ShiftCard
              key={item.id}
              request={item}
              showEvent
              showOrg={self.identities.length > 1}
              muted={item.state !== "confirmed"}
              footer={item.hours && <Hours item={item} />}
            />
          ))}
        </div>
      )}
      {pages > 1 && (
        <nav aria-label={t("pagination")} className="mt-6 flex items-center justify-between gap-2">
          <Button asChild variant="outline" size="lg" aria-disabled={page <= 1}>
            <Link
              href={`/work/history?page=${Math.max(1, page - 1)}`}
              className={page <= 1 ? "pointer-events-none opacity-50" : undefined}
            >
              <ChevronLeft aria-hidden />
              {t("previous")}
            </Link>
          </Button>
          <span className="text-sm text-muted-foreground">{t("pageOf", { page, pages })}</span>
          <Button asChild variant="outline" size="lg" aria-disabled={page >= pages}>
            <Link
              href={`/work/history?page=${Math.min(pages, page + 1)}`}
              className={page >= pages ? "pointer-events-none opacity-50" : undefined}
            >
              {t("next")}
              <ChevronRight aria-hidden />
            </Link>
          </Button>
        </nav>
      )}
    </>
  );
}

async function Hours({ item }: { item: TWorkHistoryItem }) {
  const t = await getTranslations("workShift.hours");
  const format = await getFormatter();
  const hours = (minutes: number | null) =>
    format.number(minutesToHours(minutes ?? 0), { maximumFractionDigits: 2 });
  const shift = item.hours!;
  if (shift.status === "in_progress") {
    return <p className="text-sm text-muted-foreground">{t("pending")}</p>;
  }
  return (
    <div className="rounded-md bg-muted/60 p-3" data-testid="shift-hours">
      <p className="text-base font-semibold">{t("paid", { hours: hours(shift.paidMinutes) })}</p>
      <p className="text-sm text-muted-foreground">
        {t("breakdown", {
          regular: hours(shift.regularMinutes),
          penalty: hours(shift.mealPenaltyMinutes),
          overtime: hours(shift.overtimeMinutes),
        })}
      </p>
    </div>
  );
}
