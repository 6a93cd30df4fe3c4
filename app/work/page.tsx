import { ArrowRight, Inbox } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NotLinked } from "@/components/staffing/work/not-linked";
import { ShiftActions } from "@/components/staffing/work/shift-actions";
import { ShiftCard } from "@/components/staffing/work/shift-card";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getMySchedule, listMyDeclinedAhead, listMyRequests } from "@/lib/staffing";
import { currentWorker, WORK_ACTIONS } from "./work-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workPages.requests");
  return { title: t("title") };
}

/** The worker's start page: the next shift on top, then every request waiting for an answer. */
export default async function WorkRequestsPage() {
  const { self, hasVerifiedPhone } = await currentWorker("/work");
  const t = await getTranslations("workPages.requests");
  if (self.identities.length === 0) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <NotLinked hasVerifiedPhone={hasVerifiedPhone} />
      </>
    );
  }
  const [open, schedule, declined] = await Promise.all([
    listMyRequests(self, { state: "open", page: 1, pageSize: 50 }),
    getMySchedule(self),
    listMyDeclinedAhead(self),
  ]);
  const next = schedule[0];
  const showOrg = self.identities.length > 1;

  return (
    <>
      {next && (
        <section aria-labelledby="next-shift" className="mb-8 grid gap-3">
          <h2
            id="next-shift"
            className="text-sm font-semibold uppercase tracking-wide text-muted-foreground"
          >
            {t("nextShift")}
          </h2>
          <ShiftCard
            request={next}
            showEvent
            showOrg={showOrg}
            actions={
              <ShiftActions request={next} actions={WORK_ACTIONS} fields={{ requestId: next.id }} />
            }
            footer={
              <Button asChild variant="link" className="h-auto justify-start p-0">
                <Link href="/work/schedule">
                  {t("openSchedule")}
                  <ArrowRight aria-hidden />
                </Link>
              </Button>
            }
          />
        </section>
      )}

      <PageHeader
        title={t("title")}
        description={
          open.meta.total > 0 ? t("waiting", { count: open.meta.total }) : t("description")
        }
      />
      {open.items.length === 0 ? (
        <EmptyState icon={Inbox} title={t("emptyTitle")}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <div className="grid gap-4">
          {open.items.map((request) => (
            <ShiftCard
              key={request.id}
              request={request}
              showEvent
              showOrg={showOrg}
              actions={
                <ShiftActions
                  request={request}
                  actions={WORK_ACTIONS}
                  fields={{ requestId: request.id }}
                />
              }
            />
          ))}
        </div>
      )}
      {declined.length > 0 && (
        <section aria-labelledby="declined" className="mt-8 grid gap-3">
          <h2
            id="declined"
            className="text-sm font-semibold uppercase tracking-wide text-muted-foreground"
          >
            {t("declined")}
          </h2>
          {declined.map((request) => (
            <ShiftCard
              key={request.id}
              request={request}
              showEvent
              showOrg={showOrg}
              actions={
                <ShiftActions
                  request={request}
                  actions={WORK_ACTIONS}
                  fields={{ requestId: request.id }}
                />
              }
            />
          ))}
        </section>
      )}
    </>
  );
}
