import { ForbiddenError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";

/**
 * Platform administration (the marketplace's categories, suspending businesses): only users
 * flagged as platform admins; everyone else gets 403, as /admin answers them a 404 page.
 */
export function assertPlatformAdmin(viewer: Viewer): void {
  if (!viewer.user.isPlatformAdmin) throw new ForbiddenError("booking.platformAdminOnly");
}
