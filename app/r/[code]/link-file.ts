import { RateLimitError } from "@/lib/errors";
import { apiTranslatorFor } from "@/lib/api/request-context";

/**
 * A file behind a request link: 404 (in words) for an unknown code or a shift not confirmed,
 * 429 with Retry-After once the visitor looked up too many codes. Never cached: the shift may
 * change.
 */
export async function linkFileResponse<T>(
  request: Request,
  load: () => Promise<T | null>,
  toFile: (found: T) => { body: string; type: string; disposition: string },
): Promise<Response> {
  const t = apiTranslatorFor(request);
  try {
    const found = await load();
    if (found === null) {
      return new Response(t("staffing.work.linkNotFound"), {
        status: 404,
        headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
      });
    }
    const file = toFile(found);
    return new Response(file.body, {
      headers: {
        "content-type": file.type,
        "content-disposition": file.disposition,
        "cache-control": "private, no-store",
        "x-robots-tag": "noindex",
      },
    });
  } catch (error) {
    if (!(error instanceof RateLimitError)) throw error;
    return new Response(t("errors.rateLimited", { seconds: error.retryAfterSeconds }), {
      status: 429,
      headers: {
        "content-type": "text/plain; charset=utf-8",
        "retry-after": String(error.retryAfterSeconds),
      },
    });
  }
}

export function requestIp(request: Request): string | null {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}
