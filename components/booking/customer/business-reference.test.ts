import { describe, expect, it } from "vitest";
import { parseBusinessReference } from "./business-reference";

describe("parseBusinessReference", () => {
  it.each([
    ["https://callboard.example/businesses/studio-bella", "studio-bella"],
    ["http://localhost:3000/businesses/Studio-Bella?tab=services#top", "studio-bella"],
    ["/businesses/studio-bella/", "studio-bella"],
    ["studio-bella", "studio-bella"],
    ["  salon-arta  ", "salon-arta"],
    ["0193F7C4-5B1E-7C2A-9D3E-4F5A6B7C8D9E", "0193f7c4-5b1e-7c2a-9d3e-4f5a6b7c8d9e"],
    [
      "https://callboard.example/businesses/0193f7c4-5b1e-7c2a-9d3e-4f5a6b7c8d9e",
      "0193f7c4-5b1e-7c2a-9d3e-4f5a6b7c8d9e",
    ],
  ])("reads %s", (input, expected) => {
    expect(parseBusinessReference(input)).toBe(expected);
  });

  it.each(["", "   ", "Studio Bella", "https://example.com/other/page", "bella--x", "-bella"])(
    "names nothing in %j",
    (input) => {
      expect(parseBusinessReference(input)).toBeNull();
    },
  );
});
