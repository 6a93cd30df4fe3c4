import { accountRoutes } from "./account.contracts";
import { avatarRoutes } from "./avatar.contracts";
import { twoFactorRoutes } from "./two-factor.contracts";

export const identityRoutes = [...accountRoutes, ...twoFactorRoutes, ...avatarRoutes];
