"use client";

import { Bookmark, Heart } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { idle, type FormState } from "@/lib/actions/form-state";
import { cn } from "@/lib/utils/cn";

type Kind = "favorite" | "saved";
type Result = { favoriteId: string | null };
type Toggled = { favoriteId: string | null; result: FormState<Result> };
type Action = (previous: FormState<Result>, formData: FormData) => Promise<FormState<Result>>;

const ICONS = { favorite: Heart, saved: Bookmark } as const;

/** One toggle (favorite or save) for the signed-in customer; the button says its state. */
function FavoriteToggle({
  kind,
  businessId,
  slug,
  initialId,
  action,
}: {
  kind: Kind;
  businessId: string;
  slug: string;
  initialId: string | null;
  action: Action;
}) {
  const t = useTranslations(`marketplaceUi.business.favorite.${kind}`);
  // The row in effect travels with the action's answer: a failed toggle keeps the last one.
  const [state, submit, pending] = useActionState(
    async (previous: Toggled, formData: FormData): Promise<Toggled> => {
      const result = await action(idle as FormState<Result>, formData);
      return {
        favoriteId: result.status === "success" ? result.data.favoriteId : previous.favoriteId,
        result,
      };
    },
    { favoriteId: initialId, result: idle as FormState<Result> },
  );
  const handled = useRef<Toggled>(state);

  useEffect(() => {
    if (state === handled.current) return;
    handled.current = state;
    if (state.result.status === "success") toast.success(state.result.message);
    else if (state.result.status === "error") toast.error(state.result.message);
  }, [state]);

  const { favoriteId } = state;
  const on = favoriteId !== null;
  const Icon = ICONS[kind];
  return (
    <form action={submit}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="slug" value={slug} />
      {on ? (
        <>
          <input type="hidden" name="intent" value="remove" />
          <input type="hidden" name="favoriteId" value={favoriteId} />
        </>
      ) : (
        <>
          <input type="hidden" name="intent" value="add" />
          <input type="hidden" name="businessId" value={businessId} />
        </>
      )}
      <Button
        type="submit"
        variant="outline"
        aria-pressed={on}
        pending={pending}
        data-testid={`business-${kind}`}
      >
        <Icon aria-hidden className={cn(on && "fill-primary text-primary")} />
        {on ? t("remove") : t("add")}
      </Button>
    </form>
  );
}

export function FavoriteButtons({
  businessId,
  slug,
  favoriteId,
  savedId,
  action,
}: {
  businessId: string;
  slug: string;
  favoriteId: string | null;
  savedId: string | null;
  action: Action;
}) {
  return (
    <div className="flex flex-wrap gap-2">
      <FavoriteToggle
        kind="favorite"
        businessId={businessId}
        slug={slug}
        initialId={favoriteId}
        action={action}
      />
      <FavoriteToggle
        kind="saved"
        businessId={businessId}
        slug={slug}
        initialId={savedId}
        action={action}
      />
    </div>
  );
}
