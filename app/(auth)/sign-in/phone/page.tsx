import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/identity/auth-card";
import { PhoneSignIn } from "@/components/identity/phone-sign-in";
import { safeReturnPath } from "@/lib/identity/return-path";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.phone");
  return { title: t("title") };
}

export default async function PhoneSignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  const t = await getTranslations("auth.phone");
  return (
    <AuthCard
      title={t("title")}
      description={t("lead")}
      footer={
        <Link href="/sign-in" className="underline-offset-4 hover:text-foreground hover:underline">
          {t("withEmail")}
        </Link>
      }
    >
      <PhoneSignIn callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
