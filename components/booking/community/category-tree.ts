/** A category list flattened into display order, each with its depth in the tree. */
export interface FlatNode<T> {
  item: T;
  depth: number;
  /** Ids of the item and everything below it (they cannot become its parent). */
  branch: Set<string>;
}

/**
 * Orders categories parent first, children under it (by position, then as given), each
 * with its depth. A child whose parent is missing shows at the top level; a loop (which
 * the service prevents) cannot hang the page.
 */
export function flattenTree<T extends { id: string; parentId: string | null }>(
  items: T[],
): FlatNode<T>[] {
  const ids = new Set(items.map((item) => item.id));
  const childrenOf = new Map<string | null, T[]>();
  for (const item of items) {
    const parent = item.parentId && ids.has(item.parentId) ? item.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), item]);
  }
  const result: FlatNode<T>[] = [];
  const seen = new Set<string>();
  const visit = (item: T, depth: number): Set<string> => {
    const node: FlatNode<T> = { item, depth, branch: new Set([item.id]) };
    seen.add(item.id);
    result.push(node);
    for (const child of childrenOf.get(item.id) ?? []) {
      if (seen.has(child.id)) continue;
      for (const id of visit(child, depth + 1)) node.branch.add(id);
    }
    return node.branch;
  };
  for (const root of childrenOf.get(null) ?? []) visit(root, 0);
  return result;
}
