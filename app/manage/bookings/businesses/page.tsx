import { Plus, Store, Star } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { STATUS_TONES } from "@/components/booking/catalog/publish-panel";
import { listBusinessServices } from "@/lib/booking/catalog.service";
import { requireBookingOrg } from "../booking-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bookingCatalogUi.list");
  return { title: t("title") };
}

const PATH = "/manage/bookings/businesses";

export default async function BusinessesPage() {
  const { org, locale, businesses, canEdit } = await requireBookingOrg();
  const t = await getTranslations("bookingCatalogUi");
  const serviceCounts = await Promise.all(
    businesses.map(
      async (business) => (await listBusinessServices(org, business.id, locale)).length,
    ),
  );
  const rating = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  });
  const addButton = canEdit ? (
    <Button asChild>
      <Link href={`${PATH}/new`} data-testid="business-add">
        <Plus aria-hidden />
        {t("list.add")}
      </Link>
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader title={t("list.title")} description={t("list.description")} action={addButton} />
      {businesses.length === 0 ? (
        <EmptyState icon={Store} title={t("list.emptyTitle")} action={addButton}>
          <p>{t("list.emptyBody")}</p>
        </EmptyState>
      ) : (
        <Table data-testid="businesses-table">
          <TableHeader>
            <TableRow>
              <TableHead>{t("list.name")}</TableHead>
              <TableHead>{t("list.status")}</TableHead>
              <TableHead className="hidden sm:table-cell">{t("list.services")}</TableHead>
              <TableHead className="hidden sm:table-cell">{t("list.rating")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {businesses.map((business, index) => (
              <TableRow key={business.id} data-testid="business-row">
                <TableCell>
                  <Link href={`${PATH}/${business.id}`} className="font-medium hover:underline">
                    {business.name}
                  </Link>
                  <div className="text-xs text-muted-foreground">
                    {t(`profile.types.${business.type}`)} · {business.timeZone}
                  </div>
                </TableCell>
                <TableCell>
                  <Badge tone={STATUS_TONES[business.status]}>
                    {t(`status.${business.status}`)}
                  </Badge>
                </TableCell>
                <TableCell className="hidden sm:table-cell">{serviceCounts[index]}</TableCell>
                <TableCell className="hidden sm:table-cell">
                  {business.ratingAverage === null ? (
                    <span className="text-muted-foreground">{t("list.noRatings")}</span>
                  ) : (
                    <span className="inline-flex items-center gap-1">
                      <Star className="size-3.5 fill-current text-amber-500" aria-hidden />
                      {rating.format(business.ratingAverage)}
                      <span className="text-xs text-muted-foreground">
                        ({t("list.ratingCount", { count: business.ratingCount })})
                      </span>
                    </span>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
