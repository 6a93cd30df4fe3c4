import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/identity/auth-card";
import { TwoFactorForm } from "@/components/identity/two-factor-form";
import { safeReturnPath } from "@/lib/identity/return-path";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.twoFactor");
  return { title: t("title") };
}

export default async function TwoFactorPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  const t = await getTranslations("auth.twoFactor");
  return (
    <AuthCard
      title={t("title")}
      description={t("lead")}
      footer={
        <Link href="/sign-in" className="underline-offset-4 hover:text-foreground hover:underline">
          {t("startOver")}
        </Link>
      }
    >
      <TwoFactorForm callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
