import type { TranslationValues } from "@/lib/i18n/translator";

/** Field name → messages (translation keys or plain text), as the API envelope carries them. */
export type FieldErrors = Record<string, string[]>;

/**
 * Errors the domain throws on purpose. Each carries a translation key (namespace `api`) and
 * maps to one HTTP status in one place (`lib/api/respond.ts`).
 */
export abstract class AppError extends Error {
  abstract readonly status: number;
  constructor(
    readonly messageKey: string,
    readonly values?: TranslationValues,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(messageKey);
    this.name = new.target.name;
  }
}

export class BadRequestError extends AppError {
  readonly status = 400;
  constructor(key = "errors.badRequest", values?: TranslationValues) {
    super(key, values);
  }
}

export class UnauthorizedError extends AppError {
  readonly status = 401;
  constructor(key = "errors.unauthorized", values?: TranslationValues, fieldErrors?: FieldErrors) {
    super(key, values, fieldErrors);
  }
}

export class ForbiddenError extends AppError {
  readonly status = 403;
  constructor(key = "errors.forbidden", values?: TranslationValues) {
    super(key, values);
  }
}

export class NotFoundError extends AppError {
  readonly status = 404;
  constructor(key = "errors.notFound", values?: TranslationValues) {
    super(key, values);
  }
}

export class MethodNotAllowedError extends AppError {
  readonly status = 405;
  constructor(
    method: string,
    readonly allow: string[],
  ) {
    super("errors.methodNotAllowed", { method, allow: allow.join(", ") });
  }
}

export class ConflictError extends AppError {
  readonly status = 409;
  constructor(key = "errors.conflict", values?: TranslationValues, fieldErrors?: FieldErrors) {
    super(key, values, fieldErrors);
  }
}

/** The thing existed but can no longer be used (an expired or revoked invitation link). */
export class GoneError extends AppError {
  readonly status = 410;
  constructor(key: string, values?: TranslationValues) {
    super(key, values);
  }
}

export class ValidationError extends AppError {
  readonly status = 422;
  constructor(fieldErrors: FieldErrors, key = "errors.validation") {
    super(key, undefined, fieldErrors);
  }
}

export class RateLimitError extends AppError {
  readonly status = 429;
  constructor(
    readonly retryAfterSeconds: number,
    key = "errors.rateLimited",
  ) {
    super(key, { seconds: retryAfterSeconds });
  }
}

export class ServiceUnavailableError extends AppError {
  readonly status = 503;
  constructor(key = "errors.unavailable", values?: TranslationValues) {
    super(key, values);
  }
}
