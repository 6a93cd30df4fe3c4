import { ArrowLeft, CalendarX2, CircleAlert, Info, LogIn } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DayStrip } from "@/components/booking/flow/day-strip";
import {
  type BookingStep,
  bookHref,
  bookPath,
  isBookingStep,
} from "@/components/booking/flow/book-url";
import { ConfirmForm } from "@/components/booking/flow/confirm-form";
import { formatPrice, formatZonedDay } from "@/components/booking/flow/format";
import { ServicePicker } from "@/components/booking/flow/service-picker";
import { StaffPicker } from "@/components/booking/flow/staff-picker";
import { StepIndicator } from "@/components/booking/flow/step-indicator";
import { SlotPicker } from "@/components/booking/slot-picker";
import {
  dayStrip,
  isDateOnly,
  localDate,
  localTime,
  parseIdList,
  slotsOnDay,
  splitMinutes,
} from "@/components/booking/slot-picker-utils";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getPublicAvailability } from "@/lib/booking/availability.queries";
import { getPublicBusiness } from "@/lib/booking/businesses.service";
import type { TPublicBusiness } from "@/lib/booking/businesses.schemas";
import { publicEmployees, publicServices } from "@/lib/booking/catalog.service";
import { AppError, NotFoundError } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/translator";
import { getWebViewer } from "@/lib/identity/web-session";
import { createBookingAction } from "./actions";

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

async function loadBusiness(slug: string, locale: Locale) {
  try {
    return await getPublicBusiness(slug, locale);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ slug: string }>;
}): Promise<Metadata> {
  const { slug } = await params;
  const t = await getTranslations("bookingFlowUi");
  const requested = await getLocale();
  const business = await loadBusiness(slug, isLocale(requested) ? requested : DEFAULT_LOCALE);
  return { title: t("title", { business: business.name }) };
}

/**
 * The booking stepper: service(s) → staff → time → confirm, every choice in the URL. Each
 * step is a plain GET form or link, so it works before hydration and survives a refresh;
 * only the confirm step posts (a server action calling `createCustomerBooking`).
 */
export default async function BookPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { slug } = await params;
  const query = await searchParams;
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const t = await getTranslations("bookingFlowUi");
  const business = await loadBusiness(slug, locale);
  const [services, employees, viewer] = await Promise.all([
    publicServices(business.id, locale),
    publicEmployees(business.id, locale),
    getWebViewer(),
  ]);

  // Only services the business offers count; the rest of the URL is checked step by step.
  const chosenIds = parseIdList(query.service).filter((id) => services.some((s) => s.id === id));
  const chosen = chosenIds.map((id) => services.find((service) => service.id === id)!);
  const able = employees.filter((employee) =>
    chosenIds.every((id) => employee.serviceIds.includes(id)),
  );
  const staffParam = first(query.staff) ?? "";
  const staff = able.find((employee) => employee.id === staffParam) ?? null;
  const timeParam = first(query.time);
  const time = timeParam && !Number.isNaN(Date.parse(timeParam)) ? timeParam : null;
  const dateParam = first(query.date);
  const date = isDateOnly(dateParam) ? dateParam : time ? localDate(time, business.timeZone) : null;

  let step: BookingStep = isBookingStep(first(query.step))
    ? (first(query.step) as BookingStep)
    : "services";
  if (step !== "services" && chosen.length === 0) step = "services";
  if ((step === "time" || step === "confirm") && staffParam && !staff) step = "staff";
  if (step === "confirm" && !time) step = "time";

  const choice = { services: chosenIds, staff: staff?.id ?? null, date, time };
  const hrefs = {
    services: bookHref(slug, { ...choice, step: "services" }),
    staff: bookHref(slug, { ...choice, step: "staff" }),
    time: bookHref(slug, { ...choice, step: "time" }),
    confirm: null,
  };
  const here = bookHref(slug, { ...choice, step });
  const totalMinutes = chosen.reduce((sum, service) => sum + service.durationMinutes, 0);
  const totalMinor = chosen.reduce((sum, service) => sum + service.priceMinor, 0);
  const duration = (total: number) => {
    const { hours, minutes } = splitMinutes(total);
    if (hours === 0) return t("duration.minutes", { minutes });
    if (minutes === 0) return t("duration.hours", { hours });
    return t("duration.hoursMinutes", { hours, minutes });
  };

  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
      <Link
        href={`/businesses/${encodeURIComponent(slug)}`}
        className="mb-4 inline-flex items-center gap-1.5 rounded-sm text-sm text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        <ArrowLeft className="size-4" aria-hidden />
        {t("back", { business: business.name })}
      </Link>
      <header className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight">
          {t("title", { business: business.name })}
        </h1>
        <p className="mt-1 text-sm text-muted-foreground">{t("description")}</p>
      </header>
      <StepIndicator current={step} hrefs={hrefs} />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <Card className="p-4 sm:p-6" data-testid={`booking-step-${step}`}>
          <h2 className="mb-4 text-lg font-semibold">{t(`steps.${step}Title`)}</h2>
          {step === "services" &&
            (services.length === 0 ? (
              <EmptyState icon={CalendarX2} title={t("services.emptyTitle")}>
                <p>{t("services.emptyBody")}</p>
              </EmptyState>
            ) : (
              <ServicePicker action={bookPath(slug)} services={services} initial={chosenIds} />
            ))}
          {step === "staff" &&
            (able.length === 0 ? (
              <EmptyState
                icon={CalendarX2}
                title={t("staff.emptyTitle")}
                action={
                  <Button asChild variant="outline">
                    <Link href={hrefs.services}>{t("staff.changeServices")}</Link>
                  </Button>
                }
              >
                <p>{t("staff.emptyBody")}</p>
              </EmptyState>
            ) : (
              <StaffPicker
                action={bookPath(slug)}
                services={chosenIds}
                employees={able}
                selected={staff?.id ?? null}
              />
            ))}
          {step === "time" && (
            <TimeStep
              business={business}
              slug={slug}
              serviceIds={chosenIds}
              employeeId={staff?.id ?? null}
              date={date}
              time={time}
              locale={locale}
            />
          )}
          {step === "confirm" &&
            (viewer ? (
              <ConfirmForm
                action={createBookingAction}
                businessId={business.id}
                timeZone={business.timeZone}
                serviceIds={chosenIds}
                employeeId={staff?.id ?? null}
                startsAt={time!}
                visitType={business.visitType}
              />
            ) : (
              <SignInPrompt callbackUrl={here} />
            ))}
        </Card>

        <aside aria-labelledby="booking-summary" className="lg:sticky lg:top-20 lg:self-start">
          <Card className="grid gap-3 p-4 text-sm" data-testid="booking-summary">
            <h2 id="booking-summary" className="text-base font-semibold">
              {t("summary.title")}
            </h2>
            <dl className="grid gap-2">
              <SummaryRow label={t("summary.business")}>{business.name}</SummaryRow>
              <SummaryRow label={t("summary.services")}>
                {chosen.length === 0 ? (
                  <span className="text-muted-foreground">{t("summary.none")}</span>
                ) : (
                  <ul>
                    {chosen.map((service) => (
                      <li key={service.id}>{service.name}</li>
                    ))}
                  </ul>
                )}
              </SummaryRow>
              {step !== "services" && (
                <SummaryRow label={t("summary.staff")}>
                  {staff ? staff.name : t("summary.anyStaff")}
                </SummaryRow>
              )}
              {time && step === "confirm" && (
                <SummaryRow label={t("summary.when")}>
                  {formatZonedDay(time, business.timeZone, locale)},{" "}
                  {localTime(time, business.timeZone)}
                </SummaryRow>
              )}
              {chosen.length > 0 && (
                <>
                  <SummaryRow label={t("summary.duration")}>{duration(totalMinutes)}</SummaryRow>
                  <SummaryRow label={t("summary.total")}>
                    <span className="font-semibold">
                      {formatPrice(totalMinor, business.currency, locale)}
                    </span>
                  </SummaryRow>
                </>
              )}
            </dl>
            <p className="flex items-start gap-2 rounded-md bg-muted/60 p-2 text-xs text-muted-foreground">
              <Info className="mt-0.5 size-3.5 shrink-0" aria-hidden />
              {business.autoConfirm ? t("summary.autoConfirm") : t("summary.manualApproval")}
            </p>
            {!staff && step === "confirm" && (
              <p className="text-xs text-muted-foreground">{t("summary.anyExplained")}</p>
            )}
          </Card>
        </aside>
      </div>
    </div>
  );
}

function SummaryRow({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[6rem_1fr] gap-2">
      <dt className="text-muted-foreground">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

async function SignInPrompt({ callbackUrl }: { callbackUrl: string }) {
  const t = await getTranslations("bookingFlowUi.confirm");
  return (
    <div className="grid gap-3" data-testid="booking-sign-in">
      <p className="text-sm text-muted-foreground">{t("signInNeeded")}</p>
      <div>
        <Button asChild>
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
            <LogIn aria-hidden />
            {t("signIn")}
          </Link>
        </Button>
      </div>
    </div>
  );
}

/** Step 3: the day strip and that day's slots, from ONE availability query for the strip. */
async function TimeStep({
  business,
  slug,
  serviceIds,
  employeeId,
  date,
  time,
  locale,
}: {
  business: TPublicBusiness;
  slug: string;
  serviceIds: string[];
  employeeId: string | null;
  date: string | null;
  time: string | null;
  locale: Locale;
}) {
  const t = await getTranslations("bookingFlowUi.time");
  const today = localDate(new Date(), business.timeZone);
  const shown = dayStrip({ today, selected: date, horizonDays: business.maxHorizonDays });
  const hrefFor = (day: string) =>
    bookHref(slug, { services: serviceIds, staff: employeeId, date: day, step: "time" });

  let slots: string[];
  try {
    const availability = await getPublicAvailability(business.id, {
      serviceIds,
      employeeId: employeeId ?? undefined,
      from: shown.days[0]!,
      to: shown.days.at(-1)!,
    });
    slots = employeeId
      ? (availability.employees.find((employee) => employee.employeeId === employeeId)?.slots ?? [])
      : availability.anyEmployee;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return (
      <p role="alert" className="flex items-start gap-2 text-sm text-destructive">
        <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
        {localize(getTranslator(locale), error.messageKey, error.values)}
      </p>
    );
  }

  const freeCount: Record<string, number> = {};
  for (const iso of slots) {
    const day = localDate(iso, business.timeZone);
    freeCount[day] = (freeCount[day] ?? 0) + 1;
  }
  // Without a chosen day, open on the first one that has a free time.
  const firstFree = shown.days.find((day) => (freeCount[day] ?? 0) > 0);
  const strip = date || !firstFree ? shown : { ...shown, selected: firstFree };
  const daySlots = slotsOnDay(slots, strip.selected, business.timeZone);

  return (
    <div className="grid gap-6">
      <DayStrip strip={strip} freeCount={freeCount} hrefFor={hrefFor} />
      <section aria-labelledby="slots-title" aria-live="polite">
        <h2 id="slots-title" className="mb-3 text-sm font-medium">
          {t("slotsFor", { day: formatZonedDay(`${strip.selected}T12:00:00Z`, "UTC", locale) })}
        </h2>
        {daySlots.length === 0 ? (
          <p className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">
            {t("noSlots")}
          </p>
        ) : (
          <form method="get" action={bookPath(slug)}>
            {serviceIds.map((id) => (
              <input key={id} type="hidden" name="service" value={id} />
            ))}
            <input type="hidden" name="staff" value={employeeId ?? ""} />
            <input type="hidden" name="date" value={strip.selected} />
            <input type="hidden" name="step" value="confirm" />
            <SlotPicker slots={daySlots} timeZone={business.timeZone} selected={time} name="time" />
          </form>
        )}
      </section>
    </div>
  );
}
