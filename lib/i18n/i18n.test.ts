import { describe, expect, it } from "vitest";
import { resolveLocale } from "./config";
import { messagesByLocale } from "./messages";
import { getTranslator } from "./translator";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

const { en, sq } = messagesByLocale;

describe("messages", () => {
  it("has the same keys in every language", () => {
    expect(keysOf(sq).sort()).toEqual(keysOf(en).sort());
  });

  it("has no empty message", () => {
    for (const messages of [en, sq]) {
      const empty = keysOf(messages).filter((key) => {
        const value = key
          .split(".")
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });
});

describe("resolveLocale", () => {
  it("prefers the user's own setting", () => {
    expect(resolveLocale({ preferred: "sq", acceptLanguage: "en-US" })).toBe("sq");
  });

  it("falls back to Accept-Language, then English", () => {
    expect(resolveLocale({ acceptLanguage: "de-DE,sq;q=0.8,en;q=0.5" })).toBe("sq");
    expect(resolveLocale({ acceptLanguage: "sq-AL" })).toBe("sq");
    expect(resolveLocale({ acceptLanguage: "fr-FR" })).toBe("en");
    expect(resolveLocale({ preferred: "xx", acceptLanguage: null })).toBe("en");
    expect(resolveLocale({ acceptLanguage: ";;;q=bogus" })).toBe("en");
  });
});

describe("getTranslator", () => {
  it("translates API messages with values", () => {
    expect(getTranslator("en")("errors.rateLimited", { seconds: 5 })).toBe(
      "Too many requests. Try again in 5 seconds.",
    );
    expect(getTranslator("sq")("health.ok")).toBe("Callboard është në punë.");
    expect(getTranslator("en").has("errors.nope")).toBe(false);
  });
});
