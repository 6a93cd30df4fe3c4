import { CircleSlash, Clock, MailCheck, SearchX, Smartphone } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AuthCard } from "@/components/identity/auth-card";
import { JoinOrgForm, NewAccountForm } from "@/components/tenancy/accept-invitation";
import { Button } from "@/components/ui/button";
import { NotFoundError } from "@/lib/errors";
import { getWebViewer } from "@/lib/identity/web-session";
import { previewInvitation, type TInvitationPreview, ZInvitationTokenParams } from "@/lib/tenancy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("team.invitePage");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** The invitation behind the link, or null when the link names none. */
async function loadPreview(token: string): Promise<TInvitationPreview | null> {
  if (!ZInvitationTokenParams.safeParse({ token }).success) return null;
  try {
    return await previewInvitation(token);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("team.invitePage");
  const roles = await getTranslations("tenancy.roles");
  const preview = await loadPreview(token);

  if (!preview) {
    return (
      <InvitationState status="not-found" icon={<SearchX />}>
        <AuthCard title={t("notFound.title")} description={t("notFound.body")}>
          <HomeLink label={t("home")} />
        </AuthCard>
      </InvitationState>
    );
  }

  const viewer = await getWebViewer();
  const format = await getFormatter();
  const day = (iso: string) =>
    format.dateTime(new Date(iso), {
      dateStyle: "long",
      timeZone: viewer?.user.timeZone ?? "UTC",
    });
  const org = preview.orgName;
  const inviter = preview.invitedByName;
  const returnTo = encodeURIComponent(`/invite/${token}`);

  if (preview.status === "expired") {
    return (
      <InvitationState status="expired" icon={<Clock />}>
        <AuthCard
          title={t("expired.title")}
          description={
            inviter
              ? t("expired.bodyWithInviter", { org, inviter, date: day(preview.expiresAt) })
              : t("expired.body", { org, date: day(preview.expiresAt) })
          }
        >
          <HomeLink label={t("home")} />
        </AuthCard>
      </InvitationState>
    );
  }

  if (preview.status === "revoked") {
    return (
      <InvitationState status="revoked" icon={<CircleSlash />}>
        <AuthCard title={t("revoked.title")} description={t("revoked.body", { org })}>
          <HomeLink label={t("home")} />
        </AuthCard>
      </InvitationState>
    );
  }

  if (preview.status === "accepted") {
    return (
      <InvitationState status="accepted" icon={<MailCheck />}>
        <AuthCard title={t("accepted.title")} description={t("accepted.body", { org })}>
          <Button asChild className="w-full">
            <Link href={viewer ? "/continue" : "/sign-in?callbackUrl=%2Fcontinue"}>
              {viewer ? t("accepted.open") : t("accepted.signIn")}
            </Link>
          </Button>
        </AuthCard>
      </InvitationState>
    );
  }

  const role = roles(preview.role);
  const contact = preview.email ?? preview.phone ?? "";
  return (
    <InvitationState status="pending">
      <AuthCard
        title={t("pending.title", { org })}
        description={
          inviter
            ? t("pending.leadWithInviter", { org, inviter, role })
            : t("pending.lead", { org, role })
        }
      >
        <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-md border bg-muted/30 p-3 text-sm">
          <dt className="text-muted-foreground">{t("details.org")}</dt>
          <dd className="font-medium">{org}</dd>
          <dt className="text-muted-foreground">{t("details.role")}</dt>
          <dd className="font-medium">{role}</dd>
          {contact && (
            <>
              <dt className="text-muted-foreground">{t("details.sentTo")}</dt>
              <dd className="font-medium">{contact}</dd>
            </>
          )}
          <dt className="text-muted-foreground">{t("details.validUntil")}</dt>
          <dd className="font-medium">{day(preview.expiresAt)}</dd>
        </dl>

        {viewer ? (
          <div className="grid gap-3">
            <p className="text-sm text-muted-foreground">
              {t("signedInAs", {
                who: viewer.user.name || viewer.user.email || viewer.user.phone || "",
              })}
            </p>
            <JoinOrgForm token={token} orgName={org} />
          </div>
        ) : preview.email ? (
          preview.hasAccount ? (
            <div className="grid gap-3">
              <p className="text-sm text-muted-foreground">
                {t("hasAccount", { email: preview.email })}
              </p>
              <Button asChild className="w-full">
                <Link href={`/sign-in?callbackUrl=${returnTo}`}>{t("signInToAccept")}</Link>
              </Button>
            </div>
          ) : (
            <div className="grid gap-4">
              <h2 className="text-base font-semibold">{t("createHeading")}</h2>
              <NewAccountForm token={token} contact={preview.email} contactLabel={t("email")} />
              <Divider label={t("or")} />
              <Button asChild variant="outline" className="w-full">
                <Link href={`/sign-in?callbackUrl=${returnTo}`}>{t("haveAccount")}</Link>
              </Button>
            </div>
          )
        ) : (
          <div className="grid gap-3">
            <p className="text-sm text-muted-foreground">
              {t("phoneLead", { phone: preview.phone ?? "" })}
            </p>
            <Button asChild className="w-full">
              <Link href={`/sign-in/phone?callbackUrl=${returnTo}`}>
                <Smartphone aria-hidden />
                {t("signInWithPhone")}
              </Link>
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
  icon?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div data-testid="invitation" data-status={status}>
      {icon && (
        <div
          aria-hidden
          className="mx-auto mb-4 flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground [&_svg]:size-6"
        >
          {icon}
        </div>
      )}
      {children}
    </div>
  );
}

function HomeLink({ label }: { label: string }) {
  return (
    <Button asChild variant="outline" className="w-full">
      <Link href="/">{label}</Link>
    </Button>
  );
}

function Divider({ label }: { label: string }) {
  return (
    <div className="flex items-center gap-3 text-xs uppercase text-muted-foreground">
      <span className="h-px flex-1 bg-border" />
      {label}
      <span className="h-px flex-1 bg-border" />
    </div>
  );
}
