import { describe, expect, it } from "vitest";
import { toE164 } from "./phone";
import { countSegments } from "./segments";

describe("countSegments", () => {
  it("fits 160 GSM characters in one segment, then 153 per segment", () => {
    expect(countSegments("a".repeat(160))).toEqual({ encoding: "GSM-7", units: 160, segments: 1 });
    expect(countSegments("a".repeat(161)).segments).toBe(2);
    expect(countSegments("a".repeat(306)).segments).toBe(2);
    expect(countSegments("a".repeat(307)).segments).toBe(3);
  });

  it("counts extension characters twice", () => {
    expect(countSegments("€".repeat(80))).toEqual({ encoding: "GSM-7", units: 160, segments: 1 });
    expect(countSegments("€".repeat(81)).segments).toBe(2);
  });

  it("falls back to UCS-2 for other characters: 70, then 67 per segment", () => {
    expect(countSegments("ë".repeat(70))).toEqual({ encoding: "UCS-2", units: 70, segments: 1 });
    expect(countSegments(`${"a".repeat(69)}Ç`).encoding).toBe("GSM-7"); // only the capital is GSM
    expect(countSegments("ç").encoding).toBe("UCS-2");
    expect(countSegments(`${"a".repeat(70)}ë`).segments).toBe(2);
    expect(countSegments("😀".repeat(35)).units).toBe(70);
  });
});

describe("toE164", () => {
  it("normalizes valid numbers and refuses others", () => {
    expect(toE164("+1 (415) 555-2671")).toBe("+14155552671");
    expect(toE164("069 123 4567", "AL")).toBe("+355691234567");
    expect(toE164("069 123 4567")).toBeNull();
    expect(toE164("+1 555")).toBeNull();
    expect(toE164("hello")).toBeNull();
  });
});
