"use client";

import { Camera, ImageUp, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { removeProfilePicture } from "@/app/account/settings/actions";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { ActionButton } from "./action-button";

const ACCEPTED_TYPES = ["image/png", "image/jpeg", "image/webp"];
const MAX_BYTES = 2 * 1024 * 1024;

/** The API's answer envelope, as far as this form reads it. */
interface Envelope {
  status: "success" | "error";
  message: string;
  errors?: Record<string, string[]>;
}

function initials(name: string): string {
  const letters = name
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? "");
  return letters.join("") || "?";
}

/**
 * The profile picture: pick a file, see it, upload it. The file goes to the REST API
 * (`PUT /api/v1/me/avatar`, which accepts this browser's session), since a 2 MB image is
 * over what a server action takes in.
 */
export function AvatarEditor({ avatarUrl, name }: { avatarUrl: string | null; name: string }) {
  const t = useTranslations("settings.avatar");
  const router = useRouter();
  const statusId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [selected, setSelected] = useState<{ file: File; url: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const file = selected?.file ?? null;
  const preview = selected?.url ?? null;

  // The preview's object URL lives until it is replaced or the editor goes away.
  useEffect(() => {
    if (!selected) return;
    return () => URL.revokeObjectURL(selected.url);
  }, [selected]);

  function pick(chosen: File | undefined) {
    setError(null);
    if (!chosen) return;
    if (!ACCEPTED_TYPES.includes(chosen.type)) return setError(t("wrongType"));
    if (chosen.size > MAX_BYTES) return setError(t("tooLarge"));
    setSelected({ file: chosen, url: URL.createObjectURL(chosen) });
  }

  function cancel() {
    setSelected(null);
    setError(null);
    if (fileInput.current) fileInput.current.value = "";
  }

  async function upload() {
    if (!file) return;
    setUploading(true);
    setError(null);
    try {
      const form = new FormData();
      form.append("file", file);
      const response = await fetch("/api/v1/me/avatar", {
        method: "PUT",
        body: form,
        credentials: "same-origin",
      });
      const body = (await response.json().catch(() => null)) as Envelope | null;
      if (!response.ok) {
        setError(body?.errors?.file?.join(" ") ?? body?.message ?? t("failed"));
        return;
      }
      toast.success(body?.message ?? t("updated"));
      cancel();
      router.refresh();
    } catch {
      setError(t("failed"));
    } finally {
      setUploading(false);
    }
  }

  const shown = preview ?? avatarUrl;

  return (
    <div className="flex flex-wrap items-center gap-4">
      <div className="relative size-20 shrink-0 overflow-hidden rounded-full border bg-muted">
        {shown ? (
          // eslint-disable-next-line @next/next/no-img-element -- a blob preview or our own file route; next/image adds nothing here
          <img
            src={shown}
            alt={preview ? t("previewAlt") : t("currentAlt", { name })}
            className="size-full object-cover"
          />
        ) : (
          <span
            aria-hidden
            className="flex size-full items-center justify-center text-xl font-semibold text-muted-foreground"
          >
            {initials(name)}
          </span>
        )}
      </div>
      <div className="grid min-w-0 flex-1 gap-2">
        <input
          ref={fileInput}
          type="file"
          accept={ACCEPTED_TYPES.join(",")}
          // The button below opens it; one control in the tab order, not two.
          hidden
          onChange={(event) => pick(event.target.files?.[0])}
        />
        <div className="flex flex-wrap gap-2">
          {file ? (
            <>
              <Button type="button" size="sm" pending={uploading} onClick={upload}>
                {!uploading && <ImageUp aria-hidden />}
                {uploading ? t("uploading") : t("upload")}
              </Button>
              <Button
                type="button"
                size="sm"
                variant="outline"
                disabled={uploading}
                onClick={cancel}
              >
                {t("cancel")}
              </Button>
            </>
          ) : (
            <>
              <Button
                type="button"
                size="sm"
                variant="outline"
                aria-describedby={statusId}
                onClick={() => fileInput.current?.click()}
              >
                <Camera aria-hidden />
                {avatarUrl ? t("change") : t("choose")}
              </Button>
              {avatarUrl && (
                <ActionButton action={removeProfilePicture} variant="ghost" refresh>
                  <Trash2 aria-hidden />
                  {t("remove")}
                </ActionButton>
              )}
            </>
          )}
        </div>
        <p
          id={statusId}
          aria-live="polite"
          className={
            error ? "text-xs font-medium text-destructive" : "text-xs text-muted-foreground"
          }
        >
          {error ?? (file ? t("ready", { file: file.name }) : t("hint"))}
        </p>
      </div>
    </div>
  );
}
