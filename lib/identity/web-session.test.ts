import { describe, expect, it } from "vitest";
import { ownOrigins } from "./web-session";

describe("ownOrigins", () => {
  it("is the address the browser used, not the 0.0.0.0 Next reports, and never another site", () => {
    const request = new Request("http://0.0.0.0:3000/api/realtime/auth", {
      method: "POST",
      headers: { host: "localhost:3000", origin: "http://localhost:3000" },
    });
    const origins = ownOrigins(request);
    expect(origins.has("http://localhost:3000")).toBe(true);
    expect(origins.has("http://0.0.0.0:3000")).toBe(false);
    expect(origins.has("https://evil.example")).toBe(false);
  });
});
