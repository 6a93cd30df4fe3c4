import { accountRoutes } from "./account.contracts";
import { avatarRoutes } from "./avatar.contracts";
import { oauthRoutes } from "./oauth.contracts";
import { twoFactorRoutes } from "./two-factor.contracts";

export const identityRoutes = [
  ...accountRoutes,
  ...oauthRoutes,
  ...twoFactorRoutes,
  ...avatarRoutes,
];
