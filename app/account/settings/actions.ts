"use server";

import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { setLocale } from "@/app/_actions/locale";
import { userFormAction } from "@/lib/actions/form-action";
import { BadRequestError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/translator";
import { deleteAccount } from "@/lib/identity/account-deletion.service";
import { removeAvatar } from "@/lib/identity/avatar.service";
import { enabledOAuthProviders } from "@/lib/identity/oauth-providers";
import { unlinkOAuthAccount } from "@/lib/identity/oauth.service";
import { changePassword } from "@/lib/identity/password.service";
import { requestPhoneCode, verifyPhone } from "@/lib/identity/phone.service";
import {
  updateLocation,
  updateNotificationSettings,
  updateProfile,
} from "@/lib/identity/profile.service";
import {
  ZChangePasswordInput,
  ZPhoneCodeRequest,
  ZPhoneVerifyInput,
  ZSessionParams,
} from "@/lib/identity/schemas";
import { revokeAllSessions, revokeOwnSession } from "@/lib/identity/sessions.service";
import { signStep } from "@/lib/identity/sign-in-ticket";
import {
  disableTwoFactor,
  enableTwoFactor,
  regenerateRecoveryCodes,
  setupTwoFactor,
} from "@/lib/identity/two-factor.service";
import {
  ZDisableTwoFactorInput,
  ZEnableTwoFactorInput,
  ZRegenerateRecoveryCodesInput,
} from "@/lib/identity/two-factor.schemas";
import { LINK_INTENT_COOKIE, signIn } from "@/lib/identity/web-auth";
import { appCookie } from "@/lib/security/cookies";
import { signOutWeb } from "@/lib/identity/web-session";
import {
  ZDeleteAccountForm,
  ZLocationForm,
  ZNoInput,
  ZNotificationSwitchForm,
  ZProfileForm,
  ZProviderForm,
} from "./form-schemas";

const SETTINGS_PATH = "/account/settings";

// Actions whose form stays on screen re-render the page (revalidatePath). Those whose form
// goes away with the change (a removed row, a closed dialog) leave the refresh to the
// browser, after it has shown the result: a form unmounted by the re-render would never
// announce it.

const settingsText = (locale: Parameters<typeof getTranslator>[0]) =>
  getTranslator(locale, "settings");

async function clientIp(): Promise<string | null> {
  return (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}

// ── Profile ─────────────────────────────────────────────────────────────────────────────

export const saveProfile = userFormAction(ZProfileForm, async (input, { viewer }) => {
  const user = await updateProfile(viewer.user.id, input);
  // The interface speaks the profile's language from now on, on this browser too.
  if (user.locale !== viewer.user.locale) await setLocale(user.locale);
  revalidatePath(SETTINGS_PATH);
  return { data: null, message: settingsText(user.locale)("profile.saved") };
});

export const removeProfilePicture = userFormAction(ZNoInput, async (_input, { viewer, locale }) => {
  await removeAvatar(viewer.user);
  return { data: null, message: settingsText(locale)("avatar.removed") };
});

export const saveLocation = userFormAction(ZLocationForm, async (input, { viewer, locale }) => {
  await updateLocation(viewer.user.id, input);
  revalidatePath(SETTINGS_PATH);
  return { data: input, message: settingsText(locale)("location.saved") };
});

export const clearLocation = userFormAction(ZNoInput, async (_input, { viewer, locale }) => {
  await updateLocation(viewer.user.id, null);
  return { data: null, message: settingsText(locale)("location.cleared") };
});

// ── Notifications ───────────────────────────────────────────────────────────────────────

export const saveNotificationSwitch = userFormAction(
  ZNotificationSwitchForm,
  async (input, { viewer, locale }) => {
    const user = await updateNotificationSettings(viewer.user.id, input);
    revalidatePath(SETTINGS_PATH);
    return {
      data: user.notificationSettings,
      message: settingsText(locale)("notifications.saved"),
    };
  },
);

// ── Password and phone ──────────────────────────────────────────────────────────────────

export const savePassword = userFormAction(
  ZChangePasswordInput,
  async (input, { viewer, locale }) => {
    await changePassword({ userId: viewer.user.id, sessionId: viewer.sessionId }, input);
    revalidatePath(SETTINGS_PATH);
    return { data: null, message: settingsText(locale)("password.saved") };
  },
);

export const sendPhoneCode = userFormAction(
  ZPhoneCodeRequest,
  async (input, { viewer, locale }) => {
    await requestPhoneCode(input, { userId: viewer.user.id, ip: await clientIp(), locale });
    return { data: { phone: input.phone }, message: settingsText(locale)("phone.codeSent") };
  },
);

export const confirmPhone = userFormAction(ZPhoneVerifyInput, async (input, { viewer, locale }) => {
  await verifyPhone(viewer.user.id, input);
  revalidatePath(SETTINGS_PATH);
  return { data: null, message: settingsText(locale)("phone.verified") };
});

// ── Two-factor ──────────────────────────────────────────────────────────────────────────

export const startTwoFactorSetup = userFormAction(ZNoInput, async (_input, { viewer, locale }) => ({
  data: await setupTwoFactor(viewer.user),
  message: settingsText(locale)("twoFactor.setupStarted"),
}));

export const turnOnTwoFactor = userFormAction(
  ZEnableTwoFactorInput,
  async (input, { viewer, locale }) => {
    const recoveryCodes = await enableTwoFactor(viewer.user, input.code);
    return { data: { recoveryCodes }, message: settingsText(locale)("twoFactor.enabled") };
  },
);

export const turnOffTwoFactor = userFormAction(
  ZDisableTwoFactorInput,
  async (input, { viewer, locale }) => {
    await disableTwoFactor(viewer.user, input);
    return { data: null, message: settingsText(locale)("twoFactor.disabled") };
  },
);

export const renewRecoveryCodes = userFormAction(
  ZRegenerateRecoveryCodesInput,
  async (input, { viewer, locale }) => ({
    data: { recoveryCodes: await regenerateRecoveryCodes(viewer.user, input.code) },
    message: settingsText(locale)("twoFactor.codesRenewed"),
  }),
);

// ── Connected providers ─────────────────────────────────────────────────────────────────

/**
 * "Connect Google": remember for ten minutes, in a signed httpOnly cookie, which signed-in
 * user the provider's answer belongs to, then go through the provider's login. next-auth
 * links the account and comes back to `/account/settings?connected=<provider>`.
 */
export const connectProvider = userFormAction(ZProviderForm, async (input, { viewer }) => {
  if (!enabledOAuthProviders().includes(input.provider)) throw new BadRequestError();
  (await cookies()).set(
    LINK_INTENT_COOKIE,
    await signStep("link-intent", { userId: viewer.user.id, method: input.provider }),
    appCookie({ maxAgeSeconds: 10 * 60 }),
  );
  await signIn(input.provider, { redirectTo: SETTINGS_PATH });
  // signIn redirects (throws); reaching here would be a next-auth contract change.
  throw new Error("sign-in did not redirect");
});

export const disconnectProvider = userFormAction(
  ZProviderForm,
  async (input, { viewer, locale }) => {
    await unlinkOAuthAccount(viewer.user, input.provider);
    return { data: null, message: settingsText(locale)("connections.disconnected") };
  },
);

/** Back from linking: the intent has done its job and must not link a later sign-in. */
export async function forgetLinkIntent(): Promise<void> {
  (await cookies()).delete(LINK_INTENT_COOKIE);
}

// ── Devices and signing out ─────────────────────────────────────────────────────────────

export const revokeDevice = userFormAction(ZSessionParams, async (input, { viewer, locale }) => {
  await revokeOwnSession(viewer.user.id, input.id);
  return { data: null, message: settingsText(locale)("devices.revoked") };
});

/** Ends this browser's session and goes home (signOut redirects, so this never returns). */
async function leaveSignedOut(): Promise<never> {
  (await cookies()).delete(LINK_INTENT_COOKIE);
  await signOutWeb();
  throw new Error("sign-out did not redirect");
}

export const signOutHere = userFormAction(ZNoInput, () => leaveSignedOut());

/** Every session, this browser's included (the accounts service has no "all but this one"). */
export const signOutEverywhere = userFormAction(ZNoInput, async (_input, { viewer }) => {
  await revokeAllSessions(viewer.user.id, "logout_all");
  return leaveSignedOut();
});

// ── Delete account ──────────────────────────────────────────────────────────────────────

export const deleteMyAccount = userFormAction(ZDeleteAccountForm, async (input, { viewer }) => {
  await deleteAccount(viewer.user.id, { password: input.password });
  return leaveSignedOut();
});
