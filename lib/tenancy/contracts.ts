import type { RouteContract } from "@/lib/api/contract";
import { invitationRoutes } from "./invitations.contracts";
import { memberRoutes } from "./members.contracts";
import { orgRoutes } from "./orgs.contracts";

export const tenancyRoutes: RouteContract[] = [...orgRoutes, ...memberRoutes, ...invitationRoutes];
