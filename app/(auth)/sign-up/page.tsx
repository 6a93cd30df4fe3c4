import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/identity/auth-card";
import { OAuthButtons } from "@/components/identity/oauth-buttons";
import { SignUpForm } from "@/components/identity/sign-up-form";
import { safeReturnPath } from "@/lib/identity/return-path";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signUp");
  return { title: t("title") };
}

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  const t = await getTranslations("auth.signUp");
  return (
    <AuthCard
      title={t("title")}
      description={t("lead")}
      footer={
        <>
          {t("haveAccount")}{" "}
          <Link
            href="/sign-in"
            className="font-medium text-foreground underline-offset-4 hover:underline"
          >
            {t("signIn")}
          </Link>
        </>
      }
    >
      <div className="grid gap-4">
        <SignUpForm />
        <OAuthButtons callbackUrl={callbackUrl} />
      </div>
    </AuthCard>
  );
}
