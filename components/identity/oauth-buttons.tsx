import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { enabledOAuthProviders, OAUTH_PROVIDER_LABELS } from "@/lib/identity/oauth-providers";
import { signIn } from "@/lib/identity/web-auth";
import { safeReturnPath } from "@/lib/identity/return-path";

/** One button per provider whose keys are set; none (and no divider) when none are. */
export async function OAuthButtons({ callbackUrl }: { callbackUrl?: string }) {
  const providers = enabledOAuthProviders();
  if (providers.length === 0) return null;
  const t = await getTranslations("auth");
  return (
    <div className="grid gap-3">
      <div className="flex items-center gap-3 text-xs uppercase text-muted-foreground">
        <span className="h-px flex-1 bg-border" />
        {t("or")}
        <span className="h-px flex-1 bg-border" />
      </div>
      {providers.map((provider) => (
        <form
          key={provider}
          action={async () => {
            "use server";
            await signIn(provider, { redirectTo: safeReturnPath(callbackUrl) ?? "/continue" });
          }}
        >
          <Button type="submit" variant="outline" className="w-full">
            {t("continueWith", { provider: OAUTH_PROVIDER_LABELS[provider] })}
          </Button>
        </form>
      ))}
    </div>
  );
}
