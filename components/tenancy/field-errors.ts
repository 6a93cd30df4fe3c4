"use client";

import { useCallback } from "react";
import type { FieldErrors } from "@/lib/errors";
import { localize } from "@/lib/i18n/localize";
import { useApiTranslator } from "@/lib/i18n/use-api-translator";

/**
 * Schema errors arrive translated, domain errors as keys (`tenancy.slugTaken`): translating
 * whatever is still a key shows both in the reader's language.
 */
export function useLocalizeFieldErrors() {
  const t = useApiTranslator();
  return useCallback(
    (errors: FieldErrors | undefined): FieldErrors | undefined =>
      errors &&
      Object.fromEntries(
        Object.entries(errors).map(([field, messages]) => [
          field,
          messages.map((message) => localize(t, message)),
        ]),
      ),
    [t],
  );
}
