"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { UnauthorizedError } from "@/lib/errors";
import { normalizePhone, requestPhoneCode } from "@/lib/identity/phone.service";
import { requestPasswordReset, resetPassword } from "@/lib/identity/password.service";
import { registerWithEmail, resendVerificationEmail } from "@/lib/identity/registration.service";
import {
  ZEmailOnlyInput,
  ZForgotPasswordInput,
  ZLoginInput,
  ZPhoneCodeRequest,
  ZPhoneLoginInput,
  ZRegisterInput,
  ZResetPasswordInput,
} from "@/lib/identity/schemas";
import { verifyPasswordSignIn, verifyPhoneSignIn } from "@/lib/identity/sign-in.service";
import {
  readStep,
  TWO_FACTOR_COOKIE,
  twoFactorChallengeCookie,
} from "@/lib/identity/sign-in-ticket";
import { verifySecondFactor } from "@/lib/identity/two-factor.service";
import {
  findActiveUserByEmail,
  findActiveUserById,
  findActiveUserByPhone,
  type UserRow,
} from "@/lib/identity/users.queries";
import { completeWebSignIn } from "@/lib/identity/web-session";
import { safeReturnPath } from "@/lib/identity/return-path";

const ZReturnTo = { callbackUrl: z.string().max(500).optional() };

async function clientIp(): Promise<string | null> {
  return (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}

function needsSecondFactor(error: unknown): boolean {
  return error instanceof UnauthorizedError && error.messageKey === "identity.twoFactorRequired";
}

/**
 * Password (or phone code) passed but an authenticator code is still due: remember that for
 * five minutes in an httpOnly cookie and ask for the code on its own page.
 */
async function askForSecondFactor(
  user: UserRow,
  method: string,
  callbackUrl?: string,
): Promise<never> {
  (await cookies()).set(await twoFactorChallengeCookie({ userId: user.id, method }));
  const next = safeReturnPath(callbackUrl);
  redirect(`/sign-in/two-factor${next ? `?callbackUrl=${encodeURIComponent(next)}` : ""}`);
}

export const signInWithPassword = formAction(
  ZLoginInput.pick({ email: true, password: true }).extend(ZReturnTo),
  async (input) => {
    const meta = { ip: await clientIp() };
    let user: UserRow;
    try {
      user = await verifyPasswordSignIn(input, meta);
    } catch (error) {
      if (!needsSecondFactor(error)) throw error;
      // The password was right; find who it was for without checking it twice.
      const found = await findActiveUserByEmail(input.email.trim());
      return askForSecondFactor(found!, "password", input.callbackUrl);
    }
    return completeWebSignIn(user.id, "password", safeReturnPath(input.callbackUrl) ?? "/continue");
  },
);

export const submitSecondFactor = formAction(
  z.object({ code: z.string().trim().min(6).max(20), ...ZReturnTo }),
  async (input) => {
    const jar = await cookies();
    const challenge = await readStep(
      "two-factor-challenge",
      jar.get(TWO_FACTOR_COOKIE)?.value ?? "",
    );
    const user = challenge ? await findActiveUserById(challenge.userId) : undefined;
    if (!challenge || !user) throw new UnauthorizedError("auth.twoFactorExpired");
    try {
      await verifySecondFactor(user, input.code);
    } catch (error) {
      if (error instanceof UnauthorizedError) {
        throw new UnauthorizedError(error.messageKey, undefined, { code: [error.messageKey] });
      }
      throw error;
    }
    jar.delete({ name: TWO_FACTOR_COOKIE, path: "/sign-in" });
    return completeWebSignIn(
      user.id,
      challenge.method,
      safeReturnPath(input.callbackUrl) ?? "/continue",
    );
  },
);

export const sendPhoneSignInCode = formAction(ZPhoneCodeRequest, async (input, { t, locale }) => {
  await requestPhoneCode(input, { ip: await clientIp(), locale });
  return { data: { phone: input.phone }, message: t("identity.codeSent") };
});

export const signInWithPhone = formAction(
  ZPhoneLoginInput.omit({ otp: true }).extend(ZReturnTo),
  async (input) => {
    let user: UserRow;
    try {
      user = await verifyPhoneSignIn(input, { ip: await clientIp() });
    } catch (error) {
      if (!needsSecondFactor(error)) throw error;
      const found = await findActiveUserByPhone(normalizePhone(input.phone));
      return askForSecondFactor(found!, "phone", input.callbackUrl);
    }
    return completeWebSignIn(user.id, "phone", safeReturnPath(input.callbackUrl) ?? "/continue");
  },
);

export const signUp = formAction(ZRegisterInput, async (input, { t, locale }) => {
  const user = await registerWithEmail(input, { ip: await clientIp(), locale });
  return { data: { email: user.email ?? input.email }, message: t("identity.registered") };
});

export const resendVerification = formAction(ZEmailOnlyInput, async (input, { t }) => {
  await resendVerificationEmail(input.email, { ip: await clientIp() });
  return { data: null, message: t("identity.verificationResent") };
});

export const forgotPassword = formAction(ZForgotPasswordInput, async (input, { t }) => {
  await requestPasswordReset(input, { ip: await clientIp() });
  return { data: { phone: input.phone ?? null }, message: t("identity.resetRequested") };
});

export const chooseNewPassword = formAction(ZResetPasswordInput, async (input, { t }) => {
  await resetPassword(input, { ip: await clientIp() });
  return { data: null, message: t("identity.passwordReset") };
});
