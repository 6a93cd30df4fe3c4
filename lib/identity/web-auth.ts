import NextAuth, { type NextAuthConfig } from "next-auth";
import Apple from "next-auth/providers/apple";
import Credentials from "next-auth/providers/credentials";
import Facebook from "next-auth/providers/facebook";
import Google from "next-auth/providers/google";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { cookies, headers } from "next/headers";
import { authSecret, env } from "@/lib/config/env";
import { ConflictError } from "@/lib/errors";
import { getLogger } from "@/lib/logging/logger";
import { enabledOAuthProviders, type OAuthProviderId } from "./oauth-providers";
import { resolveOAuthUser } from "./oauth.service";
import { startSession, WEB_SESSION_TTL_MS } from "./sessions.service";
import { readStep, twoFactorChallengeCookie } from "./sign-in-ticket";
import { findActiveUserById } from "./users.queries";

/** Set by account settings before "Connect Google": the signed-in user to link to. */
export const LINK_INTENT_COOKIE = "cb_link_intent";

function oauthProvider(id: OAuthProviderId, config = env()) {
  switch (id) {
    case "google":
      return Google({ clientId: config.AUTH_GOOGLE_ID, clientSecret: config.AUTH_GOOGLE_SECRET });
    case "microsoft-entra-id":
      return MicrosoftEntraID({
        clientId: config.AUTH_MICROSOFT_ENTRA_ID_ID,
        clientSecret: config.AUTH_MICROSOFT_ENTRA_ID_SECRET,
        issuer: config.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
        // The default profile also downloads the photo from Microsoft Graph into the
        // session cookie; we keep the session small and need only who it is.
        profile: (profile) => ({ id: profile.sub, name: profile.name, email: profile.email }),
      });
    case "apple":
      return Apple({ clientId: config.AUTH_APPLE_ID, clientSecret: config.AUTH_APPLE_SECRET });
    case "facebook":
      return Facebook({
        clientId: config.AUTH_FACEBOOK_ID,
        clientSecret: config.AUTH_FACEBOOK_SECRET,
      });
  }
}

/** Facebook only returns addresses it has confirmed; OIDC providers say so per claim. */
function providerVerifiedEmail(provider: string, profile: Record<string, unknown> | undefined) {
  if (provider === "facebook") return true;
  const claim = profile?.email_verified;
  return claim === true || claim === "true";
}

async function deviceFromHeaders() {
  const list = await headers();
  return {
    userAgent: list.get("user-agent")?.slice(0, 300) ?? null,
    ip: list.get("x-forwarded-for")?.split(",")[0]?.trim() || null,
  };
}

function config(): NextAuthConfig {
  return {
    secret: authSecret(),
    trustHost: true,
    session: { strategy: "jwt", maxAge: WEB_SESSION_TTL_MS / 1000 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      // The browser's password, phone and two-factor steps run in server actions, which
      // hand over a signed one-minute ticket; this provider accepts nothing else.
      Credentials({
        id: "ticket",
        credentials: { ticket: {} },
        async authorize(credentials) {
          const ticket =
            typeof credentials.ticket === "string"
              ? await readStep("sign-in-ticket", credentials.ticket)
              : null;
          if (!ticket) return null;
          const user = await findActiveUserById(ticket.userId);
          return user ? { id: user.id, name: user.name, email: ticket.method } : null;
        },
      }),
      ...enabledOAuthProviders().map((id) => oauthProvider(id)),
    ],
    callbacks: {
      async signIn({ account, profile, user }) {
        if (!account || account.provider === "ticket") return true;
        let linkTo: { userId: string } | null = null;
        try {
          const jar = await cookies();
          const linkIntent = jar.get(LINK_INTENT_COOKIE)?.value;
          // One use only: a stale intent must never link a later sign-in in this browser.
          if (linkIntent) jar.delete(LINK_INTENT_COOKIE);
          linkTo = linkIntent ? await readStep("link-intent", linkIntent) : null;
          const resolved = await resolveOAuthUser(
            {
              provider: account.provider,
              providerAccountId: account.providerAccountId,
              email: user.email ?? (profile?.email as string | undefined),
              emailVerified: providerVerifiedEmail(account.provider, profile ?? undefined),
              name: user.name,
            },
            { linkToUserId: linkTo?.userId },
          );
          if (linkTo) return `/account/settings?connected=${account.provider}`;
          if (resolved.totpEnabledAt) {
            // The provider vouched for who this is; our own second factor is still due.
            jar.set(
              await twoFactorChallengeCookie({ userId: resolved.id, method: account.provider }),
            );
            return "/sign-in/two-factor";
          }
          // The jwt callback below reads the resolved id from here.
          user.id = resolved.id;
          return true;
        } catch (error) {
          if (error instanceof ConflictError) {
            const key = encodeURIComponent(error.messageKey);
            return linkTo ? `/account/settings?connectError=${key}` : `/sign-in?error=${key}`;
          }
          throw error;
        }
      },
      async jwt({ token, user, account }) {
        if (user?.id && account) {
          const method =
            account.provider === "ticket" ? (user.email ?? "password") : account.provider;
          const sessionId = await startSession({
            userId: user.id,
            kind: "web",
            method,
            device: await deviceFromHeaders(),
          });
          getLogger().info({ userId: user.id, sessionId, method }, "web sign-in");
          return { sub: user.id, sid: sessionId };
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sessionId: token.sid };
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());
