import {
  Briefcase,
  CalendarCheck,
  Code2,
  ContactRound,
  HardHat,
  LayoutDashboard,
  type LucideIcon,
  Search,
  UserRound,
  UsersRound,
} from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";

const FEATURES: { key: "staffing" | "bookings" | "crm"; icon: LucideIcon }[] = [
  { key: "staffing", icon: UsersRound },
  { key: "bookings", icon: CalendarCheck },
  { key: "crm", icon: ContactRound },
];

const SURFACES = [
  { key: "Manage", href: "/manage", icon: LayoutDashboard },
  { key: "Work", href: "/work", icon: HardHat },
  { key: "Account", href: "/account", icon: UserRound },
  { key: "Api", href: "/docs", icon: Code2 },
] as const;

export default async function HomePage() {
  const t = await getTranslations("home");
  const tMarket = await getTranslations("marketplaceUi.search");
  return (
    <>
      <section className="mx-auto max-w-6xl px-4 pb-16 pt-16 sm:px-6 sm:pt-24">
        <p className="inline-flex items-center gap-2 rounded-full border px-3 py-1 text-xs font-medium text-muted-foreground">
          <Briefcase className="size-3.5" aria-hidden />
          {t("eyebrow")}
        </p>
        <h1 className="mt-6 max-w-3xl text-4xl font-semibold tracking-tight text-balance sm:text-5xl">
          {t("title")}
        </h1>
        <p className="mt-5 max-w-2xl text-lg text-muted-foreground">{t("lead")}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Button asChild size="lg">
            <Link href="/contact">{t("ctaPrimary")}</Link>
          </Button>
          <Button asChild size="lg" variant="outline">
            <Link href="/docs">{t("ctaSecondary")}</Link>
          </Button>
        </div>
        <form
          role="search"
          method="get"
          action="/businesses"
          className="mt-8 flex max-w-xl flex-wrap items-end gap-2"
        >
          <div className="grid min-w-0 flex-1 basis-56 gap-1.5">
            <label htmlFor="home-marketplace-q" className="text-sm font-medium">
              {tMarket("title")}
            </label>
            <Input
              id="home-marketplace-q"
              name="q"
              type="search"
              minLength={2}
              placeholder={tMarket("searchPlaceholder")}
            />
          </div>
          <Button type="submit" variant="secondary">
            <Search aria-hidden />
            {tMarket("search")}
          </Button>
        </form>
      </section>

      <section aria-labelledby="features" className="border-t bg-muted/40">
        <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
          <h2 id="features" className="text-2xl font-semibold tracking-tight">
            {t("featuresTitle")}
          </h2>
          <div className="mt-8 grid gap-4 md:grid-cols-3">
            {FEATURES.map(({ key, icon: Icon }) => (
              <Card key={key} className="p-6">
                <div className="flex size-10 items-center justify-center rounded-md bg-accent text-accent-foreground">
                  <Icon className="size-5" aria-hidden />
                </div>
                <h3 className="mt-4 font-semibold">{t(`${key}Title`)}</h3>
                <p className="mt-2 text-sm leading-6 text-muted-foreground">{t(`${key}Body`)}</p>
              </Card>
            ))}
          </div>
        </div>
      </section>

      <section aria-labelledby="surfaces" className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
        <h2 id="surfaces" className="text-2xl font-semibold tracking-tight">
          {t("surfacesTitle")}
        </h2>
        <p className="mt-2 text-muted-foreground">{t("surfacesLead")}</p>
        <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {SURFACES.map(({ key, href, icon: Icon }) => (
            <li key={key}>
              <Link
                href={href}
                className="group flex h-full flex-col rounded-lg border p-5 transition-colors hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
              >
                <Icon className="size-5 text-primary" aria-hidden />
                <span className="mt-3 font-medium">{t(`surface${key}`)}</span>
                <span className="mt-1 text-sm text-muted-foreground">{t(`surface${key}Body`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
