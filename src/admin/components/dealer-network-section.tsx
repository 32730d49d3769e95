import { TriangleRightMini } from "@medusajs/icons"
import { clx, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useDealerTree } from "../hooks/use-dealers"
import { useTexts } from "../hooks/use-texts"
import { errorMessage } from "../lib/errors"
import type { DealerTreeNode } from "../../types/dealer-network"
import { DealerRoleBadge, DealerStatusBadge } from "./dealer-badges"

const TreeNode = ({ node, currentId }: { node: DealerTreeNode; currentId: string }) => {
  const isCurrent = node.id === currentId
  return (
    <li data-testid="dealer-tree-node" data-dealer-code={node.code}>
      <div
        className={clx(
          "flex items-center gap-x-2 rounded-md px-2 py-1.5",
          isCurrent && "bg-ui-bg-base-pressed"
        )}
      >
        {isCurrent ? (
          <Text size="small" weight="plus" leading="compact" className="whitespace-nowrap">
            {node.code}
          </Text>
        ) : (
          <Link
            to={`/dealer-network/dealers/${node.id}`}
            className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover whitespace-nowrap"
          >
            {node.code}
          </Link>
        )}
        <Text size="small" leading="compact" className="text-ui-fg-subtle min-w-0 truncate" title={node.name}>
          {node.name}
        </Text>
        <div className="ml-auto flex shrink-0 items-center gap-x-2">
          <DealerRoleBadge role={node.role} />
          <DealerStatusBadge status={node.status} />
        </div>
      </div>
      {node.children.length > 0 && (
        <ul className="border-ui-border-base ml-3 border-l pl-3">
          {node.children.map((child) => (
            <TreeNode key={child.id} node={child} currentId={currentId} />
          ))}
        </ul>
      )}
    </li>
  )
}

/** The ancestors breadcrumb and the dealer's sub-network as a nested list. */
export const DealerNetworkSection = ({ dealerId }: { dealerId: string }) => {
  const { t } = useTexts("dealerPage")
  const { data, isLoading, isError, error } = useDealerTree(dealerId)
  const ancestors = [...(data?.ancestors ?? [])].sort((a, b) => b.depth - a.depth)
  const below = Math.max((data?.size ?? 1) - 1, 0)

  return (
    <Container className="divide-y p-0" data-testid="dealer-network-section">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("network.title")}</Heading>
        {data && (
          <Text size="small" className="text-ui-fg-subtle">
            {below === 0 ? t("network.noSubDealers") : t("network.below", { count: below })}
          </Text>
        )}
      </div>
      <nav aria-label={t("network.upline")} className="px-6 py-4" data-testid="dealer-ancestors">
        <Text size="small" weight="plus" className="text-ui-fg-subtle mb-2">
          {t("network.upline")}
        </Text>
        {isLoading ? (
          <Skeleton className="h-5 w-48" />
        ) : (
          <ol className="flex flex-wrap items-center gap-1">
            {ancestors.length === 0 && (
              <li>
                <Text size="small" className="text-ui-fg-muted">
                  {t("network.top")}
                </Text>
              </li>
            )}
            {ancestors.map((ancestor) => (
              <li key={ancestor.id} className="flex items-center gap-1">
                <Link
                  to={`/dealer-network/dealers/${ancestor.id}`}
                  className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                  title={ancestor.name}
                >
                  {ancestor.code}
                </Link>
                <TriangleRightMini className="text-ui-fg-muted" />
              </li>
            ))}
            {ancestors.length > 0 && data?.tree && (
              <li>
                <Text size="small" weight="plus">
                  {data.tree.code}
                </Text>
              </li>
            )}
          </ol>
        )}
      </nav>
      <div className="px-4 py-4">
        {isLoading && <Skeleton className="mx-2 h-20" />}
        {isError && (
          <Text size="small" className="text-ui-fg-error px-2">
            {errorMessage(error)}
          </Text>
        )}
        {data?.tree && (
          <ul data-testid="dealer-tree">
            <TreeNode node={data.tree} currentId={dealerId} />
          </ul>
        )}
      </div>
    </Container>
  )
}
