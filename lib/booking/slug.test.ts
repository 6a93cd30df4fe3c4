import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("folds Albanian letters and accents, joins words with single dashes", () => {
    expect(slugify("Studio Ëndrra & Çaji")).toBe("studio-endrra-caji");
    expect(slugify("  --Hair   Salon--  ")).toBe("hair-salon");
    expect(slugify("Café Crème")).toBe("cafe-creme");
  });

  it("cuts long names at a word boundary's dash and never ends on one", () => {
    const slug = slugify("a".repeat(30) + " " + "b".repeat(40), 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith("-")).toBe(false);
  });

  it("makes a slug for names with no letters or digits", () => {
    expect(slugify("✂️ 💈")).toMatch(/^item-[0-9a-f]{4}$/);
  });
});
