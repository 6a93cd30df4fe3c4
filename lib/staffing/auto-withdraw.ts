import { and, gt, isNotNull } from "drizzle-orm";
import { z } from "zod";
import { staffingSettings } from "@/db/schema/staffing";
import { defineQueue } from "@/lib/jobs/queue";
import { getLogger } from "@/lib/logging/logger";
import { withSystemScope, withTenant } from "@/lib/tenancy/scope";
import { withdrawUnansweredRequests } from "./requests.service";

/**
 * Auto-withdraw (workflow 7), off unless an org sets `staffing_settings.auto_withdraw_hours`:
 * every five minutes, requests still unanswered (`sent`) whose call time starts within that
 * many hours are canceled and the manager is notified, so the next worker can be asked.
 * The worker gets no text: the request simply closes (their link page and an SMS reply say
 * so), which spares the org a paid text per unanswered request.
 */
export async function withdrawUnanswered(now: Date = new Date()): Promise<{ withdrawn: number }> {
  const orgs = await withSystemScope((tx) =>
    tx
      .select({ orgId: staffingSettings.orgId, hours: staffingSettings.autoWithdrawHours })
      .from(staffingSettings)
      .where(
        and(
          isNotNull(staffingSettings.autoWithdrawHours),
          gt(staffingSettings.autoWithdrawHours, 0),
        ),
      ),
  );
  let withdrawn = 0;
  for (const { orgId, hours } of orgs) {
    try {
      const ids = await withTenant({ orgId }, (tx) =>
        withdrawUnansweredRequests(tx, orgId, hours!, now),
      );
      withdrawn += ids.length;
    } catch (error) {
      getLogger().error({ err: error, orgId }, "staffing auto-withdraw failed for an org");
    }
  }
  return { withdrawn };
}

export const staffingAutoWithdrawQueue = defineQueue({
  name: "staffing-auto-withdraw",
  data: z.object({}),
  retryLimit: 1,
  retryDelaySeconds: 60,
  retryBackoff: false,
  expireInSeconds: 4 * 60,
  async handle() {
    await withdrawUnanswered();
  },
});
