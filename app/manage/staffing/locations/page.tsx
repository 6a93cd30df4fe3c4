import { MapPin, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EditDeleteCell } from "@/components/staffing/row-actions";
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
import { listLocations, type TLocation } from "@/lib/staffing";
import { requireStaffingOrg } from "../staffing-context";
import { deleteStaffingLocation } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffingUi.locations");
  return { title: t("title") };
}

const PATH = "/manage/staffing/locations";

/** A link that opens the point on a map, for checking that it is the right venue. */
const mapLink = (location: TLocation) =>
  location.latitude !== null && location.longitude !== null
    ? `https://www.openstreetmap.org/?mlat=${location.latitude}&mlon=${location.longitude}#map=17/${location.latitude}/${location.longitude}`
    : null;

export default async function LocationsPage() {
  const { org, canEdit } = await requireStaffingOrg();
  const t = await getTranslations("staffingUi.locations");
  const locations = await listLocations(org);
  const addButton = canEdit ? (
    <Button asChild>
      <Link href={`${PATH}/new`} data-testid="location-add">
        <Plus aria-hidden />
        {t("add")}
      </Link>
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} action={addButton} />
      {locations.length === 0 ? (
        <EmptyState icon={MapPin} title={t("emptyTitle")} action={addButton}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <Table data-testid="locations-table">
          <TableHeader>
            <TableRow>
              <TableHead>{t("name")}</TableHead>
              <TableHead className="hidden md:table-cell">{t("address")}</TableHead>
              <TableHead>{t("timeZone")}</TableHead>
              <TableHead className="hidden sm:table-cell">{t("payRules")}</TableHead>
              {canEdit && (
                <TableHead>
                  <span className="sr-only">{t("actions")}</span>
                </TableHead>
              )}
            </TableRow>
          </TableHeader>
          <TableBody>
            {locations.map((location) => {
              const map = mapLink(location);
              const overrides = Object.keys(location.payRules).length;
              return (
                <TableRow key={location.id} data-testid="location-row">
                  <TableCell>
                    <div className="font-medium">
                      {canEdit ? (
                        <Link href={`${PATH}/${location.id}`} className="hover:underline">
                          {location.name}
                        </Link>
                      ) : (
                        location.name
                      )}
                    </div>
                    {location.address && (
                      <div className="text-xs text-muted-foreground md:hidden">
                        {location.address}
                      </div>
                    )}
                  </TableCell>
                  <TableCell className="hidden text-muted-foreground md:table-cell">
                    <div className="whitespace-pre-line">{location.address ?? "—"}</div>
                    {map && (
                      <a
                        href={map}
                        target="_blank"
                        rel="noreferrer"
                        className="text-xs text-primary hover:underline"
                      >
                        {t("openMap")}
                      </a>
                    )}
                  </TableCell>
                  <TableCell className="whitespace-nowrap">{location.timeZone}</TableCell>
                  <TableCell className="hidden sm:table-cell">
                    {overrides > 0 ? (
                      <Badge tone="info">{t("overrides", { count: overrides })}</Badge>
                    ) : (
                      <span className="text-xs text-muted-foreground">{t("orgRules")}</span>
                    )}
                  </TableCell>
                  {canEdit && (
                    <EditDeleteCell
                      editHref={`${PATH}/${location.id}`}
                      editLabel={t("edit", { name: location.name })}
                      action={deleteStaffingLocation}
                      id={location.id}
                      triggerLabel={t("delete.open", { name: location.name })}
                      title={t("delete.title", { name: location.name })}
                      description={t("delete.description")}
                      submitLabel={t("delete.submit")}
                      testId="location-delete"
                    />
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </>
  );
}
