import { TZDate } from "@date-fns/tz";
import {
  ArrowLeft,
  CalendarPlus,
  Clock,
  ExternalLink,
  Globe,
  Home,
  Mail,
  MapPin,
  MessageSquareQuote,
  Phone,
  Scissors,
  Star,
  Store,
  UsersRound,
} from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { FavoriteButtons } from "@/components/booking/marketplace/favorite-buttons";
import {
  formatDuration,
  formatPrice,
  formatRating,
  openStreetMapUrl,
} from "@/components/booking/marketplace/format";
import { Gallery } from "@/components/booking/marketplace/gallery";
import { isOpenAt, localClock, weekOf } from "@/components/booking/marketplace/hours";
import { MapPanel } from "@/components/booking/marketplace/map-panel";
import { RatingStars } from "@/components/booking/marketplace/rating-stars";
import { Pagination } from "@/components/tenancy/pagination";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { listMyFavorites } from "@/lib/booking/favorites.service";
import type { TPublicBusiness } from "@/lib/booking/businesses.schemas";
import { publicEmployees, publicServices } from "@/lib/booking/catalog.service";
import type { TPublicEmployee, TPublicService } from "@/lib/booking/catalog.schemas";
import { publicHours } from "@/lib/booking/hours.queries";
import type { TPublicHours } from "@/lib/booking/hours.schemas";
import type { TRating } from "@/lib/booking/ratings.schemas";
import { listBusinessRatings } from "@/lib/booking/ratings.service";
import { env } from "@/lib/config/env";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config";
import type { Viewer } from "@/lib/identity/viewer";
import { getWebViewer } from "@/lib/identity/web-session";
import { cn } from "@/lib/utils/cn";
import { toggleFavoriteAction } from "./actions";
import { loadBusiness } from "./business-data";

const RATINGS_PAGE_SIZE = 5;

type Params = Promise<{ slug: string }>;
type Search = Promise<{ ratingsPage?: string }>;

async function currentLocale(): Promise<Locale> {
  const requested = await getLocale();
  return isLocale(requested) ? requested : DEFAULT_LOCALE;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const business = await loadBusiness(slug, await currentLocale());
  return {
    title: business.name,
    description: business.bio ?? business.description ?? undefined,
    openGraph: business.mainImageUrl ? { images: [business.mainImageUrl] } : undefined,
  };
}

/** The viewer's favorite and saved rows for this business (ids to remove them by). */
async function favoriteIds(viewer: Viewer | null, businessId: string) {
  if (!viewer) return { favoriteId: null, savedId: null };
  const { items } = await listMyFavorites(viewer, {
    target: "business",
    page: 1,
    pageSize: 100,
  });
  const find = (kind: "favorite" | "saved") =>
    items.find((item) => item.kind === kind && item.business.id === businessId)?.id ?? null;
  return { favoriteId: find("favorite"), savedId: find("saved") };
}

export default async function BusinessPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Search;
}) {
  const { slug } = await params;
  const { ratingsPage } = await searchParams;
  const locale = await currentLocale();
  const business = await loadBusiness(slug, locale);
  const ratingPage = Math.max(1, Math.min(10_000, Number.parseInt(ratingsPage ?? "1", 10) || 1));
  const viewer = await getWebViewer();
  const [services, employees, hours, ratings, favorites] = await Promise.all([
    publicServices(business.id, locale),
    publicEmployees(business.id, locale),
    publicHours(business.id),
    listBusinessRatings(business.id, { page: ratingPage, pageSize: RATINGS_PAGE_SIZE }),
    favoriteIds(viewer, business.id),
  ]);
  const t = await getTranslations("marketplaceUi.business");
  const path = `/businesses/${business.slug}`;
  const config = env();

  const images = business.images.length
    ? [...business.images].sort(
        (a, b) => Number(b.isMain) - Number(a.isMain) || a.position - b.position,
      )
    : [];

  return (
    <div className="mx-auto grid max-w-6xl gap-8 px-4 py-6 sm:px-6 sm:py-10">
      <Link
        href="/businesses"
        className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
      >
        <ArrowLeft className="size-4" aria-hidden />
        {t("backToSearch")}
      </Link>

      <header className="flex flex-wrap items-start gap-4">
        <div className="size-16 shrink-0 overflow-hidden rounded-lg border bg-muted sm:size-20">
          {business.logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- our own file route
            <img src={business.logoUrl} alt="" className="size-full object-cover" />
          ) : (
            <div className="flex size-full items-center justify-center">
              <Store className="size-8 text-muted-foreground" aria-hidden />
            </div>
          )}
        </div>
        <div className="grid min-w-0 flex-1 basis-64 gap-2">
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{business.name}</h1>
          <div className="flex flex-wrap items-center gap-2">
            {business.type === "freelancer" && <Badge tone="info">{t("types.freelancer")}</Badge>}
            {business.categories.map((category) => (
              <Badge key={category.id}>{category.name}</Badge>
            ))}
          </div>
          <p className="flex items-center gap-1.5 text-sm" data-testid="business-rating">
            {business.ratingAverage !== null && business.ratingCount > 0 ? (
              <>
                <Star className="size-4 fill-amber-400 text-amber-400" aria-hidden />
                <span className="font-semibold">
                  {formatRating(business.ratingAverage, locale)}
                </span>
                <span className="text-muted-foreground">
                  ({t("rating", { count: business.ratingCount })})
                </span>
              </>
            ) : (
              <span className="text-muted-foreground">{t("noRatings")}</span>
            )}
          </p>
        </div>
        <div className="flex w-full flex-wrap gap-2 sm:w-auto">
          <Button asChild>
            <Link href={`${path}/book`} data-testid="business-book">
              <CalendarPlus aria-hidden />
              {t("book")}
            </Link>
          </Button>
          {viewer ? (
            <FavoriteButtons
              businessId={business.id}
              slug={business.slug}
              favoriteId={favorites.favoriteId}
              savedId={favorites.savedId}
              action={toggleFavoriteAction}
            />
          ) : (
            <Button asChild variant="outline">
              <Link href={`/sign-in?callbackUrl=${encodeURIComponent(path)}`}>
                {t("favorite.signIn")}
              </Link>
            </Button>
          )}
        </div>
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="grid min-w-0 content-start gap-8">
          <Gallery images={images} name={business.name} />
          <About business={business} />
          <ServicesSection services={services} slug={business.slug} locale={locale} />
          <StaffSection employees={employees} services={services} />
          <RatingsSection business={business} ratings={ratings} locale={locale} path={path} />
        </div>
        <aside className="grid min-w-0 content-start gap-6">
          <HoursSection hours={hours} locale={locale} />
          <LocationSection
            business={business}
            tileUrl={config.MAP_TILE_URL}
            attribution={config.MAP_TILE_ATTRIBUTION}
          />
          <ContactSection business={business} />
        </aside>
      </div>
    </div>
  );
}

function SectionTitle({
  id,
  icon: Icon,
  children,
}: {
  id: string;
  icon: typeof Star;
  children: ReactNode;
}) {
  return (
    <h2 id={id} className="flex items-center gap-2 text-lg font-semibold tracking-tight">
      <Icon className="size-5 text-muted-foreground" aria-hidden />
      {children}
    </h2>
  );
}

async function About({ business }: { business: TPublicBusiness }) {
  const t = await getTranslations("marketplaceUi");
  if (!business.bio && !business.description && !business.noteToClients) return null;
  return (
    <section aria-labelledby="business-about" className="grid gap-3">
      <SectionTitle id="business-about" icon={Store}>
        {t("business.about")}
      </SectionTitle>
      {business.bio && <p className="text-base">{business.bio}</p>}
      {business.description && (
        <p className="whitespace-pre-line text-sm leading-6 text-muted-foreground">
          {business.description}
        </p>
      )}
      <p className="flex items-center gap-2 text-sm">
        <Home className="size-4 text-muted-foreground" aria-hidden />
        <span className="text-muted-foreground">{t("business.visitType")}:</span>
        {t(`search.visitTypes.${business.visitType}`)}
      </p>
      {business.noteToClients && (
        <Card className="flex gap-3 bg-muted/40 p-4 text-sm">
          <MessageSquareQuote className="size-5 shrink-0 text-muted-foreground" aria-hidden />
          <div>
            <p className="font-medium">{t("business.noteToClients")}</p>
            <p className="mt-1 whitespace-pre-line text-muted-foreground">
              {business.noteToClients}
            </p>
          </div>
        </Card>
      )}
    </section>
  );
}

async function ServicesSection({
  services,
  slug,
  locale,
}: {
  services: TPublicService[];
  slug: string;
  locale: Locale;
}) {
  const t = await getTranslations("marketplaceUi.business");
  return (
    <section aria-labelledby="business-services" className="grid gap-3">
      <SectionTitle id="business-services" icon={Scissors}>
        {t("services.title")}
      </SectionTitle>
      {services.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("services.empty")}</p>
      ) : (
        <ul className="divide-y rounded-lg border">
          {services.map((service) => (
            <li
              key={service.id}
              data-testid="service-row"
              className="flex flex-wrap items-center gap-3 p-4"
            >
              <div className="grid min-w-0 flex-1 basis-48 gap-1">
                <h3 className="font-medium">{service.name}</h3>
                <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
                  <span className="inline-flex items-center gap-1">
                    <Clock className="size-3.5" aria-hidden />
                    {formatDuration(service.durationMinutes, locale)}
                  </span>
                  {service.gender !== "any" && (
                    <span>{t(`services.forGender.${service.gender}`)}</span>
                  )}
                </p>
                {service.description && (
                  <p className="text-sm text-muted-foreground">{service.description}</p>
                )}
              </div>
              <span className="font-semibold tabular-nums">
                {formatPrice(service.priceMinor, service.currency, locale)}
              </span>
              <Button asChild size="sm">
                <Link
                  href={`/businesses/${slug}/book?service=${service.id}`}
                  aria-label={t("bookService", { name: service.name })}
                >
                  {t("book")}
                </Link>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

async function StaffSection({
  employees,
  services,
}: {
  employees: TPublicEmployee[];
  services: TPublicService[];
}) {
  const t = await getTranslations("marketplaceUi.business.staff");
  const serviceNames = new Map(services.map((service) => [service.id, service.name]));
  return (
    <section aria-labelledby="business-staff" className="grid gap-3">
      <SectionTitle id="business-staff" icon={UsersRound}>
        {t("title")}
      </SectionTitle>
      {employees.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {employees.map((employee) => {
            const does = employee.serviceIds.flatMap((id) => serviceNames.get(id) ?? []);
            return (
              <li
                key={employee.id}
                className="flex gap-3 rounded-lg border p-3"
                data-testid="staff-item"
              >
                <div className="flex size-12 shrink-0 items-center justify-center overflow-hidden rounded-full bg-muted text-sm font-semibold text-muted-foreground">
                  {employee.avatarUrl ? (
                    // eslint-disable-next-line @next/next/no-img-element -- our own file route
                    <img src={employee.avatarUrl} alt="" className="size-full object-cover" />
                  ) : (
                    <span aria-hidden>{initials(employee.name)}</span>
                  )}
                </div>
                <div className="grid min-w-0 gap-1">
                  <h3 className="font-medium">{employee.name}</h3>
                  {employee.bio && (
                    <p className="line-clamp-2 text-xs text-muted-foreground">{employee.bio}</p>
                  )}
                  {does.length > 0 && (
                    <p className="text-xs text-muted-foreground">
                      <span className="sr-only">{t("does")}: </span>
                      {does.join(" · ")}
                    </p>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join("");

async function HoursSection({ hours, locale }: { hours: TPublicHours; locale: Locale }) {
  const t = await getTranslations("marketplaceUi.business.hours");
  const now = new Date();
  const week = weekOf(hours.hours);
  const today = localClock(hours.timeZone, now).weekday;
  const open = isOpenAt(hours, now);
  const hasHours = week.some((day) => day.open.length > 0);
  // 2024-01-01 was a Monday: weekday names in the page's language.
  const dayName = (weekday: number) =>
    new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(
      new Date(Date.UTC(2024, 0, weekday)),
    );
  const dateFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeZone: hours.timeZone,
  });

  return (
    <Card className="grid gap-3 p-4" aria-labelledby="business-hours" role="region">
      <div className="flex items-center justify-between gap-2">
        <SectionTitle id="business-hours" icon={Clock}>
          {t("title")}
        </SectionTitle>
        {hasHours && (
          <Badge tone={open ? "success" : "neutral"} data-testid="business-open-now">
            {open ? t("openNow") : t("closedNow")}
          </Badge>
        )}
      </div>
      {!hasHours ? (
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <table className="w-full text-sm">
          <tbody>
            {week.map((day) => {
              const isToday = day.weekday === today;
              return (
                <tr
                  key={day.weekday}
                  aria-current={isToday ? "date" : undefined}
                  className={cn(isToday && "bg-muted font-medium")}
                >
                  <th
                    scope="row"
                    className="rounded-l-md py-1.5 pl-2 pr-3 text-left align-top font-normal"
                  >
                    <span className={cn(isToday && "font-semibold")}>{dayName(day.weekday)}</span>
                    {isToday && <span className="sr-only"> ({t("today")})</span>}
                  </th>
                  <td className="rounded-r-md py-1.5 pr-2 text-right align-top tabular-nums">
                    {day.open.length === 0 ? (
                      <span className="text-muted-foreground">{t("closed")}</span>
                    ) : (
                      <>
                        {day.open.map((range) => (
                          <div key={range.opensAt}>
                            {range.opensAt}–{range.closesAt}
                          </div>
                        ))}
                        {day.breaks.map((range) => (
                          <div
                            key={`break-${range.opensAt}`}
                            className="text-xs text-muted-foreground"
                          >
                            {t("breakRange", { from: range.opensAt, to: range.closesAt })}
                          </div>
                        ))}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {hours.closures.length > 0 && (
        <div className="text-sm">
          <p className="font-medium">{t("closures")}</p>
          <ul className="mt-1 grid gap-0.5 text-muted-foreground">
            {hours.closures.slice(0, 5).map((closure) => (
              <li key={new Date(closure.startsAt).toISOString()}>
                {dateFormat.formatRange(
                  new TZDate(new Date(closure.startsAt).getTime(), hours.timeZone),
                  new TZDate(new Date(closure.endsAt).getTime() - 1, hours.timeZone),
                )}
                {closure.reason && ` · ${closure.reason}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="text-xs text-muted-foreground">{t("zone", { zone: hours.timeZone })}</p>
    </Card>
  );
}

async function LocationSection({
  business,
  tileUrl,
  attribution,
}: {
  business: TPublicBusiness;
  tileUrl?: string;
  attribution?: string;
}) {
  const t = await getTranslations("marketplaceUi");
  const located = business.latitude !== null && business.longitude !== null;
  if (!business.address && !located) return null;
  return (
    <Card className="grid gap-3 p-4" aria-labelledby="business-location" role="region">
      <SectionTitle id="business-location" icon={MapPin}>
        {t("business.location")}
      </SectionTitle>
      {business.address && <p className="text-sm">{business.address}</p>}
      {located && (
        <>
          <MapPanel
            label={t("map.businessLabel", { name: business.name })}
            className="h-48"
            tileUrl={tileUrl}
            attribution={attribution}
            zoom={15}
            pins={[
              {
                id: business.id,
                name: business.name,
                latitude: business.latitude!,
                longitude: business.longitude!,
                detail: business.address ?? undefined,
              },
            ]}
          />
          <a
            href={openStreetMapUrl(business.latitude!, business.longitude!)}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-flex items-center gap-1 text-sm font-medium text-primary hover:underline"
          >
            {t("business.openMap")}
            <ExternalLink className="size-3.5" aria-hidden />
          </a>
        </>
      )}
      {business.collabAddress && (
        <p className="text-sm">
          <span className="text-muted-foreground">{t("business.collab")}: </span>
          {business.collabAddress}
        </p>
      )}
    </Card>
  );
}

const SOCIAL_NAMES = {
  instagram: "Instagram",
  facebook: "Facebook",
  tiktok: "TikTok",
  x: "X",
  youtube: "YouTube",
} as const;

async function ContactSection({ business }: { business: TPublicBusiness }) {
  const t = await getTranslations("marketplaceUi.business");
  const socials = Object.entries(business.socials ?? {}).filter(
    (entry): entry is [keyof typeof SOCIAL_NAMES, string] => Boolean(entry[1]),
  );
  const link = "inline-flex items-center gap-2 break-all hover:underline";
  return (
    <Card className="grid gap-3 p-4" aria-labelledby="business-contact" role="region">
      <SectionTitle id="business-contact" icon={Phone}>
        {t("contact")}
      </SectionTitle>
      {!business.phone && !business.email && !business.website && socials.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("noContact")}</p>
      ) : (
        <ul className="grid gap-2 text-sm">
          {business.phone && (
            <li>
              <a href={`tel:${business.phone.replace(/\s+/g, "")}`} className={link}>
                <Phone className="size-4 text-muted-foreground" aria-hidden />
                <span className="sr-only">{t("phone")}: </span>
                {business.phone}
              </a>
            </li>
          )}
          {business.email && (
            <li>
              <a href={`mailto:${business.email}`} className={link}>
                <Mail className="size-4 text-muted-foreground" aria-hidden />
                <span className="sr-only">{t("email")}: </span>
                {business.email}
              </a>
            </li>
          )}
          {business.website && (
            <li>
              <a href={business.website} target="_blank" rel="noopener noreferrer" className={link}>
                <Globe className="size-4 text-muted-foreground" aria-hidden />
                <span className="sr-only">{t("website")}: </span>
                {business.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
              </a>
            </li>
          )}
          {socials.length > 0 && (
            <li className="flex flex-wrap gap-2 pt-1">
              {socials.map(([network, url]) => (
                <a
                  key={network}
                  href={url}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="rounded-md border px-2 py-1 text-xs font-medium hover:bg-muted"
                >
                  {SOCIAL_NAMES[network]}
                </a>
              ))}
            </li>
          )}
        </ul>
      )}
    </Card>
  );
}

async function RatingsSection({
  business,
  ratings,
  locale,
  path,
}: {
  business: TPublicBusiness;
  ratings: { items: TRating[]; meta: { page: number; pageSize: number; total: number } };
  locale: Locale;
  path: string;
}) {
  const t = await getTranslations("marketplaceUi.business.ratings");
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const hasAverage = business.ratingAverage !== null && business.ratingCount > 0;
  return (
    <section aria-labelledby="business-ratings" className="grid gap-3" id="reviews">
      <SectionTitle id="business-ratings" icon={Star}>
        {t("title")}
      </SectionTitle>
      {hasAverage && (
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-3xl font-semibold tabular-nums">
            {formatRating(business.ratingAverage!, locale)}
          </span>
          <RatingStars score={business.ratingAverage!} />
          <span className="text-sm text-muted-foreground">
            {t("summary", {
              average: formatRating(business.ratingAverage!, locale),
              count: business.ratingCount,
            })}
          </span>
        </div>
      )}
      {ratings.items.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <ul className="grid gap-3">
          {ratings.items.map((rating) => (
            <li
              key={rating.id}
              data-testid="rating-item"
              className="grid gap-2 rounded-lg border p-4"
            >
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <RatingStars score={rating.score} />
                <span className="text-sm font-medium">{rating.customerName}</span>
                <time dateTime={rating.createdAt} className="text-xs text-muted-foreground">
                  {dateFormat.format(new Date(rating.createdAt))}
                </time>
                {rating.employeeName && <Badge>{t("about", { name: rating.employeeName })}</Badge>}
              </div>
              {rating.comment && <p className="whitespace-pre-line text-sm">{rating.comment}</p>}
              {rating.images.length > 0 && (
                <ul className="flex flex-wrap gap-2">
                  {rating.images.map((image, index) => (
                    <li key={image.id}>
                      <a
                        href={image.url}
                        target="_blank"
                        rel="noopener noreferrer"
                        className="block size-16 overflow-hidden rounded-md border"
                      >
                        {/* eslint-disable-next-line @next/next/no-img-element -- our own file route */}
                        <img
                          src={image.url}
                          alt={t("photo", { index: index + 1, name: rating.customerName })}
                          className="size-full object-cover"
                          loading="lazy"
                        />
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              {rating.replies.filter((reply) => !reply.hidden).length > 0 && (
                <ul className="grid gap-2 border-l-2 pl-3">
                  {rating.replies
                    .filter((reply) => !reply.hidden)
                    .map((reply) => (
                      <li key={reply.id} className="text-sm" data-testid="rating-reply">
                        <p className="text-xs font-medium text-muted-foreground">
                          {reply.side === "business"
                            ? t("businessReply", { name: reply.authorName })
                            : t("customerReply", { name: reply.authorName })}
                        </p>
                        <p className="whitespace-pre-line">{reply.body}</p>
                      </li>
                    ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination
        label={t("pages")}
        path={path}
        query={{}}
        param="ratingsPage"
        page={ratings.meta.page}
        pageSize={ratings.meta.pageSize}
        total={ratings.meta.total}
      />
    </section>
  );
}
