import { Smartphone } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/identity/auth-card";
import { OAuthButtons } from "@/components/identity/oauth-buttons";
import { SignInForm } from "@/components/identity/sign-in-form";
import { Button } from "@/components/ui/button";
import { getTranslator } from "@/lib/i18n/translator";
import { localize } from "@/lib/i18n/localize";
import { getWebViewer } from "@/lib/identity/web-session";
import { safeReturnPath } from "@/lib/identity/return-path";
import { isLocale } from "@/lib/i18n/config";
import { getLocale } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

/** Errors next-auth or our OAuth linking put in `?error=`, in words a person understands. */
async function errorMessage(code: string | undefined): Promise<string | null> {
  if (!code) return null;
  const locale = await getLocale();
  const api = getTranslator(isLocale(locale) ? locale : "en");
  if (code.startsWith("identity.")) return localize(api, code);
  const t = await getTranslations("auth.signIn.errors");
  return t.has(code) ? t(code) : t("default");
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string; email?: string }>;
}) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await getWebViewer()) redirect(callbackUrl ?? "/continue");
  const t = await getTranslations("auth.signIn");
  const error = await errorMessage(params.error);
  const query = callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : "";
  return (
    <AuthCard
      title={t("title")}
      description={t("lead")}
      footer={
        <>
          {t("noAccount")}{" "}
          <Link
            href={`/sign-up${query}`}
            className="font-medium text-foreground underline-offset-4 hover:underline"
          >
            {t("signUp")}
          </Link>
        </>
      }
    >
      {error && (
        <p
          role="alert"
          className="mb-4 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive"
        >
          {error}
        </p>
      )}
      <div className="grid gap-4">
        <SignInForm callbackUrl={callbackUrl} email={params.email} />
        <OAuthButtons callbackUrl={callbackUrl} />
        <Button asChild variant="ghost" className="w-full">
          <Link href={`/sign-in/phone${query}`}>
            <Smartphone aria-hidden />
            {t("withPhone")}
          </Link>
        </Button>
      </div>
    </AuthCard>
  );
}
