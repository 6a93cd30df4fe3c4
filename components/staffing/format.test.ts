import { describe, expect, it } from "vitest";
import { formatHours, formatMoney } from "./format";

describe("staffing number formats", () => {
  it("reads minor units by the currency's decimals, USD when none is set", () => {
    expect(formatMoney(123456, "EUR", "en")).toBe("€1,234.56");
    expect(formatMoney(1500, "JPY", "en")).toBe("¥1,500");
    expect(formatMoney(999, null, "en")).toBe("$9.99");
    expect(formatMoney(0, "", "en")).toBe("$0.00");
  });

  it("shows hours with one decimal at most, in the reader's language", () => {
    expect(formatHours(7.25, "en")).toBe("7.3");
    expect(formatHours(12, "en")).toBe("12");
    expect(formatHours(7.5, "sq")).toBe("7,5");
  });
});

describe("phone display", () => {
  it("groups an E.164 number and keeps what it cannot read", async () => {
    const { formatPhone } = await import("./phone-format");
    expect(formatPhone("+14155550101")).toBe("+1 415 555 0101");
    expect(formatPhone("+355691234567")).toBe("+355 69 123 4567");
    expect(formatPhone("12")).toBe("12");
    expect(formatPhone(null)).toBe("");
  });
});
