import { z } from "zod";
import { BadRequestError, NotFoundError, UnauthorizedError } from "@/lib/errors";
import { viewerFromRequest } from "@/lib/identity/request-viewer";
import type { Viewer } from "@/lib/identity/viewer";
import { type OrgContext, resolveOrgContext } from "@/lib/tenancy/context";
import type { RouteContract } from "./contract";

const ZOrgId = z.uuid();

/** The organization a request is about: the `orgId` path parameter, else the header. */
function requestedOrgId(request: Request, params: Record<string, unknown> | undefined): string {
  // Next gives routes without dynamic segments no params object at all.
  const fromPath = params?.orgId;
  const raw =
    typeof fromPath === "string"
      ? fromPath
      : (request.headers.get("x-org-id") ?? request.headers.get("org"));
  if (!raw) throw new BadRequestError("tenancy.orgHeaderRequired");
  // A malformed id names no org the caller belongs to: the same 404 as a foreign one.
  const parsed = ZOrgId.safeParse(raw);
  if (!parsed.success) throw new NotFoundError("tenancy.orgNotFound");
  return parsed.data;
}

/** Applies a contract's `auth`: 401 without a live session, 404 for a non-member's org. */
export async function authenticate(
  request: Request,
  contract: RouteContract,
  params: Record<string, unknown> | undefined,
): Promise<{ viewer: Viewer | null; org: OrgContext | undefined }> {
  const viewer = await viewerFromRequest(request);
  if (contract.auth === "public") return { viewer, org: undefined };
  if (!viewer) throw new UnauthorizedError();
  if (contract.auth === "user") return { viewer, org: undefined };
  const orgId = requestedOrgId(request, params);
  return { viewer, org: await resolveOrgContext(viewer, orgId, contract.permission) };
}
