import { Inbox, Mail, MessageSquareText, Smartphone } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { browserRealtimeConfig } from "@/components/realtime/browser-config";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { outboxEnabled } from "@/lib/config/env";
import { listOutbox, ZOutboxQuery } from "@/lib/messaging/outbox";
import { PUBLIC_CHANNELS } from "@/lib/realtime/channels";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outbox");
  return { title: t("metaTitle"), robots: { index: false } };
}

const CHANNEL_ICONS = { email: Mail, sms: MessageSquareText, push: Smartphone };
const STATUS_TONES = {
  queued: "pending",
  sent: "info",
  delivered: "success",
  failed: "danger",
} as const;

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (!outboxEnabled()) notFound();
  const parsed = ZOutboxQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : ZOutboxQuery.parse({});
  const [t, format, items] = await Promise.all([
    getTranslations("outbox"),
    getFormatter(),
    listOutbox(query),
  ]);

  return (
    <RealtimeProvider config={browserRealtimeConfig()}>
      <LiveRefresh channel={PUBLIC_CHANNELS.outbox} event="message-updated" />
      <main id="main" className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
        <PageHeader title={t("title")} description={t("description")} />
        <form className="mb-6 flex flex-wrap items-end gap-2" role="search">
          <label className="grid flex-1 gap-1.5 text-sm font-medium">
            {t("filterLabel")}
            <Input name="to" defaultValue={query.to} placeholder={t("filterPlaceholder")} />
          </label>
          <Button type="submit" variant="secondary">
            {t("filter")}
          </Button>
          {query.to && (
            <Button asChild variant="ghost">
              <Link href="/dev/outbox">{t("clear")}</Link>
            </Button>
          )}
        </form>

        {items.length === 0 ? (
          <EmptyState icon={Inbox} title={t("emptyTitle")}>
            <p>{t("emptyBody")}</p>
          </EmptyState>
        ) : (
          <ul className="grid gap-4">
            {items.map((item) => {
              const Icon = CHANNEL_ICONS[item.channel];
              return (
                <li key={item.id}>
                  <Card className="overflow-hidden">
                    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b px-4 py-3 text-sm">
                      <Icon className="size-4 text-muted-foreground" aria-hidden />
                      <span className="sr-only">{t(`channels.${item.channel}`)}</span>
                      <span className="font-medium">{item.subject ?? t("noSubject")}</span>
                      <span className="text-muted-foreground">
                        {t("to")} {item.to}
                      </span>
                      <span className="ml-auto flex items-center gap-2 text-xs text-muted-foreground">
                        <Badge tone={STATUS_TONES[item.status as keyof typeof STATUS_TONES]}>
                          {item.status}
                        </Badge>
                        <time dateTime={item.createdAt.toISOString()}>
                          {format.dateTime(item.createdAt, {
                            dateStyle: "medium",
                            timeStyle: "medium",
                          })}
                        </time>
                      </span>
                    </div>
                    {item.channel === "email" && item.html ? (
                      <iframe
                        title={item.subject ?? item.template}
                        srcDoc={item.html}
                        sandbox=""
                        className="h-96 w-full bg-white"
                      />
                    ) : (
                      <p className="whitespace-pre-wrap px-4 py-3 text-sm">
                        {item.body ?? t("rendering")}
                        {item.link && (
                          <span className="block pt-1 text-xs text-muted-foreground">
                            {item.link}
                          </span>
                        )}
                      </p>
                    )}
                  </Card>
                </li>
              );
            })}
          </ul>
        )}
      </main>
    </RealtimeProvider>
  );
}
