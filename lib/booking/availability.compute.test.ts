import { describe, expect, it } from "vitest";
import { intersect, normalize, type Span, subtract } from "./availability.compute";

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
