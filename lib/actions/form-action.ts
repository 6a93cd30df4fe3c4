import { unstable_rethrow } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { z } from "zod";
import { AppError, UnauthorizedError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";
import { getWebViewer } from "@/lib/identity/web-session";
import type { FormState } from "./form-state";
import { isLocale, DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { localizeFieldErrors } from "@/lib/api/respond";
import { getTranslator, type Translate } from "@/lib/i18n/translator";
import { getLogger } from "@/lib/logging/logger";
import { type OrgContext, resolveOrgContext } from "@/lib/tenancy/context";
import { activeOrgId } from "@/lib/tenancy/active-org";
import type { Permission } from "@/lib/tenancy/permissions";
import { parseInput } from "@/lib/validation/parse";
import { formDataToObject } from "./form-data";

interface ActionContext {
  t: Translate;
  locale: Locale;
}

type Result<T> = Promise<{ data: T; message: string }>;

/**
 * The dashboard's twin of `apiRoute`: parses a form with the module's zod schema (same
 * translated field errors as the API), runs the domain call and maps domain errors, so a
 * server action holds no rules of its own. Redirects (e.g. after sign-in) pass through.
 */
export function formAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.output<S>, context: ActionContext) => Result<T>,
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
      unstable_rethrow(error);
      if (error instanceof AppError) {
        return {
          status: "error",
          message: localize(t, error.messageKey, error.values),
          fieldErrors: localizeFieldErrors(t, error.fieldErrors),
        };
      }
      const requestId = crypto.randomUUID();
      getLogger().error({ err: error, requestId }, "unhandled error in server action");
      return { status: "error", message: t("errors.internal", { requestId }) };
    }
  };
}

/** A form action for the signed-in viewer (401 message when the session ended). */
export function userFormAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.output<S>, context: ActionContext & { viewer: Viewer }) => Result<T>,
) {
  return formAction(schema, async (input, context) => {
    const viewer = await getWebViewer();
    if (!viewer) throw new UnauthorizedError();
    return run(input, { ...context, viewer });
  });
}

/**
 * A form action in the browser's active organization, checking the same permission table
 * as the API's route contracts.
 */
export function orgFormAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  run: (
    input: z.output<S>,
    context: ActionContext & { viewer: Viewer; org: OrgContext },
  ) => Result<T>,
) {
  return userFormAction(schema, async (input, context) => {
    const orgId = await activeOrgId(context.viewer);
    if (!orgId) throw new UnauthorizedError("tenancy.noActiveOrg");
    const org = await resolveOrgContext(context.viewer, orgId, permission);
    return run(input, { ...context, org });
  });
}
