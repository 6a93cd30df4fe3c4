import { LogOut, Settings } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { getWebViewer, signOutWeb } from "@/lib/identity/web-session";
import { publicFileUrl } from "@/lib/storage";

function initials(name: string, fallback: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join("");
  return letters || fallback.slice(0, 1).toUpperCase();
}

/** Who is signed in, a way to their settings, and sign out. Nothing when signed out. */
export async function UserMenu() {
  const viewer = await getWebViewer();
  if (!viewer) return null;
  const t = await getTranslations("auth");
  const { user } = viewer;
  const label = user.name || user.email || user.phone || "";
  return (
    <div className="flex items-center gap-1">
      <Link
        href="/account/settings"
        className="flex items-center gap-2 rounded-md px-1.5 py-1 text-sm hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        title={t("settings")}
      >
        <span
          aria-hidden
          className="flex size-7 items-center justify-center overflow-hidden rounded-full bg-secondary text-xs font-semibold"
        >
          {user.avatarKey ? (
            // eslint-disable-next-line @next/next/no-img-element -- our own file route, already sized
            <img src={publicFileUrl(user.avatarKey)} alt="" className="size-full object-cover" />
          ) : (
            initials(user.name, label)
          )}
        </span>
        <span className="hidden max-w-36 truncate lg:inline">{label}</span>
        <Settings className="size-4 text-muted-foreground lg:hidden" aria-hidden />
        <span className="sr-only">{t("settings")}</span>
      </Link>
      <form
        action={async () => {
          "use server";
          await signOutWeb();
        }}
      >
        <Button
          type="submit"
          variant="ghost"
          size="icon"
          aria-label={t("signOut")}
          title={t("signOut")}
        >
          <LogOut aria-hidden />
        </Button>
      </form>
    </div>
  );
}
