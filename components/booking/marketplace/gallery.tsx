"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils/cn";

/**
 * The business's photos: the main one large, thumbnails below as buttons. Arrow keys move
 * between photos from the large one or any thumbnail; Home/End jump to the ends.
 */
export function Gallery({ images, name }: { images: { id: string; url: string }[]; name: string }) {
  const t = useTranslations("marketplaceUi.business.gallery");
  const [current, setCurrent] = useState(0);
  const thumbs = useRef<(HTMLButtonElement | null)[]>([]);
  const count = images.length;
  if (count === 0) return null;
  const image = images[current]!;

  const go = (index: number, focusThumb = false) => {
    const next = (index + count) % count;
    setCurrent(next);
    if (focusThumb) thumbs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, focusThumb: boolean) => {
    const moves: Record<string, number> = {
      ArrowLeft: current - 1,
      ArrowRight: current + 1,
      Home: 0,
      End: count - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      go(moves[event.key]!, focusThumb);
    }
  };

  return (
    <section aria-label={t("label")} className="grid gap-2">
      <div
        className="relative overflow-hidden rounded-lg border bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        tabIndex={count > 1 ? 0 : undefined}
        onKeyDown={(event) => onKeyDown(event, false)}
        aria-roledescription={count > 1 ? "carousel" : undefined}
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- our own file route */}
        <img
          src={image.url}
          alt={t("image", { index: current + 1, count, name })}
          className="aspect-[16/9] w-full object-cover"
          aria-live="polite"
        />
        {count > 1 && (
          <>
            <Button
              type="button"
              size="icon"
              variant="outline"
              className="absolute left-2 top-1/2 -translate-y-1/2 bg-background/85"
              onClick={() => go(current - 1)}
              aria-label={t("previous")}
            >
              <ChevronLeft aria-hidden />
            </Button>
            <Button
              type="button"
              size="icon"
              variant="outline"
              className="absolute right-2 top-1/2 -translate-y-1/2 bg-background/85"
              onClick={() => go(current + 1)}
              aria-label={t("next")}
            >
              <ChevronRight aria-hidden />
            </Button>
          </>
        )}
      </div>
      {count > 1 && (
        <ul aria-label={t("thumbnails")} className="flex gap-2 overflow-x-auto pb-1">
          {images.map((thumb, index) => (
            <li key={thumb.id} className="shrink-0">
              <button
                ref={(element) => {
                  thumbs.current[index] = element;
                }}
                type="button"
                onClick={() => go(index)}
                onKeyDown={(event) => onKeyDown(event, true)}
                aria-label={t("show", { index: index + 1, count })}
                aria-current={index === current ? "true" : undefined}
                className={cn(
                  "block size-16 overflow-hidden rounded-md border-2 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring sm:size-20",
                  index === current
                    ? "border-primary"
                    : "border-transparent opacity-80 hover:opacity-100",
                )}
              >
                {/* eslint-disable-next-line @next/next/no-img-element -- our own file route */}
                <img src={thumb.url} alt="" className="size-full object-cover" loading="lazy" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
