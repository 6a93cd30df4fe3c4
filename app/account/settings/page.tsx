import {
  Bell,
  KeyRound,
  Link2,
  MonitorSmartphone,
  ShieldCheck,
  Trash2,
  UserRound,
} from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PushToggle } from "@/components/push/push-toggle";
import { AvatarEditor } from "@/components/settings/avatar-editor";
import {
  ConnectedAccounts,
  ConnectedNotice,
  type ProviderRow,
} from "@/components/settings/connected-accounts";
import { DeleteAccount } from "@/components/settings/delete-account";
import { toDeviceView } from "@/components/settings/device-view";
import { DevicesList } from "@/components/settings/devices-list";
import { LocationForm } from "@/components/settings/location-form";
import { NotificationSwitches } from "@/components/settings/notification-switches";
import { PasswordForm } from "@/components/settings/password-form";
import { PhoneForm } from "@/components/settings/phone-form";
import { ProfileForm } from "@/components/settings/profile-form";
import { SettingsNav } from "@/components/settings/settings-nav";
import { SettingsPart, SettingsSection } from "@/components/settings/settings-section";
import { TwoFactorPanel } from "@/components/settings/two-factor-panel";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import {
  enabledOAuthProviders,
  OAUTH_PROVIDER_IDS,
  OAUTH_PROVIDER_LABELS,
  type OAuthProviderId,
} from "@/lib/identity/oauth-providers";
import { listOAuthAccounts } from "@/lib/identity/oauth.service";
import { listSessions } from "@/lib/identity/sessions.service";
import { toUserDto } from "@/lib/identity/users.queries";
import { requireWebViewer } from "@/lib/identity/web-session";

const PATH = "/account/settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("metaTitle") };
}

const isProvider = (value: string): value is OAuthProviderId =>
  (OAUTH_PROVIDER_IDS as readonly string[]).includes(value);

export default async function AccountSettingsPage({
  searchParams,
}: {
  searchParams: Promise<{ connected?: string | string[]; connectError?: string | string[] }>;
}) {
  const viewer = await requireWebViewer(PATH);
  const [t, requested, params, sessions, oauthAccounts] = await Promise.all([
    getTranslations("settings"),
    getLocale(),
    searchParams,
    listSessions(viewer.user.id, viewer.sessionId),
    listOAuthAccounts(viewer.user.id),
  ]);
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const user = toUserDto(viewer.user);
  const hasPassword = viewer.user.passwordHash !== null;
  const dateFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeZone: user.timeZone,
  });

  const enabled = enabledOAuthProviders();
  const providerRows: ProviderRow[] = OAUTH_PROVIDER_IDS.flatMap((id) => {
    const linked = oauthAccounts.find((account) => account.provider === id);
    if (!linked && !enabled.includes(id)) return [];
    return [
      {
        id,
        label: OAUTH_PROVIDER_LABELS[id],
        available: enabled.includes(id),
        linked: linked ? { email: linked.email, since: dateFormat.format(linked.createdAt) } : null,
      },
    ];
  });
  const connected = typeof params.connected === "string" ? params.connected : undefined;
  // A domain error key (e.g. identity.oauthLinkedElsewhere) when linking was refused.
  const tApi = getTranslator(locale);
  const connectError =
    typeof params.connectError === "string" &&
    /^identity\.\w+$/.test(params.connectError) &&
    tApi.has(params.connectError)
      ? tApi(params.connectError)
      : undefined;

  const now = new Date();
  const devices = sessions.map((session) =>
    toDeviceView(session, {
      t: getTranslator(locale, "settings"),
      now,
      locale,
      timeZone: user.timeZone,
    }),
  );

  const sections = [
    "profile",
    "notifications",
    "security",
    "two-factor",
    ...(providerRows.length > 0 ? ["connections"] : []),
    "devices",
    "delete-account",
  ];
  const navKey = {
    profile: "profile",
    notifications: "notifications",
    security: "security",
    "two-factor": "twoFactor",
    connections: "connections",
    devices: "devices",
    "delete-account": "delete",
  } as const;

  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      <SettingsNav
        label={t("sectionsLabel")}
        items={sections.map((id) => ({
          id,
          label: t(`nav.${navKey[id as keyof typeof navKey]}`),
        }))}
      />
      {(connectError || (connected && isProvider(connected))) && (
        <ConnectedNotice
          error={connectError}
          provider={
            connected && isProvider(connected) ? OAUTH_PROVIDER_LABELS[connected] : undefined
          }
        />
      )}

      <div className="grid gap-6">
        <SettingsSection
          id="profile"
          icon={UserRound}
          title={t("sections.profile.title")}
          description={t("sections.profile.description")}
        >
          <div className="grid gap-5">
            <SettingsPart title={t("profile.pictureTitle")}>
              <AvatarEditor avatarUrl={user.avatarUrl} name={user.name} />
            </SettingsPart>
            <SettingsPart title={t("profile.detailsTitle")}>
              <ProfileForm
                initial={{
                  name: user.name,
                  company: user.company ?? "",
                  jobTitle: user.jobTitle ?? "",
                  locale: user.locale,
                  timeZone: user.timeZone,
                }}
              />
            </SettingsPart>
            <SettingsPart
              title={t("profile.locationTitle")}
              description={t("profile.locationDescription")}
            >
              <LocationForm location={user.location} />
            </SettingsPart>
          </div>
        </SettingsSection>

        <SettingsSection
          id="notifications"
          icon={Bell}
          title={t("sections.notifications.title")}
          description={t("sections.notifications.description")}
        >
          <div className="grid gap-5">
            <NotificationSwitches
              settings={user.notificationSettings}
              notes={{
                email: user.email ? undefined : t("notifications.email.needsEmail"),
                sms:
                  user.phone && user.phoneVerified ? undefined : t("notifications.sms.needsPhone"),
              }}
            />
            <PushToggle className="border-t pt-5" />
          </div>
        </SettingsSection>

        <SettingsSection
          id="security"
          icon={KeyRound}
          title={t("sections.security.title")}
          description={t("sections.security.description")}
        >
          <div className="grid gap-5">
            <SettingsPart
              title={t("email.title")}
              aside={
                user.email ? (
                  <Badge tone={user.emailVerified ? "success" : "pending"}>
                    {user.emailVerified ? t("email.verified") : t("email.unverified")}
                  </Badge>
                ) : undefined
              }
            >
              <p className="text-sm break-all">
                {user.email ?? <span className="text-muted-foreground">{t("email.none")}</span>}
              </p>
            </SettingsPart>
            <SettingsPart
              title={t("password.title")}
              description={hasPassword ? t("password.description") : t("password.descriptionNone")}
            >
              <PasswordForm hasPassword={hasPassword} email={user.email} />
            </SettingsPart>
            <SettingsPart
              title={t("phone.title")}
              description={t("phone.description")}
              aside={
                user.phone ? (
                  <Badge tone={user.phoneVerified ? "success" : "pending"}>
                    {user.phoneVerified ? t("phone.verifiedBadge") : t("phone.unverifiedBadge")}
                  </Badge>
                ) : undefined
              }
            >
              <p className="mb-3 text-sm">
                {user.phone ?? <span className="text-muted-foreground">{t("phone.none")}</span>}
              </p>
              <PhoneForm phone={user.phone} verified={user.phoneVerified} />
            </SettingsPart>
          </div>
        </SettingsSection>

        <SettingsSection
          id="two-factor"
          icon={ShieldCheck}
          title={t("sections.twoFactor.title")}
          description={t("sections.twoFactor.description")}
        >
          <TwoFactorPanel
            enabled={user.twoFactorEnabled}
            hasPassword={hasPassword}
            account={user.email ?? user.phone ?? user.name}
          />
        </SettingsSection>

        {providerRows.length > 0 && (
          <SettingsSection
            id="connections"
            icon={Link2}
            title={t("sections.connections.title")}
            description={t("sections.connections.description")}
          >
            <ConnectedAccounts rows={providerRows} />
          </SettingsSection>
        )}

        <SettingsSection
          id="devices"
          icon={MonitorSmartphone}
          title={t("sections.devices.title")}
          description={t("sections.devices.description")}
        >
          <DevicesList devices={devices} />
        </SettingsSection>

        <SettingsSection
          id="delete-account"
          icon={Trash2}
          title={t("sections.delete.title")}
          description={t("sections.delete.description")}
          danger
        >
          <DeleteAccount hasPassword={hasPassword} />
        </SettingsSection>
      </div>
    </div>
  );
}
