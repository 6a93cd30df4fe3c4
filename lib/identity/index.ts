export { accountRoutes } from "./account.contracts";
export { deleteAccount } from "./account-deletion.service";
export { changePassword, requestPasswordReset, resetPassword } from "./password.service";
export { normalizePhone, requestPhoneCode, verifyPhone } from "./phone.service";
export { updateLocation, updateNotificationSettings, updateProfile } from "./profile.service";
export { registerWithEmail, resendVerificationEmail, verifyEmail } from "./registration.service";
export { verifyPasswordSignIn, verifyPhoneSignIn } from "./sign-in.service";
export {
  ZChangePasswordInput,
  ZDeleteAccountInput,
  ZEmailOnlyInput,
  ZForgotPasswordInput,
  ZLocationInput,
  ZLoginInput,
  ZNotificationSettingsInput,
  ZPassword,
  ZPhone,
  ZPhoneCodeRequest,
  ZPhoneLoginInput,
  ZPhoneVerifyInput,
  ZRegisterInput,
  ZResetPasswordInput,
  ZSmsCode,
  ZUpdateProfileInput,
  ZUser,
  ZVerifyEmailInput,
  type TChangePasswordInput,
  type TDeleteAccountInput,
  type TForgotPasswordInput,
  type TLocationInput,
  type TLoginInput,
  type TNotificationSettingsInput,
  type TPhoneVerifyInput,
  type TRegisterInput,
  type TResetPasswordInput,
  type TUpdateProfileInput,
  type TUser,
} from "./schemas";

export { avatarRoutes, removeAvatarRoute, updateAvatarRoute } from "./avatar.contracts";
export {
  AVATAR_MAX_BYTES,
  AVATAR_UPLOAD_LIMITS,
  removeAvatar,
  updateAvatar,
} from "./avatar.service";
export {
  disableTwoFactorRoute,
  enableTwoFactorRoute,
  regenerateRecoveryCodesRoute,
  setupTwoFactorRoute,
  twoFactorRoutes,
} from "./two-factor.contracts";
export {
  disableTwoFactor,
  enableTwoFactor,
  regenerateRecoveryCodes,
  setupTwoFactor,
  verifySecondFactor,
} from "./two-factor.service";
export type { TTwoFactorSetup } from "./two-factor.schemas";
