import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/staffing/back-link";
import { EventForm } from "@/components/staffing/events/event-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaffingOrg } from "../../staffing-context";
import { createEventAction } from "../actions";
import { loadEventFormData } from "../event-form-data";
import { EVENTS_PATH } from "../paths";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffingEvents.form");
  return { title: t("newTitle") };
}

export default async function NewEventPage() {
  const { org } = await requireStaffingOrg("staffing.events.write");
  const t = await getTranslations("staffingEvents.form");
  const data = await loadEventFormData(org);
  return (
    <>
      <BackLink href={EVENTS_PATH} label={t("backToEvents")} />
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <EventForm
        action={createEventAction}
        {...data}
        teamHref="/manage/settings/team"
        cancelHref={EVENTS_PATH}
      />
    </>
  );
}
