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
