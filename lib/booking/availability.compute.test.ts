import { describe, expect, it } from "vitest";
import { intersect, isoFormatter, normalize, type Span, subtract } from "./availability.compute";

describe("span arithmetic", () => {
  it("normalizes: sorts, merges overlapping and touching spans, drops empty ones", () => {
    expect(
      normalize([
        [10, 20],
        [0, 5],
        [5, 8],
        [15, 30],
        [40, 40],
      ]),
    ).toEqual([
      [0, 8],
      [10, 30],
    ]);
  });

  it("intersects", () => {
    const a: Span[] = [
      [0, 10],
      [20, 30],
    ];
    const b: Span[] = [
      [5, 25],
      [28, 40],
    ];
    expect(intersect(a, b)).toEqual([
      [5, 10],
      [20, 25],
      [28, 30],
    ]);
    expect(intersect(a, [])).toEqual([]);
  });

  it("subtracts, including spans that cover, split or touch", () => {
    const open: Span[] = [
      [0, 100],
      [200, 300],
    ];
    expect(
      subtract(open, [
        [10, 20],
        [30, 40],
        [90, 210],
        [300, 400],
      ]),
    ).toEqual([
      [0, 10],
      [20, 30],
      [40, 90],
      [210, 300],
    ]);
    expect(subtract(open, [[-10, 500]])).toEqual([]);
    expect(subtract(open, [])).toEqual(open);
  });
});

describe("isoFormatter", () => {
  it("writes what Date#toISOString writes", () => {
    const format = isoFormatter();
    const instants = [
      Date.UTC(2030, 2, 31, 0, 0),
      Date.UTC(2030, 2, 31, 1, 30),
      Date.UTC(2030, 9, 27, 23, 59, 59, 999),
      Date.UTC(2030, 0, 1, 9, 5, 7, 42),
      Date.UTC(1999, 11, 31, 12, 0, 0, 5),
      Date.UTC(2030, 0, 1, 0, 0) - 1,
    ];
    for (const instant of instants) {
      expect(format(instant)).toBe(new Date(instant).toISOString());
    }
  });
});
