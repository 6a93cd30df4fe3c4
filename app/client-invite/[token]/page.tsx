import { Clock, Handshake, SearchX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AcceptClientInvitation } from "@/components/booking/customer/accept-client-invitation";
import { AvatarTile } from "@/components/booking/customer/avatar-tile";
import { AuthCard } from "@/components/identity/auth-card";
import { Button } from "@/components/ui/button";
import { previewClientInvitation } from "@/lib/booking/clients.service";
import { GoneError, NotFoundError } from "@/lib/errors";
import { getWebViewer } from "@/lib/identity/web-session";
import { acceptClientInvitationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("customerUi.invite");
  return { title: t("metaTitle"), robots: { index: false } };
}

type Preview = Awaited<ReturnType<typeof previewClientInvitation>>;

/** The invitation behind the link, or why there is none (the same checks accept makes). */
async function loadPreview(token: string): Promise<Preview | "not-found" | "expired"> {
  // Tokens are long random strings: anything else names no invitation.
  if (!/^[\w-]{20,200}$/.test(token)) return "not-found";
  try {
    return await previewClientInvitation(token);
  } catch (error) {
    if (error instanceof NotFoundError) return "not-found";
    if (error instanceof GoneError) return "expired";
    throw error;
  }
}

export default async function ClientInvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("customerUi.invite");
  const preview = await loadPreview(token);

  if (preview === "not-found" || preview === "expired") {
    const key = preview === "expired" ? "expired" : "notFound";
    return (
      <InvitationState status={preview} icon={preview === "expired" ? <Clock /> : <SearchX />}>
        <AuthCard title={t(`${key}.title`)} description={t(`${key}.body`)}>
          <Button asChild variant="outline" className="w-full">
            <Link href="/">{t("home")}</Link>
          </Button>
        </AuthCard>
      </InvitationState>
    );
  }

  const viewer = await getWebViewer();
  const format = await getFormatter();
  const business = preview.business;
  const returnTo = encodeURIComponent(`/client-invite/${token}`);
  return (
    <InvitationState status="pending" icon={<Handshake />}>
      <AuthCard
        title={t("pending.title", { business: business.name })}
        description={t("pending.lead", { business: business.name })}
      >
        <div className="mb-6 flex items-center gap-3 rounded-md border bg-muted/30 p-3">
          <AvatarTile url={business.logoUrl} name={business.name} className="size-10" />
          <dl className="grid min-w-0 grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-muted-foreground">{t("details.business")}</dt>
            <dd className="truncate font-medium">{business.name}</dd>
            <dt className="text-muted-foreground">{t("details.validUntil")}</dt>
            <dd className="font-medium">
              {format.dateTime(preview.expiresAt, {
                dateStyle: "long",
                timeZone: viewer?.user.timeZone ?? "UTC",
              })}
            </dd>
          </dl>
        </div>
        {viewer ? (
          <div className="grid gap-3">
            <p className="text-sm text-muted-foreground">
              {t("signedInAs", {
                who: viewer.user.name || viewer.user.email || viewer.user.phone || "",
              })}
            </p>
            <AcceptClientInvitation
              action={acceptClientInvitationAction}
              token={token}
              published={business.published}
            />
          </div>
        ) : (
          <div className="grid gap-3" data-testid="client-invite-signed-out">
            <p className="text-sm text-muted-foreground">{t("signedOut")}</p>
            <Button asChild className="w-full">
              <Link href={`/sign-in?callbackUrl=${returnTo}`}>{t("signIn")}</Link>
            </Button>
            <Button asChild variant="outline" className="w-full">
              <Link href={`/sign-up?callbackUrl=${returnTo}`}>{t("signUp")}</Link>
            </Button>
          </div>
        )}
      </AuthCard>
    </InvitationState>
  );
}

/** Marks the card with the invitation's state, for people (icon) and tests (data-status). */
function InvitationState({
  status,
  icon,
  children,
}: {
  status: string;
  icon: ReactNode;
  children: ReactNode;
}) {
  return (
    <div data-testid="client-invite" data-status={status}>
      <div
        aria-hidden
        className="mx-auto mb-4 flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground [&_svg]:size-6"
      >
        {icon}
      </div>
      {children}
    </div>
  );
}
