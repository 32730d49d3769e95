// Rules of the partner tree: distributor → dealer → sub-dealer.
import type { DealerRole } from "../types/dealer-network"

const ROLE_RANK: Record<DealerRole, number> = {
  distributor: 3,
  dealer: 2,
  sub_dealer: 1,
}

const ROLE_LABEL: Record<DealerRole, string> = {
  distributor: "a distributor",
  dealer: "a dealer",
  sub_dealer: "a sub-dealer",
}

/**
 * Why a dealer of `childRole` cannot sit under a parent of `parentRole`
 * (null for a root dealer), or null when the placement is allowed.
 * Ranks strictly fall down the tree, so a valid tree never has a cycle.
 */
export function placementProblem(
  childRole: DealerRole,
  parentRole: DealerRole | null
): string | null {
  if (parentRole === null) {
    return childRole === "sub_dealer"
      ? "a sub-dealer must have a parent dealer or distributor"
      : null
  }
  if (ROLE_RANK[parentRole] <= ROLE_RANK[childRole]) {
    return `${ROLE_LABEL[childRole]} cannot sit under ${ROLE_LABEL[parentRole]}`
  }
  return null
}

export type TreeNode<T> = T & { children: TreeNode<T>[] }

/** Nests flat rows (each with id and parent_id) under the row whose id is rootId. */
export function buildTree<T extends { id: string; parent_id: string | null }>(
  rows: T[],
  rootId: string
): TreeNode<T> | null {
  const nodes = new Map<string, TreeNode<T>>()
  for (const row of rows) nodes.set(row.id, { ...row, children: [] })
  for (const node of nodes.values()) {
    if (node.id !== rootId && node.parent_id) nodes.get(node.parent_id)?.children.push(node)
  }
  return nodes.get(rootId) ?? null
}
