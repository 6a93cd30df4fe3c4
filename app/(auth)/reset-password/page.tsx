import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/identity/auth-card";
import { ResetPasswordForm } from "@/components/identity/reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.reset");
  return { title: t("title") };
}

/** From the emailed link (`?token=`) or after asking for an SMS code (`?phone=`). */
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string; phone?: string }>;
}) {
  const { token, phone } = await searchParams;
  const t = await getTranslations("auth.reset");
  return (
    <AuthCard
      title={t("title")}
      description={token ? t("leadLink") : t("leadCode")}
      footer={
        <Link
          href="/forgot-password"
          className="underline-offset-4 hover:text-foreground hover:underline"
        >
          {t("newLink")}
        </Link>
      }
    >
      <ResetPasswordForm token={token} phone={phone} />
    </AuthCard>
  );
}
