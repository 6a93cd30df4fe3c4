"use client";

import { ArrowLeft, ArrowRight, ImagePlus, Star, Trash2, Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionDialog } from "@/components/tenancy/dialog-action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { TBusinessImage } from "@/lib/booking/businesses.schemas";
import { type FormActionFn, imageProblem, uploadImage, useQuietAction } from "./shared";

function useUploads(orgId: string) {
  const t = useTranslations("bookingCatalogUi.images");
  const router = useRouter();
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  async function send(url: string, files: File[], method: "POST" | "PUT" = "POST") {
    setErrors([]);
    setBusy(true);
    const problems: string[] = [];
    for (const file of files) {
      const problem = imageProblem(file);
      if (problem) {
        problems.push(`${file.name}: ${t(problem === "type" ? "wrongType" : "tooLarge")}`);
        continue;
      }
      const failure = await uploadImage(url, orgId, file, method);
      if (failure) problems.push(`${file.name}: ${failure}`);
    }
    setBusy(false);
    setErrors(problems);
    router.refresh();
  }
  return { send, busy, errors };
}

function FilePicker({
  label,
  multiple,
  busy,
  onFiles,
  testId,
}: {
  label: string;
  multiple?: boolean;
  busy: boolean;
  onFiles: (files: File[]) => void;
  testId?: string;
}) {
  const t = useTranslations("bookingCatalogUi.images");
  return (
    <Button asChild variant="outline">
      <label className="cursor-pointer focus-within:ring-2 focus-within:ring-ring">
        {multiple ? <ImagePlus aria-hidden /> : <Upload aria-hidden />}
        {busy ? t("uploading") : label}
        <input
          type="file"
          accept="image/png,image/jpeg,image/webp"
          multiple={multiple}
          className="sr-only"
          disabled={busy}
          data-testid={testId}
          onChange={(event) => {
            onFiles([...(event.target.files ?? [])]);
            event.target.value = "";
          }}
        />
      </label>
    </Button>
  );
}

/** The logo and the gallery (one main image, ordered); files go to the REST API. */
export function GalleryPanel<L>({
  businessId,
  businessName,
  orgId,
  logoUrl,
  images,
  canEdit,
  actions,
}: {
  businessId: string;
  businessName: string;
  orgId: string;
  logoUrl: string | null;
  images: TBusinessImage[];
  canEdit: boolean;
  actions: {
    setMain: FormActionFn<TBusinessImage[]>;
    remove: FormActionFn<TBusinessImage[]>;
    order: FormActionFn<string[]>;
    removeLogo: FormActionFn<L>;
  };
}) {
  const t = useTranslations("bookingCatalogUi.gallery");
  const gallery = useUploads(orgId);
  const logo = useUploads(orgId);
  const setMain = useQuietAction(actions.setMain);
  const order = useQuietAction(actions.order);
  const removeLogo = useQuietAction(actions.removeLogo);
  const router = useRouter();
  const ids = images.map((image) => image.id);
  const move = (index: number, offset: number) => {
    const next = [...ids];
    const [item] = next.splice(index, 1);
    next.splice(index + offset, 0, item!);
    order.run({ businessId, ids: next });
  };

  return (
    <div className="grid gap-6">
      <Card className="grid gap-3 p-4 sm:p-6">
        <h2 className="text-base font-semibold">{t("logo")}</h2>
        <div className="flex flex-wrap items-center gap-4">
          {logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- stored files, any size
            <img
              src={logoUrl}
              alt={t("logoAlt", { name: businessName })}
              className="size-20 rounded-md border object-cover"
            />
          ) : (
            <div className="flex size-20 items-center justify-center rounded-md border border-dashed text-xs text-muted-foreground">
              {t("noLogo")}
            </div>
          )}
          {canEdit && (
            <div className="flex flex-wrap gap-2">
              <FilePicker
                label={logoUrl ? t("replaceLogo") : t("uploadLogo")}
                busy={logo.busy}
                onFiles={(files) =>
                  void logo.send(
                    `/api/v1/manage/businesses/${businessId}/logo`,
                    files.slice(0, 1),
                    "PUT",
                  )
                }
                testId="logo-input"
              />
              {logoUrl && (
                <Button
                  type="button"
                  variant="ghost"
                  disabled={removeLogo.pending}
                  onClick={() => removeLogo.run({ businessId })}
                >
                  <Trash2 aria-hidden />
                  {t("removeLogo")}
                </Button>
              )}
            </div>
          )}
        </div>
        <ul aria-live="polite" className="text-xs font-medium text-destructive">
          {logo.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      </Card>

      <Card className="grid gap-4 p-4 sm:p-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div>
            <h2 className="text-base font-semibold">{t("images")}</h2>
            <p className="text-sm text-muted-foreground">{t("imagesHint")}</p>
          </div>
          {canEdit && (
            <FilePicker
              label={t("upload")}
              multiple
              busy={gallery.busy}
              onFiles={(files) =>
                void gallery.send(`/api/v1/manage/businesses/${businessId}/images`, files)
              }
              testId="gallery-input"
            />
          )}
        </div>
        <ul aria-live="polite" className="text-xs font-medium text-destructive">
          {gallery.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
        {images.length === 0 ? (
          <p className="rounded-md border border-dashed p-8 text-center text-sm text-muted-foreground">
            {t("empty")}
          </p>
        ) : (
          <ul
            className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4"
            data-testid="gallery-grid"
          >
            {images.map((image, index) => (
              <li
                key={image.id}
                className="grid gap-2 rounded-md border p-2"
                data-testid="gallery-image"
              >
                <div className="relative">
                  {/* eslint-disable-next-line @next/next/no-img-element -- stored files, any size */}
                  <img
                    src={image.url}
                    alt={t("imageAlt", { index: index + 1 })}
                    className="aspect-[4/3] w-full rounded object-cover"
                  />
                  {image.isMain && (
                    <Badge tone="success" className="absolute left-1 top-1">
                      {t("main")}
                    </Badge>
                  )}
                </div>
                {canEdit && (
                  <div className="flex flex-wrap items-center justify-between gap-1">
                    <span className="inline-flex">
                      <Button
                        type="button"
                        variant="ghost"
                        size="icon"
                        disabled={order.pending || index === 0}
                        onClick={() => move(index, -1)}
                        aria-label={t("moveEarlier", { index: index + 1 })}
                      >
                        <ArrowLeft aria-hidden />
                      </Button>
                      <Button
                        type="button"
                        variant="ghost"
                        size="icon"
                        disabled={order.pending || index === images.length - 1}
                        onClick={() => move(index, 1)}
                        aria-label={t("moveLater", { index: index + 1 })}
                      >
                        <ArrowRight aria-hidden />
                      </Button>
                      {!image.isMain && (
                        <Button
                          type="button"
                          variant="ghost"
                          size="icon"
                          disabled={setMain.pending}
                          onClick={() => setMain.run({ businessId, id: image.id })}
                          aria-label={t("setMain", { index: index + 1 })}
                          title={t("setMain", { index: index + 1 })}
                        >
                          <Star aria-hidden />
                        </Button>
                      )}
                    </span>
                    <ActionDialog
                      trigger={
                        <Button
                          variant="ghost"
                          size="icon"
                          aria-label={t("delete.open", { index: index + 1 })}
                          title={t("delete.open", { index: index + 1 })}
                        >
                          <Trash2 aria-hidden />
                        </Button>
                      }
                      title={t("delete.title")}
                      description={t("delete.description")}
                      action={actions.remove}
                      fields={{ businessId, id: image.id }}
                      submitLabel={t("delete.submit")}
                      submitVariant="destructive"
                      onSuccess={() => router.refresh()}
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
