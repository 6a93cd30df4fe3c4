import Provider from "oidc-provider";

/**
 * A real OpenID Connect provider for the sign-in journey, standing in for Microsoft Entra
 * ID: the app talks to it through next-auth's Microsoft provider, the same code path as
 * production. Any login name is accepted and becomes `<name>@example.com`, verified.
 */
const port = Number(process.env.OIDC_PORT ?? 3190);
const appUrl = process.env.APP_URL ?? "http://localhost:3100";

const provider = new Provider(`http://localhost:${port}`, {
  clients: [
    {
      client_id: "callboard-e2e",
      client_secret: "callboard-e2e-secret",
      redirect_uris: [`${appUrl}/api/auth/callback/microsoft-entra-id`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  scopes: ["openid", "profile", "email", "User.Read"],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // Claims go in the ID token too, as Entra puts them there.
  conformIdTokenClaims: false,
  async findAccount(_context, id) {
    const name = id.replace(/@.*$/, "");
    return {
      accountId: id,
      async claims() {
        return {
          sub: `oidc-${name}`,
          email: `${name}@example.com`,
          email_verified: true,
          name: name.replace(
            /(^|[-.])(\w)/g,
            (_, sep: string, c: string) => `${sep ? " " : ""}${c.toUpperCase()}`,
          ),
        };
      },
    };
  },
});

provider.listen(port, () => {
  console.log(`OIDC provider on http://localhost:${port}`);
});
