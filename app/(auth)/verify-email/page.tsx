import { CircleCheck, CircleX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/identity/auth-card";
import { Button } from "@/components/ui/button";
import { AppError } from "@/lib/errors";
import { verifyEmail } from "@/lib/identity/registration.service";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.verify");
  return { title: t("title") };
}

/** The emailed link lands here; following it is the confirmation, so it verifies at once. */
export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token } = await searchParams;
  const t = await getTranslations("auth.verify");
  let email: string | null = null;
  let verified = false;
  if (token) {
    try {
      email = (await verifyEmail(token)).email;
      verified = true;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  const signInHref = `/sign-in${email ? `?email=${encodeURIComponent(email)}` : ""}`;
  return (
    <AuthCard title={verified ? t("doneTitle") : t("failedTitle")}>
      <div className="grid gap-5" role="status">
        <div className="flex items-start gap-3">
          {verified ? (
            <CircleCheck className="mt-0.5 size-5 shrink-0 text-success" aria-hidden />
          ) : (
            <CircleX className="mt-0.5 size-5 shrink-0 text-destructive" aria-hidden />
          )}
          <p className="text-sm text-muted-foreground">
            {verified ? t("doneBody") : t("failedBody")}
          </p>
        </div>
        <Button asChild className="w-full">
          <Link href={verified ? signInHref : "/sign-up"}>
            {verified ? t("signIn") : t("startAgain")}
          </Link>
        </Button>
      </div>
    </AuthCard>
  );
}
