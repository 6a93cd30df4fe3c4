import { getLocale } from "next-intl/server";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { FormState } from "./form-state";
import { isLocale, DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator, type Translate } from "@/lib/i18n/translator";
import { getLogger } from "@/lib/logging/logger";
import { parseInput } from "@/lib/validation/parse";
import { formDataToObject } from "./form-data";

/**
 * The dashboard's twin of `apiRoute`: parses a form with the module's zod schema (same
 * translated field errors as the API), runs the domain call and maps domain errors, so a
 * server action holds no rules of its own.
 */
export function formAction<S extends z.ZodType, T>(
  schema: S,
  run: (
    input: z.output<S>,
    context: { t: Translate; locale: Locale },
  ) => Promise<{ data: T; message: string }>,
) {
  return async (_previous: FormState<T>, formData: FormData): Promise<FormState<T>> => {
    const requested = await getLocale();
    const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
    const t = getTranslator(locale);
    try {
      const input = parseInput(schema, formDataToObject(formData), t, "form");
      const { data, message } = await run(input, { t, locale });
      return { status: "success", data, message };
    } catch (error) {
      if (error instanceof AppError) {
        return {
          status: "error",
          message: localize(t, error.messageKey, error.values),
          fieldErrors: error.fieldErrors,
        };
      }
      const requestId = crypto.randomUUID();
      getLogger().error({ err: error, requestId }, "unhandled error in server action");
      return { status: "error", message: t("errors.internal", { requestId }) };
    }
  };
}
