import { CalendarX2 } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/staffing/back-link";
import { EventForm } from "@/components/staffing/events/event-form";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getEvent } from "@/lib/staffing";
import { loadOr404, requireStaffingOrg } from "../../../staffing-context";
import { updateEventAction } from "../../actions";
import { loadEventFormData } from "../../event-form-data";
import { eventPath } from "../../paths";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffingEvents.form");
  return { title: t("editTitle") };
}

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { org } = await requireStaffingOrg("staffing.events.write");
  const t = await getTranslations("staffingEvents.form");
  const event = await loadOr404(id, (eventId) => getEvent(org, eventId));
  const back = (
    <BackLink href={eventPath(event.id)} label={t("backToEvent", { name: event.name })} />
  );
  if (event.status === "canceled" || event.status === "completed") {
    return (
      <>
        {back}
        <EmptyState
          icon={CalendarX2}
          title={t("closedTitle")}
          action={
            <Button asChild variant="outline">
              <Link href={eventPath(event.id)}>{t("closedBack")}</Link>
            </Button>
          }
        >
          <p>{t(`closedBody.${event.status}`)}</p>
        </EmptyState>
      </>
    );
  }
  const data = await loadEventFormData(org);
  return (
    <>
      {back}
      <PageHeader title={t("editTitle")} description={event.name} />
      <EventForm
        action={updateEventAction}
        event={event}
        {...data}
        teamHref="/manage/settings/team"
        cancelHref={eventPath(event.id)}
      />
    </>
  );
}
