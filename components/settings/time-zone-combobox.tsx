"use client";

import { Check, ChevronDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useId, useMemo, useState } from "react";
import type { ControlProps } from "@/components/ui/form-field";
import { fieldControlClass } from "@/components/ui/input";
import { cn } from "@/lib/utils/cn";
import { listTimeZones, searchTimeZones, timeZoneLabel, timeZoneOffset } from "./time-zones";

/** Enough to scroll through; typing narrows the rest. */
const MAX_SHOWN = 80;

/**
 * A searchable list of every time zone (the WAI-ARIA combobox pattern): type a city, a
 * region or an offset, pick with the arrows and Enter. The chosen IANA name is posted as
 * `name`.
 */
export function TimeZoneCombobox({
  name,
  value,
  onChange,
  control,
}: {
  name: string;
  value: string;
  onChange: (timeZone: string) => void;
  control: ControlProps;
}) {
  const t = useTranslations("settings.profile");
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [activeIndex, setActiveIndex] = useState(0);

  // The list is made in the browser when first opened; offsets only for the zones shown.
  const [zones, setZones] = useState<string[] | null>(null);
  const [now] = useState(() => new Date());
  const matches = useMemo(
    () => (zones ? searchTimeZones(zones, query).slice(0, MAX_SHOWN) : []),
    [zones, query],
  );

  function openList() {
    setZones((known) => known ?? listTimeZones());
    setOpen(true);
    setActiveIndex(0);
  }

  function choose(id: string) {
    onChange(id);
    setQuery("");
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return openList();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActiveIndex((index) => Math.min(Math.max(index + step, 0), matches.length - 1));
    } else if (event.key === "Enter" && open) {
      // Enter picks a zone; it must not submit the profile form with a half-typed search.
      event.preventDefault();
      const match = matches[activeIndex];
      if (match) choose(match);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setQuery("");
      setOpen(false);
    }
  }

  const activeId = open && matches[activeIndex] ? `${listId}-${activeIndex}` : undefined;

  return (
    <div className="relative">
      <input type="hidden" name={name} value={value} />
      <input
        {...control}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        autoComplete="off"
        spellCheck={false}
        placeholder={t("timeZoneSearch")}
        value={open ? query : timeZoneLabel(value)}
        onChange={(event) => {
          if (!open) openList();
          setQuery(event.target.value);
          setActiveIndex(0);
        }}
        onFocus={(event) => event.target.select()}
        onClick={() => !open && openList()}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setQuery("");
          setOpen(false);
        }}
        className={cn(fieldControlClass, "h-9 py-1 pr-9")}
      />
      <ChevronDown
        className="pointer-events-none absolute right-3 top-2.5 size-4 opacity-60"
        aria-hidden
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t("timeZone")}
        hidden={!open}
        className="absolute z-50 mt-1 max-h-72 w-full overflow-auto rounded-md border bg-card p-1 text-card-foreground shadow-md"
      >
        {matches.map((id, index) => (
          <li
            key={id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={id === value}
            // Keeps focus in the input, so blur does not close the list before the click.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(id)}
            onMouseMove={() => setActiveIndex(index)}
            ref={(element) => {
              if (index === activeIndex) element?.scrollIntoView({ block: "nearest" });
            }}
            className={cn(
              "relative flex cursor-default select-none items-center justify-between gap-3 rounded-sm py-1.5 pl-8 pr-2 text-sm",
              index === activeIndex && "bg-muted",
            )}
          >
            {id === value && <Check className="absolute left-2 size-4" aria-hidden />}
            <span className="truncate">{timeZoneLabel(id)}</span>
            <span className="shrink-0 text-xs text-muted-foreground">
              {timeZoneOffset(id, now)}
            </span>
          </li>
        ))}
        {open && matches.length === 0 && (
          <li role="presentation" className="px-2 py-1.5 text-sm text-muted-foreground">
            {t("timeZoneNoMatch")}
          </li>
        )}
      </ul>
    </div>
  );
}
