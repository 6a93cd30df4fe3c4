import { describe, expect, it } from "vitest";
import { focusTarget } from "./list-keys";

describe("focusTarget", () => {
  it.each([
    ["ArrowDown", 0, 3, 1],
    ["ArrowDown", 2, 3, 0],
    ["ArrowDown", -1, 3, 0],
    ["ArrowUp", 1, 3, 0],
    ["ArrowUp", 0, 3, 2],
    ["ArrowUp", -1, 3, 2],
    ["Home", 2, 3, 0],
    ["End", 0, 3, 2],
  ])("%s from %i of %i goes to %i", (key, current, length, expected) => {
    expect(focusTarget(key, current, length)).toBe(expected);
  });

  it("leaves other keys and empty lists alone", () => {
    expect(focusTarget("Enter", 0, 3)).toBeNull();
    expect(focusTarget("ArrowDown", -1, 0)).toBeNull();
  });
});
