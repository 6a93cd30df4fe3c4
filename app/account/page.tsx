import { CalendarPlus, CalendarX2, History, Search } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BookingCard } from "@/components/booking/flow/booking-card";
import { Pagination } from "@/components/tenancy/pagination";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listMyBookings } from "@/lib/booking/bookings.queries";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { requireWebViewer } from "@/lib/identity/web-session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bookingFlowUi.account");
  return { title: t("title") };
}

const PAST_PAGE_SIZE = 10;
const UPCOMING_LIMIT = 50;

/** The customer's overview: upcoming bookings (soonest first) and past ones (paged). */
export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string }>;
}) {
  const viewer = await requireWebViewer("/account");
  const t = await getTranslations("bookingFlowUi.account");
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const page = Math.max(1, Math.min(10_000, Number((await searchParams).page) || 1));
  const [upcoming, past] = await Promise.all([
    listMyBookings(viewer.user.id, { when: "upcoming", page: 1, pageSize: UPCOMING_LIMIT }, locale),
    listMyBookings(viewer.user.id, { when: "past", page, pageSize: PAST_PAGE_SIZE }, locale),
  ]);
  const findButton = (
    <Button asChild>
      <Link href="/businesses">
        <Search aria-hidden />
        {t("find")}
      </Link>
    </Button>
  );

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} action={findButton} />
      {upcoming.meta.total === 0 && past.meta.total === 0 ? (
        <EmptyState icon={CalendarPlus} title={t("emptyTitle")} action={findButton}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <div className="grid gap-8">
          <section aria-labelledby="upcoming-title">
            <h2 id="upcoming-title" className="mb-3 text-lg font-semibold">
              {t("upcoming")}
            </h2>
            {upcoming.items.length === 0 ? (
              <EmptyState
                icon={CalendarX2}
                title={t("noUpcomingTitle")}
                action={
                  <Button asChild variant="outline">
                    <Link href="/businesses">{t("find")}</Link>
                  </Button>
                }
                className="py-8"
              >
                <p>{t("noUpcomingBody")}</p>
              </EmptyState>
            ) : (
              <ul className="grid gap-2" data-testid="upcoming-bookings">
                {upcoming.items.map((booking) => (
                  <BookingCard key={booking.id} booking={booking} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="past-title">
            <h2 id="past-title" className="mb-3 text-lg font-semibold">
              {t("past")}
            </h2>
            {past.items.length === 0 ? (
              <EmptyState icon={History} title={t("noPastTitle")} className="py-8">
                <p>{t("noPastBody")}</p>
              </EmptyState>
            ) : (
              <>
                <ul className="grid gap-2" data-testid="past-bookings">
                  {past.items.map((booking) => (
                    <BookingCard key={booking.id} booking={booking} />
                  ))}
                </ul>
                <Pagination
                  label={t("pastPages")}
                  path="/account"
                  query={{}}
                  param="page"
                  page={past.meta.page}
                  pageSize={past.meta.pageSize}
                  total={past.meta.total}
                />
              </>
            )}
          </section>
        </div>
      )}
    </>
  );
}
