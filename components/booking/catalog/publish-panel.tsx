"use client";

import { CircleAlert, ExternalLink } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { DeleteDialog } from "@/components/staffing/delete-dialog";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { TManagedBusiness } from "@/lib/booking/businesses.schemas";
import type { FormActionFn } from "./shared";

export const STATUS_TONES = {
  draft: "neutral",
  published: "success",
  suspended: "danger",
} as const;

export function BusinessStatusBadge({ status }: { status: TManagedBusiness["status"] }) {
  const t = useTranslations("bookingCatalogUi.status");
  return (
    <Badge tone={STATUS_TONES[status]} data-testid="business-status">
      {t(status)}
    </Badge>
  );
}

/**
 * Publishing: the button, and when the rules refuse, what is missing (one line per problem,
 * each pointing at the tab that fixes it). Also the public link and deleting the business.
 */
export function PublishPanel({
  business,
  canEdit,
  publish,
  unpublish,
  remove,
}: {
  business: TManagedBusiness;
  canEdit: boolean;
  publish: FormActionFn<TManagedBusiness>;
  unpublish: FormActionFn<TManagedBusiness>;
  remove: FormActionFn<{ id: string }>;
}) {
  const t = useTranslations("bookingCatalogUi.publish");
  const router = useRouter();
  const base = `/manage/bookings/businesses/${business.id}`;
  const fixes: Record<string, string> = {
    services: `${base}?tab=employees`,
    hours: `${base}?tab=hours`,
    address: `${base}?tab=profile`,
  };
  return (
    <Card className="grid gap-4 p-4 sm:p-6" data-testid="publish-panel">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="grid gap-1">
          <p className="text-sm font-medium">
            {t("statusLine")} <BusinessStatusBadge status={business.status} />
          </p>
          <p className="text-sm text-muted-foreground">{t(`explain.${business.status}`)}</p>
          {business.status === "published" && (
            <Link
              href={`/businesses/${business.slug}`}
              className="inline-flex items-center gap-1 text-sm text-primary hover:underline"
              data-testid="business-public-link"
            >
              {t("viewPublic")}
              <ExternalLink className="size-3.5" aria-hidden />
            </Link>
          )}
        </div>
        {canEdit && business.status !== "suspended" && (
          <div className="flex flex-wrap items-start gap-2">
            {business.status === "draft" ? (
              <ActionForm
                action={publish}
                fields={{ businessId: business.id }}
                submitLabel={t("publish")}
                onSuccess={() => router.refresh()}
                testId="business-publish"
              >
                {(errors) =>
                  errors && Object.keys(errors).length > 0 ? (
                    <ul className="grid gap-1 text-sm" aria-label={t("missing")}>
                      {Object.entries(errors).map(([problem, messages]) => (
                        <li key={problem} className="flex items-start gap-2 text-destructive">
                          <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
                          <span>
                            {messages.join(" ")}{" "}
                            {fixes[problem] && (
                              <Link href={fixes[problem]} className="underline">
                                {t(`fix.${problem}`)}
                              </Link>
                            )}
                          </span>
                        </li>
                      ))}
                    </ul>
                  ) : null
                }
              </ActionForm>
            ) : (
              <ActionForm
                action={unpublish}
                fields={{ businessId: business.id }}
                submitLabel={t("unpublish")}
                submitVariant="outline"
                onSuccess={() => router.refresh()}
                testId="business-unpublish"
              >
                {() => null}
              </ActionForm>
            )}
          </div>
        )}
      </div>
      {canEdit && (
        <div className="flex justify-end border-t pt-4">
          <DeleteDialog
            action={remove}
            id={business.id}
            title={t("delete.title", { name: business.name })}
            description={t("delete.description", { name: business.name })}
            submitLabel={t("delete.submit")}
            triggerLabel={t("delete.open", { name: business.name })}
            redirectTo="/manage/bookings/businesses"
            testId="business-delete"
          />
        </div>
      )}
    </Card>
  );
}
