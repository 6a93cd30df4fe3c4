import { env } from "@/lib/config/env";
import { NotFoundError } from "@/lib/errors";

/**
 * The key browsers subscribe with. Without VAPID keys there is no web push (pushes go to the
 * outbox), so there is no key to give: a 404 the web UI shows as "not configured".
 */
export function vapidPublicKey(): { publicKey: string } {
  const publicKey = env().VAPID_PUBLIC_KEY;
  if (!publicKey) throw new NotFoundError("push.notConfigured");
  return { publicKey };
}
