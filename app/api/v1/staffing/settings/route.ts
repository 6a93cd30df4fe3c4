import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  getStaffingSettings,
  getStaffingSettingsRoute,
  updateStaffingSettings,
  updateStaffingSettingsRoute,
} from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(getStaffingSettingsRoute, async ({ org, t }) =>
    ok(await getStaffingSettings(org), t("staffing.events.settingsFound")),
  ),
  apiRoute(updateStaffingSettingsRoute, async ({ org, body, t }) =>
    ok(await updateStaffingSettings(org, body), t("staffing.events.settingsUpdated")),
  ),
);
