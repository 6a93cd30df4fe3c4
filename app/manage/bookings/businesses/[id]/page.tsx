import { TZDate } from "@date-fns/tz";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BusinessStatusBadge, PublishPanel } from "@/components/booking/catalog/publish-panel";
import { ProfileForm } from "@/components/booking/catalog/business-form";
import { EmployeesPanel } from "@/components/booking/catalog/employees-panel";
import { GalleryPanel } from "@/components/booking/catalog/gallery-panel";
import { HoursEditor } from "@/components/booking/catalog/hours-editor";
import { ServicesPanel } from "@/components/booking/catalog/services-panel";
import { TimeOffPanel } from "@/components/booking/catalog/time-off-panel";
import { BackLink } from "@/components/staffing/back-link";
import { currencyOptions } from "@/components/tenancy/currencies";
import { PageHeader } from "@/components/ui/page-header";
import { listBusinessEmployees, listBusinessServices } from "@/lib/booking/catalog.service";
import { categoryTree } from "@/lib/booking/categories.queries";
import { listBusinessImages } from "@/lib/booking/gallery.service";
import { getBusinessHours, listTimeOff } from "@/lib/booking/hours.service";
import { listMembers } from "@/lib/tenancy/members.queries";
import { can } from "@/lib/tenancy/permissions";
import { cn } from "@/lib/utils/cn";
import { requireBookingOrg } from "../../booking-context";
import * as actions from "../actions";

const TABS = ["profile", "services", "employees", "hours", "time-off", "gallery"] as const;
type Tab = (typeof TABS)[number];

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { businesses } = await requireBookingOrg();
  const { id } = await params;
  const t = await getTranslations("bookingCatalogUi.list");
  return { title: businesses.find((business) => business.id === id)?.name ?? t("title") };
}

/** "24 Dec 2026, 13:00 – 26 Dec 2026, 09:00" in the business's zone. */
function formatPeriod(startsAt: Date, endsAt: Date, timeZone: string, locale: string) {
  const format = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  });
  return format.formatRange(new TZDate(startsAt, timeZone), new TZDate(endsAt, timeZone));
}

export default async function BusinessPage({ params, searchParams }: Props) {
  const { org, locale, businesses, canEdit } = await requireBookingOrg();
  const { id } = await params;
  const query = await searchParams;
  const business = businesses.find((candidate) => candidate.id === id);
  if (!business) notFound();
  const tab: Tab = TABS.includes(query.tab as Tab) ? (query.tab as Tab) : "profile";
  const t = await getTranslations("bookingCatalogUi");
  const base = `/manage/bookings/businesses/${business.id}`;

  return (
    // minmax(0, 1fr): nothing inside may widen the page past a phone's screen.
    <div className="grid grid-cols-1 gap-6">
      <div className="min-w-0">
        <BackLink href="/manage/bookings/businesses" label={t("list.back")} />
        <PageHeader
          title={business.name}
          description={t("detail.description", {
            zone: business.timeZone,
            currency: business.currency,
          })}
          action={<BusinessStatusBadge status={business.status} />}
        />
        {/* The tabs wrap on a phone, so the current one is always in sight. */}
        <nav aria-label={t("detail.tabsLabel")} className="-mx-1 border-b">
          <ul className="flex flex-wrap gap-x-1 px-1">
            {TABS.map((name) => (
              <li key={name}>
                <Link
                  href={`${base}?tab=${name}`}
                  aria-current={tab === name ? "page" : undefined}
                  data-testid={`business-tab-${name}`}
                  className={cn(
                    "inline-block rounded-t-md border-b-2 px-3 py-2 text-sm font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                    tab === name
                      ? "border-primary text-foreground"
                      : "border-transparent text-muted-foreground hover:text-foreground",
                  )}
                >
                  {t(`tabs.${name}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {query.created === "1" && (
        <p role="status" className="rounded-md border bg-muted px-3 py-2 text-sm">
          {t("detail.created")}
        </p>
      )}
      <TabContent tab={tab} businessId={business.id} />
    </div>
  );

  async function TabContent({ tab, businessId }: { tab: Tab; businessId: string }) {
    const current = business!;
    switch (tab) {
      case "profile":
        return (
          <>
            <PublishPanel
              business={current}
              canEdit={canEdit}
              publish={actions.publishBusinessAction}
              unpublish={actions.unpublishBusinessAction}
              remove={actions.deleteBusinessAction}
            />
            <ProfileForm
              action={actions.updateProfileAction}
              business={current}
              tree={await categoryTree(locale)}
              currencies={currencyOptions(locale)}
              canEdit={canEdit}
            />
          </>
        );
      case "services": {
        const [services, employees] = await Promise.all([
          listBusinessServices(org, businessId, locale),
          listBusinessEmployees(org, businessId, locale),
        ]);
        return (
          <ServicesPanel
            business={current}
            services={services}
            employeeCount={employees.length}
            tree={await categoryTree(locale)}
            orgId={org.orgId}
            canEdit={canEdit}
            locale={locale}
            actions={{
              create: actions.createServiceAction,
              update: actions.updateServiceAction,
              remove: actions.deleteServiceAction,
              order: actions.orderServicesAction,
              removeImage: actions.deleteServiceImageAction,
            }}
          />
        );
      }
      case "employees": {
        const [employees, services] = await Promise.all([
          listBusinessEmployees(org, businessId, locale),
          listBusinessServices(org, businessId, locale),
        ]);
        const members = can(org.role, "members.read")
          ? (await listMembers(org, { page: 1, pageSize: 100 })).items.map((member) => ({
              userId: member.userId,
              name: member.email ? `${member.name} (${member.email})` : member.name,
            }))
          : [];
        return (
          <EmployeesPanel
            businessId={businessId}
            employees={employees}
            services={services}
            members={members}
            orgId={org.orgId}
            canEdit={canEdit}
            actions={{
              create: actions.createEmployeeAction,
              update: actions.updateEmployeeAction,
              remove: actions.deleteEmployeeAction,
              order: actions.orderEmployeesAction,
              removeAvatar: actions.removeEmployeeAvatarAction,
            }}
          />
        );
      }
      case "hours": {
        const [hours, employees, services] = await Promise.all([
          getBusinessHours(org, businessId),
          listBusinessEmployees(org, businessId, locale),
          listBusinessServices(org, businessId, locale),
        ]);
        return (
          <HoursEditor
            businessId={businessId}
            timeZone={hours.timeZone}
            hours={hours.hours}
            employees={employees.map(({ id, name }) => ({ id, name }))}
            services={services.map(({ id, name }) => ({ id, name }))}
            canEdit={canEdit}
            save={actions.setHoursAction}
            saveBatch={actions.setEmployeesHoursAction}
          />
        );
      }
      case "time-off": {
        const [rows, employees] = await Promise.all([
          listTimeOff(org, businessId, {}),
          listBusinessEmployees(org, businessId, locale),
        ]);
        return (
          <TimeOffPanel
            businessId={businessId}
            timeZone={current.timeZone}
            rows={rows.map((row) => ({
              id: row.id,
              employeeId: row.employeeId,
              reason: row.reason,
              period: formatPeriod(row.startsAt, row.endsAt, current.timeZone, locale),
            }))}
            employees={employees.map(({ id, name }) => ({ id, name }))}
            canEdit={canEdit}
            create={actions.createTimeOffAction}
            remove={actions.deleteTimeOffAction}
          />
        );
      }
      case "gallery":
        return (
          <GalleryPanel
            businessId={businessId}
            businessName={current.name}
            orgId={org.orgId}
            logoUrl={current.logoUrl}
            images={await listBusinessImages(org, businessId)}
            canEdit={canEdit}
            actions={{
              setMain: actions.setMainImageAction,
              remove: actions.deleteImageAction,
              order: actions.orderImagesAction,
              removeLogo: actions.removeLogoAction,
            }}
          />
        );
    }
  }
}
