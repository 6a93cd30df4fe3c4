"use client";

import { Building2, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useEffect, useId, useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import type { FormActionFn } from "@/components/tenancy/dialog-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input, Textarea } from "@/components/ui/input";
import { cn } from "@/lib/utils/cn";
import { focusTarget } from "../inbox/list-keys";

interface Match {
  id: string;
  name: string;
  slug: string;
  address: string | null;
}

const SEARCH_DELAY_MS = 250;

/** A pasted link (or path) names the business itself: no need to search for it. */
const looksLikeLink = (text: string) => /^https?:\/\/|\/businesses\//i.test(text.trim());

/** The public marketplace search (published businesses only), a few best matches. */
async function searchBusinesses(query: string, signal: AbortSignal): Promise<Match[]> {
  const params = new URLSearchParams({ q: query, pageSize: "6" });
  const response = await fetch(`/api/v1/businesses?${params}`, {
    headers: { Accept: "application/json" },
    signal,
  });
  if (!response.ok) throw new Error(response.statusText);
  const body = (await response.json()) as { data: Match[] };
  return body.data;
}

/**
 * Apply to a business: a search-as-you-type combobox over the public search (arrow keys,
 * Enter picks) or a pasted link to the business's page, and a message.
 */
export function ApplyForm<T>({ action }: { action: FormActionFn<T> }) {
  const t = useTranslations("customerUi.applications.form");
  const router = useRouter();
  const listId = useId();
  const [query, setQuery] = useState("");
  const [selected, setSelected] = useState<Match | null>(null);
  const [matches, setMatches] = useState<Match[]>([]);
  const [status, setStatus] = useState<"idle" | "searching" | "done" | "failed">("idle");
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [formKey, setFormKey] = useState(0);

  const text = query.trim();
  const isLink = looksLikeLink(text);

  useEffect(() => {
    if (selected || isLink || text.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setStatus("searching");
      searchBusinesses(text, controller.signal)
        .then((found) => {
          setMatches(found);
          setActive(-1);
          setStatus("done");
        })
        .catch((error: unknown) => {
          if ((error as Error).name !== "AbortError") setStatus("failed");
        });
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, selected, isLink]);

  const showList = open && !selected && !isLink && text.length >= 2 && status !== "idle";

  function pick(match: Match) {
    setSelected(match);
    setOpen(false);
    setQuery(match.name);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (!showList) return;
    if (event.key === "Escape") {
      setOpen(false);
      return;
    }
    if (event.key === "Enter" && active >= 0 && matches[active]) {
      event.preventDefault();
      pick(matches[active]);
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const next = focusTarget(event.key, active, matches.length);
    if (next === null) return;
    event.preventDefault();
    setActive(next);
  }

  return (
    <ActionForm
      key={formKey}
      action={action}
      submitLabel={t("submit")}
      pendingLabel={t("sending")}
      testId="apply-form"
      onSuccess={() => {
        setQuery("");
        setSelected(null);
        setMatches([]);
        setStatus("idle");
        setFormKey((key) => key + 1);
        router.refresh();
      }}
    >
      {(errors) => (
        <>
          <input type="hidden" name="business" value={selected?.id ?? query} />
          <FormField
            label={t("business")}
            hint={isLink ? t("linkDetected") : t("businessHint")}
            errors={errors?.business}
          >
            {(control) =>
              selected ? (
                <div className="flex items-center gap-3 rounded-md border bg-muted/40 px-3 py-2">
                  <Building2 aria-hidden className="size-4 text-muted-foreground" />
                  <div className="min-w-0 flex-1">
                    <p className="truncate text-sm font-medium" id={control.id}>
                      <span className="sr-only">{t("selected")}: </span>
                      {selected.name}
                    </p>
                    {selected.address && (
                      <p className="truncate text-xs text-muted-foreground">{selected.address}</p>
                    )}
                  </div>
                  <Button
                    type="button"
                    variant="ghost"
                    size="sm"
                    onClick={() => {
                      setSelected(null);
                      setOpen(true);
                    }}
                    data-testid="apply-business-change"
                  >
                    <X aria-hidden />
                    {t("change")}
                  </Button>
                </div>
              ) : (
                <div className="relative">
                  <Input
                    {...control}
                    type="text"
                    role="combobox"
                    autoComplete="off"
                    aria-autocomplete="list"
                    aria-expanded={showList}
                    aria-controls={listId}
                    aria-activedescendant={
                      showList && active >= 0 ? `${listId}-${active}` : undefined
                    }
                    placeholder={t("placeholder")}
                    value={query}
                    maxLength={500}
                    onChange={(event) => {
                      setQuery(event.target.value);
                      setOpen(true);
                    }}
                    onFocus={() => setOpen(true)}
                    onBlur={() => setOpen(false)}
                    onKeyDown={onKeyDown}
                    data-testid="apply-business"
                  />
                  <div
                    className={cn(
                      "absolute inset-x-0 top-full z-20 mt-1 rounded-md border bg-card text-card-foreground shadow-md",
                      !showList && "hidden",
                    )}
                  >
                    <p aria-live="polite" className="px-3 py-2 text-xs text-muted-foreground">
                      {status === "searching"
                        ? t("searching")
                        : status === "failed"
                          ? t("searchFailed")
                          : status === "done" && matches.length === 0
                            ? t("noResults", { query: text })
                            : status === "done"
                              ? t("results", { count: matches.length })
                              : ""}
                    </p>
                    <ul id={listId} role="listbox" aria-label={t("business")} className="pb-1">
                      {matches.map((match, index) => (
                        <li
                          key={match.id}
                          id={`${listId}-${index}`}
                          role="option"
                          aria-selected={index === active}
                          // Pick before the input's blur closes the list.
                          onMouseDown={(event) => {
                            event.preventDefault();
                            pick(match);
                          }}
                          className={cn(
                            "cursor-pointer px-3 py-2 text-sm",
                            index === active ? "bg-muted" : "hover:bg-muted",
                          )}
                          data-testid="apply-business-option"
                        >
                          <span className="block font-medium">{match.name}</span>
                          {match.address && (
                            <span className="block truncate text-xs text-muted-foreground">
                              {match.address}
                            </span>
                          )}
                        </li>
                      ))}
                    </ul>
                  </div>
                </div>
              )
            }
          </FormField>
          <FormField
            label={t("message")}
            labelNote={t("optional")}
            hint={t("messageHint")}
            errors={errors?.message}
          >
            <Textarea name="message" rows={4} maxLength={2000} />
          </FormField>
        </>
      )}
    </ActionForm>
  );
}
