import { describe, expect, it } from "vitest";
import { formatRelativeTime } from "./relative-time";

const now = new Date("2025-03-10T12:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("formatRelativeTime", () => {
  it("picks the largest whole unit", () => {
    expect(formatRelativeTime(ago(20), now, "en")).toBe("now");
    expect(formatRelativeTime(ago(5 * 60), now, "en")).toBe("5 minutes ago");
    expect(formatRelativeTime(ago(3 * 3600 + 59 * 60), now, "en")).toBe("3 hours ago");
    expect(formatRelativeTime(ago(26 * 3600), now, "en")).toBe("yesterday");
    expect(formatRelativeTime(ago(15 * 86400), now, "en")).toBe("2 weeks ago");
    expect(formatRelativeTime(ago(70 * 86400), now, "en")).toBe("2 months ago");
    expect(formatRelativeTime(ago(800 * 86400), now, "en")).toBe("2 years ago");
  });

  it("reads a clock slightly ahead as now", () => {
    expect(formatRelativeTime(new Date(now.getTime() + 3000), now, "en")).toBe("now");
  });

  it("speaks Albanian", () => {
    expect(formatRelativeTime(ago(26 * 3600), now, "sq")).toBe("dje");
    expect(formatRelativeTime(ago(3 * 3600), now, "sq")).toBe("3 orë më parë");
  });
});
