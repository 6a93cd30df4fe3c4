import { describe, expect, it } from "vitest";
import { nextFreeSlug, SLUG_PATTERN, slugify } from "./slug";

describe("slugify", () => {
  it("keeps letters readable and joins words with single hyphens", () => {
    expect(slugify("Studio Arta")).toBe("studio-arta");
    expect(slugify("  Kafe Ëmbël & Çaj!! ")).toBe("kafe-embel-caj");
    expect(slugify("Ünïcödé—Events 2030")).toBe("unicode-events-2030");
  });

  it("never gives less than 3 characters or more than 50", () => {
    expect(slugify("!!!")).toBe("org");
    expect(slugify("AB")).toBe("org-ab");
    const long = slugify("word ".repeat(40));
    expect(long.length).toBeLessThanOrEqual(50);
    expect(long).toMatch(SLUG_PATTERN);
  });
});

describe("nextFreeSlug", () => {
  it("numbers from 2 and fills gaps", () => {
    expect(nextFreeSlug("arta", [])).toBe("arta");
    expect(nextFreeSlug("arta", ["arta"])).toBe("arta-2");
    expect(nextFreeSlug("arta", ["arta", "arta-2", "arta-4"])).toBe("arta-3");
  });
});
