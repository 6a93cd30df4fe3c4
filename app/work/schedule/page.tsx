import { CalendarCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NotLinked } from "@/components/staffing/work/not-linked";
import { ShiftActions } from "@/components/staffing/work/shift-actions";
import { ShiftCard } from "@/components/staffing/work/shift-card";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { clockInQrSvg, getMySchedule } from "@/lib/staffing";
import { currentWorker, WORK_ACTIONS } from "../work-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workPages.schedule");
  return { title: t("title") };
}

/** Upcoming confirmed shifts with calendar link, clock-in QR code and clock in/out. */
export default async function WorkSchedulePage() {
  const { self, hasVerifiedPhone } = await currentWorker("/work/schedule");
  const t = await getTranslations("workPages.schedule");
  if (self.identities.length === 0) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <NotLinked hasVerifiedPhone={hasVerifiedPhone} />
      </>
    );
  }
  const shifts = await getMySchedule(self);
  const qrCodes = await Promise.all(shifts.map((shift) => clockInQrSvg(shift.links.page)));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {shifts.length === 0 ? (
        <EmptyState
          icon={CalendarCheck}
          title={t("emptyTitle")}
          action={
            <Button asChild variant="outline">
              <Link href="/work">{t("emptyAction")}</Link>
            </Button>
          }
        >
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <div className="grid gap-4">
          {shifts.map((shift, index) => (
            <ShiftCard
              key={shift.id}
              request={shift}
              qrSvg={qrCodes[index]}
              showEvent
              showOrg={self.identities.length > 1}
              actions={
                <ShiftActions
                  request={shift}
                  actions={WORK_ACTIONS}
                  fields={{ requestId: shift.id }}
                />
              }
            />
          ))}
        </div>
      )}
    </>
  );
}
