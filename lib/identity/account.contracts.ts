import { defineRoute } from "@/lib/api/contract";
import {
  ZAuthTokens,
  ZChangePasswordInput,
  ZDeleteAccountInput,
  ZEmailOnlyInput,
  ZForgotPasswordInput,
  ZLocationInput,
  ZLoginInput,
  ZNoData,
  ZNotificationSettingsInput,
  ZPhoneCodeRequest,
  ZPhoneLoginInput,
  ZPhoneVerifyInput,
  ZRefreshInput,
  ZRegisterInput,
  ZResetPasswordInput,
  ZSession,
  ZSessionParams,
  ZUpdateProfileInput,
  ZUser,
  ZUserResult,
  ZVerifyEmailInput,
} from "./schemas";

const auth = ["Auth"];
const me = ["Me"];

export const registerRoute = defineRoute({
  method: "POST",
  path: "/auth/register",
  summary: "Create an account with email and password",
  description:
    "Emails a verification link (`/verify-email?token=…`, 24 hours, single use). The account " +
    "cannot sign in until it is followed. 409 when the email is taken.",
  tags: auth,
  auth: "public",
  body: ZRegisterInput,
  response: ZUserResult,
  status: 201,
  errors: [409, 429],
});

export const verifyEmailRoute = defineRoute({
  method: "POST",
  path: "/auth/verify-email",
  summary: "Verify an email address with the token from the emailed link",
  tags: auth,
  auth: "public",
  body: ZVerifyEmailInput,
  response: ZUserResult,
});

export const resendVerificationRoute = defineRoute({
  method: "POST",
  path: "/auth/verify-email/resend",
  summary: "Send a new verification link",
  description: "Answers the same whether or not the account exists or is already verified.",
  tags: auth,
  auth: "public",
  body: ZEmailOnlyInput,
  response: ZNoData,
  status: 202,
  errors: [429],
});

export const loginRoute = defineRoute({
  method: "POST",
  path: "/auth/login",
  summary: "Sign in with email and password; returns API tokens",
  description:
    "401 for a wrong email or password (the same for both). 403 until the email is verified. " +
    "With two-factor on, a request without `otp` answers 401 with `errors.otp`: send it again " +
    "with the authenticator code (or a recovery code).",
  tags: auth,
  auth: "public",
  body: ZLoginInput,
  response: ZAuthTokens,
  errors: [401, 403, 429],
});

export const requestPhoneCodeRoute = defineRoute({
  method: "POST",
  path: "/auth/phone/request-code",
  summary: "Text a 6-digit code to a phone",
  description:
    "Without a bearer token: a code for POST /auth/phone/login. With one: a code for POST " +
    "/auth/phone/verify (adding or changing the signed-in user's phone). Codes last 10 " +
    "minutes and 5 attempts; a new code replaces the previous one.",
  tags: auth,
  auth: "public",
  body: ZPhoneCodeRequest,
  response: ZNoData,
  status: 202,
  errors: [401, 429],
});

export const phoneLoginRoute = defineRoute({
  method: "POST",
  path: "/auth/phone/login",
  summary: "Sign in (or sign up) with a phone and its SMS code; returns API tokens",
  description:
    "A number with no account creates one (named `name`). With two-factor on, send `otp` " +
    "as well (401 with `errors.otp` when missing).",
  tags: auth,
  auth: "public",
  body: ZPhoneLoginInput,
  response: ZAuthTokens,
  errors: [401, 429],
});

export const verifyPhoneRoute = defineRoute({
  method: "POST",
  path: "/auth/phone/verify",
  summary: "Set the signed-in user's phone with the code texted to it",
  description: "Also how a phone number is changed. 409 when another account has the number.",
  tags: auth,
  auth: "user",
  body: ZPhoneVerifyInput,
  response: ZUserResult,
  errors: [409],
});

export const refreshRoute = defineRoute({
  method: "POST",
  path: "/auth/refresh",
  summary: "Trade a refresh token for new tokens",
  description:
    "Each refresh token works once. Presenting a used one again revokes its whole session " +
    "(both holders must sign in again).",
  tags: auth,
  auth: "public",
  body: ZRefreshInput,
  response: ZAuthTokens,
  errors: [401],
});

export const logoutRoute = defineRoute({
  method: "POST",
  path: "/auth/logout",
  summary: "End the session of a refresh token",
  description: "Its access tokens stop working at once. Unknown tokens are ignored.",
  tags: auth,
  auth: "public",
  body: ZRefreshInput,
  response: ZNoData,
});

export const logoutAllRoute = defineRoute({
  method: "POST",
  path: "/auth/logout-all",
  summary: "Sign out on every device (web sessions and API tokens)",
  tags: auth,
  auth: "user",
  response: ZNoData,
});

export const forgotPasswordRoute = defineRoute({
  method: "POST",
  path: "/auth/password/forgot",
  summary: "Send a password reset link (email) or code (phone)",
  description:
    "Email: a link to `/reset-password?token=…` valid for 1 hour. Phone: a 6-digit SMS code " +
    "valid for 10 minutes. Answers the same whether or not an account matches.",
  tags: auth,
  auth: "public",
  body: ZForgotPasswordInput,
  response: ZNoData,
  status: 202,
  errors: [429],
});

export const resetPasswordRoute = defineRoute({
  method: "POST",
  path: "/auth/password/reset",
  summary: "Choose a new password with the emailed token or the SMS code",
  description: "Signs the account out everywhere. A wrong, used or expired token or code is a 422.",
  tags: auth,
  auth: "public",
  body: ZResetPasswordInput,
  response: ZNoData,
  errors: [429],
});

export const getMeRoute = defineRoute({
  method: "GET",
  path: "/me",
  summary: "The signed-in user",
  tags: me,
  auth: "user",
  response: ZUser,
});

export const updateMeRoute = defineRoute({
  method: "PATCH",
  path: "/me",
  summary: "Update the profile (fields left out stay as they are)",
  tags: me,
  auth: "user",
  body: ZUpdateProfileInput,
  response: ZUser,
});

export const deleteMeRoute = defineRoute({
  method: "DELETE",
  path: "/me",
  summary: "Delete the account",
  description:
    "Anonymises the user: personal data, sign-in methods, devices, sessions and memberships " +
    "are removed; business records keep pointing at the (now anonymous) user. Organizations " +
    "where they are the only member are deleted. 409 while they are the last owner of an " +
    "organization with other members.",
  tags: me,
  auth: "user",
  body: ZDeleteAccountInput,
  response: ZNoData,
  errors: [409, 429],
});

export const changePasswordRoute = defineRoute({
  method: "POST",
  path: "/me/password",
  summary: "Change the password; other devices are signed out",
  tags: me,
  auth: "user",
  body: ZChangePasswordInput,
  response: ZNoData,
  errors: [429],
});

export const updateLocationRoute = defineRoute({
  method: "PATCH",
  path: "/me/location",
  summary: "Set or clear (`null`) the user's location",
  tags: me,
  auth: "user",
  body: ZLocationInput,
  response: ZUser,
});

export const updateNotificationSettingsRoute = defineRoute({
  method: "PATCH",
  path: "/me/notification-settings",
  summary: "Choose which channels (email, SMS, push) may reach the user",
  tags: me,
  auth: "user",
  body: ZNotificationSettingsInput,
  response: ZUser,
});

export const listSessionsRoute = defineRoute({
  method: "GET",
  path: "/me/sessions",
  summary: "Signed-in devices (browser sessions and API token families)",
  description: "`current` marks the session making this request.",
  tags: me,
  auth: "user",
  response: ZSession.array(),
});

export const revokeSessionRoute = defineRoute({
  method: "DELETE",
  path: "/me/sessions/{id}",
  summary: "Sign one device out",
  tags: me,
  auth: "user",
  params: ZSessionParams,
  response: ZNoData,
  errors: [404],
});

export const accountRoutes = [
  registerRoute,
  verifyEmailRoute,
  resendVerificationRoute,
  loginRoute,
  requestPhoneCodeRoute,
  phoneLoginRoute,
  verifyPhoneRoute,
  refreshRoute,
  logoutRoute,
  logoutAllRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  getMeRoute,
  updateMeRoute,
  deleteMeRoute,
  changePasswordRoute,
  updateLocationRoute,
  updateNotificationSettingsRoute,
  listSessionsRoute,
  revokeSessionRoute,
];
