import type { z } from "zod";
import { type FieldErrors, ValidationError } from "@/lib/errors";
import { localize } from "@/lib/i18n/localize";
import type { Translate } from "@/lib/i18n/translator";

type Issue = z.core.$ZodRawIssue;

/**
 * Zod's messages, in the request's language. A schema's own message wins when it is a
 * translation key (e.g. `validation.passwordTooWeak`) or plain text.
 */
function localizedMessage(issue: Issue, t: Translate): string {
  // A missing value is "required", whatever rule it would have broken.
  if (issue.input === undefined && issue.code !== "unrecognized_keys") {
    return t("validation.required");
  }
  const unit = issue.origin === "string" ? "Chars" : issue.origin === "array" ? "Items" : "";
  switch (issue.code) {
    case "invalid_type":
      return t("validation.invalidType", { expected: String(issue.expected) });
    case "too_small":
      return t(`validation.tooSmall${unit}`, { minimum: Number(issue.minimum) });
    case "too_big":
      return t(`validation.tooBig${unit}`, { maximum: Number(issue.maximum) });
    case "invalid_format":
      return t.has(`validation.format.${issue.format}`)
        ? t(`validation.format.${issue.format}`)
        : t("validation.format.other");
    case "invalid_value":
      return t("validation.oneOf", { values: issue.values.map(String).join(", ") });
    case "unrecognized_keys":
      return t("validation.unknownKeys", { keys: issue.keys.join(", ") });
    default:
      return t("validation.invalid");
  }
}

/** Parses untrusted input; on failure throws a 422 `ValidationError` with per-field messages. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  t: Translate,
  rootField = "body",
): z.output<S> {
  const result = schema.safeParse(input, {
    error: (issue) => localizedMessage(issue, t),
  });
  if (result.success) return result.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? issue.path.join(".") : rootField;
    (fieldErrors[field] ??= []).push(localize(t, issue.message));
  }
  throw new ValidationError(fieldErrors);
}
