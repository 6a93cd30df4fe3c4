/**
 * Security headers for every response. Next's inline bootstrap scripts need
 * 'unsafe-inline' without per-request nonces (a nonce needs a proxy on every request,
 * which halved throughput when measured); everything else is locked to our origin.
 * Realtime connects by WebSocket to a host set in env (Pusher or the local server).
 */
export function securityHeaders(production: boolean) {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self' ws: wss: https:",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: permissionsPolicy({ camera: false }) },
    ...(production
      ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
      : []),
  ];
}

function permissionsPolicy({ camera }: { camera: boolean }): string {
  return `camera=${camera ? "(self)" : "()"}, microphone=(), geolocation=(self)`;
}

/**
 * The sign-in station's kiosk (/station/{token}) scans QR codes with the camera; every other
 * page keeps it off. A later header rule for the same key wins in Next, so this one is listed
 * after the catch-all.
 */
export function stationHeaders() {
  return [{ key: "Permissions-Policy", value: permissionsPolicy({ camera: true }) }];
}
