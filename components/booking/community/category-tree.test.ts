import { describe, expect, it } from "vitest";
import { flattenTree } from "./category-tree";

const node = (id: string, parentId: string | null = null) => ({ id, parentId });

describe("flattenTree", () => {
  it("puts children under their parent with their depth", () => {
    const flat = flattenTree([
      node("hair"),
      node("nails"),
      node("cut", "hair"),
      node("fade", "cut"),
    ]);
    expect(flat.map((entry) => [entry.item.id, entry.depth])).toEqual([
      ["hair", 0],
      ["cut", 1],
      ["fade", 2],
      ["nails", 0],
    ]);
  });

  it("gives each node its whole branch (which cannot become its parent)", () => {
    const flat = flattenTree([node("hair"), node("cut", "hair"), node("fade", "cut")]);
    expect([...flat[0]!.branch].sort()).toEqual(["cut", "fade", "hair"]);
    expect([...flat[2]!.branch]).toEqual(["fade"]);
  });

  it("shows an orphan at the top level", () => {
    expect(flattenTree([node("cut", "gone")]).map((entry) => entry.depth)).toEqual([0]);
  });
});
