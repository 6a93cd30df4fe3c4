import type { HttpMethod, RouteContract } from "./contract";

export const API_PREFIX = "/api/v1";

function toPattern(path: string): RegExp {
  const source = path
    .split("/")
    .map((part) =>
      /^\{[^}]+\}$/.test(part) ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
    )
    .join("/");
  return new RegExp(`^${source}/?$`);
}

export type RouteMatch =
  { kind: "found" } | { kind: "not-found" } | { kind: "method-not-allowed"; allow: HttpMethod[] };

/** Decides, from the contracts alone, whether a request reaches a handler. */
export function createRouteMatcher(routes: RouteContract[]) {
  const compiled = routes.map((route) => ({ route, pattern: toPattern(route.path) }));
  return function matchRoute(pathname: string, method: string): RouteMatch {
    if (!pathname.startsWith(API_PREFIX)) return { kind: "not-found" };
    const path = pathname.slice(API_PREFIX.length) || "/";
    const candidates = compiled.filter(({ pattern }) => pattern.test(path));
    if (candidates.length === 0) return { kind: "not-found" };
    const allow = candidates.map(({ route }) => route.method);
    const wanted = method === "HEAD" ? "GET" : method;
    return allow.includes(wanted as HttpMethod)
      ? { kind: "found" }
      : { kind: "method-not-allowed", allow };
  };
}
