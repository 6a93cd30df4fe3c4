"use client";

import { CalendarPlus, PartyPopper } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import type { FormActionFn } from "@/components/tenancy/dialog-action-form";
import { Button } from "@/components/ui/button";

interface Accepted {
  business: { name: string; slug: string };
}

/**
 * One button accepts the invitation; then the page turns into the confirmation with a link
 * to book at the business (its public page shows only while it is published).
 */
export function AcceptClientInvitation<T extends Accepted>({
  action,
  token,
  published,
}: {
  action: FormActionFn<T>;
  token: string;
  published: boolean;
}) {
  const t = useTranslations("customerUi.invite");
  return (
    <ActionForm
      action={action}
      fields={{ token }}
      submitLabel={t("accept")}
      pendingLabel={t("accepting")}
      block
      testId="client-invite-accept"
      success={({ data }) => (
        <div role="status" className="grid gap-4" data-testid="client-invite-accepted">
          <div className="flex items-start gap-3">
            <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-green-100 text-green-700 dark:bg-green-950 dark:text-green-300">
              <PartyPopper aria-hidden className="size-5" />
            </span>
            <div>
              <h2 className="font-semibold">
                {t("accepted.title", { business: data.business.name })}
              </h2>
              <p className="text-sm text-muted-foreground">{t("accepted.body")}</p>
            </div>
          </div>
          {published && (
            <Button asChild className="w-full">
              <Link href={`/businesses/${data.business.slug}`} data-testid="client-invite-book">
                <CalendarPlus aria-hidden />
                {t("accepted.book", { business: data.business.name })}
              </Link>
            </Button>
          )}
          <Button asChild variant="outline" className="w-full">
            <Link href="/account">{t("accepted.account")}</Link>
          </Button>
        </div>
      )}
    >
      {() => null}
    </ActionForm>
  );
}
