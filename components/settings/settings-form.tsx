"use client";

import type { ComponentProps } from "react";
import { ActionForm } from "@/components/forms/action-form";
import type { FieldErrors } from "@/lib/errors";
import { localize } from "@/lib/i18n/localize";
import type { Translate } from "@/lib/i18n/translator";
import { useApiTranslator } from "@/lib/i18n/use-api-translator";

/**
 * Domain errors carry translation keys (`identity.wrongPassword`); schema errors arrive
 * translated already. Translating what is still a key covers both.
 */
export function localizeFieldErrors(t: Translate, errors: FieldErrors | undefined) {
  if (!errors) return undefined;
  return Object.fromEntries(
    Object.entries(errors).map(([field, messages]) => [
      field,
      messages.map((message) => localize(t, message)),
    ]),
  );
}

/** ActionForm whose field errors are always in the reader's language. */
export function SettingsForm<T>({ children, ...props }: ComponentProps<typeof ActionForm<T>>) {
  const t = useApiTranslator();
  return (
    <ActionForm<T> {...props}>{(errors) => children(localizeFieldErrors(t, errors))}</ActionForm>
  );
}
