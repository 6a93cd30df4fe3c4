import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { generate } from "otplib";

export const PASSWORD = "a long enough passphrase";

export function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

/** The newest outbox message to `to` whose body matches, once the worker has rendered it. */
export async function readOutbox(
  request: APIRequestContext,
  to: string,
  pattern: RegExp,
): Promise<RegExpMatchArray> {
  let match: RegExpMatchArray | null = null;
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/dev/outbox?to=${encodeURIComponent(to)}`);
        const { data } = (await response.json()) as { data: Array<{ body: string | null }> };
        match = data.map((message) => message.body?.match(pattern)).find(Boolean) ?? null;
        return match !== null;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return match!;
}

/** The link in the newest message to `to` that points at `path` (e.g. "/verify-email"). */
export async function linkFromOutbox(request: APIRequestContext, to: string, path: string) {
  const [url] = await readOutbox(request, to, new RegExp(`https?://[^\\s"<>]+${path}[^\\s"<>]*`));
  return new URL(url).pathname + new URL(url).search;
}

const randomOctet = () => 1 + Math.floor(Math.random() * 254);

/** A verified account made through the API, as a mobile client would. */
export async function registerVerifiedUser(request: APIRequestContext, name: string) {
  const email = uniqueEmail(name.toLowerCase().replace(/\s+/g, "-"));
  const registered = await request.post("/api/v1/auth/register", {
    data: { email, password: PASSWORD, name },
    // Each account from its own client address: the suite registers more accounts than the
    // per-IP sign-up limit allows one address in an hour.
    headers: { "x-forwarded-for": `10.${randomOctet()}.${randomOctet()}.${randomOctet()}` },
  });
  expect(registered.status()).toBe(201);
  const link = await linkFromOutbox(request, email, "/verify-email");
  const token = new URL(link, "http://x").searchParams.get("token");
  expect((await request.post("/api/v1/auth/verify-email", { data: { token } })).status()).toBe(200);
  return { email, password: PASSWORD };
}

/** Turns two-factor on through the API; returns the secret to compute codes with. */
export async function enableTwoFactor(request: APIRequestContext, email: string) {
  const login = await request.post("/api/v1/auth/login", { data: { email, password: PASSWORD } });
  const { accessToken } = (await login.json()).data;
  const headers = { authorization: `Bearer ${accessToken}` };
  const setup = await request.post("/api/v1/me/totp/setup", { headers });
  expect(setup.status()).toBe(200);
  const { secret } = (await setup.json()).data;
  const enabled = await request.post("/api/v1/me/totp/enable", {
    headers,
    data: { code: await generate({ secret }) },
  });
  expect(enabled.status()).toBe(200);
  return { secret, recoveryCodes: (await enabled.json()).data.recoveryCodes as string[] };
}

export const totpCode = (secret: string) => generate({ secret });

/** Signs in through the real sign-in page. */
export async function signInAs(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** An API access token for a verified account. */
export async function accessTokenFor(request: APIRequestContext, email: string) {
  const login = await request.post("/api/v1/auth/login", { data: { email, password: PASSWORD } });
  expect(login.status()).toBe(200);
  return (await login.json()).data.accessToken as string;
}
