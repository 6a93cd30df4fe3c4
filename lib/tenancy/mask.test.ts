import { describe, expect, it } from "vitest";
import { maskEmail, maskPhone } from "./mask";

describe("masking contact details", () => {
  it("shows the start of an email and its domain", () => {
    expect(maskEmail("arta.k@example.com")).toBe("ar***@example.com");
    expect(maskEmail("a@example.com")).toBe("***@example.com");
    expect(maskEmail("ab@example.com")).toBe("a***@example.com");
  });

  it("shows the country code and last two digits of a phone", () => {
    expect(maskPhone("+355691234567")).toBe("+355*******67");
    expect(maskPhone("+1234")).toBe("***");
  });
});
