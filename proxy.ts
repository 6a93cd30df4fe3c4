import { type NextRequest, NextResponse } from "next/server";
import { createRouteMatcher } from "@/lib/api/match";
import { apiRoutes } from "@/lib/api/registry";
import { apiTranslatorFor, requestIdFor } from "@/lib/api/request-context";
import { errorResponse } from "@/lib/api/respond";

const matchRoute = createRouteMatcher(apiRoutes);

/**
 * Answers `/api/v1` requests that no handler takes — unknown path (404) or method (405) —
 * with the error envelope instead of Next's HTML page or empty 405.
 */
export function proxy(request: NextRequest) {
  const match = matchRoute(request.nextUrl.pathname, request.method);
  if (match.kind === "found") return NextResponse.next();
  const t = apiTranslatorFor(request);
  const requestId = requestIdFor(request);
  if (match.kind === "not-found") {
    return errorResponse(404, t("errors.routeNotFound"), requestId);
  }
  const allow = match.allow.join(", ");
  if (request.method === "OPTIONS") {
    return new Response(null, { status: 204, headers: { Allow: allow } });
  }
  return errorResponse(
    405,
    t("errors.methodNotAllowed", { method: request.method, allow }),
    requestId,
    undefined,
    {
      Allow: allow,
    },
  );
}

export const config = { matcher: ["/api/v1/:path*"] };
