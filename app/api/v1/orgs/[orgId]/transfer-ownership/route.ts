import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { transferOwnership, transferOwnershipRoute } from "@/lib/tenancy";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(transferOwnershipRoute, async ({ org, body, t }) =>
    ok(await transferOwnership(org, body.memberId), t("tenancy.ownershipTransferred")),
  ),
);
