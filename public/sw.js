// Callboard's service worker: shows web push notifications and opens their link on click.
// The payload is JSON from lib/messaging/push/web-push.ts: { title, body, url, tag }.

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("push", (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { body: event.data ? event.data.text() : "" };
  }
  event.waitUntil(
    self.registration.showNotification(data.title || "Callboard", {
      body: data.body || "",
      // One notification per message: a repeated delivery replaces instead of stacking.
      tag: data.tag,
      data: { url: data.url || "/" },
    }),
  );
});

/** The app page to open: always on this origin (APP_URL may name another host in dev). */
function targetUrl(url) {
  const target = new URL(url || "/", self.location.origin);
  return target.origin === self.location.origin
    ? target.href
    : new URL(target.pathname + target.search + target.hash, self.location.origin).href;
}

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = targetUrl(event.notification.data && event.notification.data.url);
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const same = windows.find((client) => client.url === url);
      if (same) return same.focus();
      const any = windows.find((client) => new URL(client.url).origin === self.location.origin);
      if (any) {
        await any.focus();
        return any.navigate(url);
      }
      return self.clients.openWindow(url);
    })(),
  );
});

// The browser renewed the subscription: hand the new one to the server (the session cookie
// says whose it is). If that fails, the settings page re-subscribes on its next visit.
self.addEventListener("pushsubscriptionchange", (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetch("/api/v1/me/push-subscriptions/vapid-public-key");
      if (!response.ok) return;
      const { data } = await response.json();
      const key = Uint8Array.from(
        atob(data.publicKey.replace(/-/g, "+").replace(/_/g, "/")),
        (char) => char.charCodeAt(0),
      );
      const subscription = await self.registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: key,
      });
      await fetch("/api/v1/me/push-subscriptions", {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(subscription.toJSON()),
      });
    })(),
  );
});
