import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Prompt, Skeleton, Text, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { TerritoryDrawer, TerritoryDraft } from "../../../components/territory-drawer"
import { TerritoryTester } from "../../../components/territory-tester"
import { useDeleteTerritory, useTerritories } from "../../../hooks/use-network-editing"
import { useTexts } from "../../../hooks/use-texts"
import { errorMessage, refusalText } from "../../../lib/errors"
import { adminText } from "../../../lib/locale"
import { withQueryClient } from "../../../lib/query-client"
import type { Territory, TerritoryType } from "../../../../types/dealer-network"

/** The type a territory's children take: regions under a country, cities under a region. */
const CHILD_TYPE: Partial<Record<TerritoryType, TerritoryType>> = { country: "region", region: "city" }

type Node = Territory & { children: Node[] }

function treeOf(territories: Territory[]): Node[] {
  const nodes = new Map(territories.map((t) => [t.id, { ...t, children: [] as Node[] }]))
  const roots: Node[] = []
  for (const node of nodes.values()) {
    const parent = node.parent_id ? nodes.get(node.parent_id) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

const TerritoriesPage = () => {
  const { t } = useTexts("territories")
  const { data, isLoading, error } = useTerritories()
  const territories = data?.territories ?? []
  const roots = useMemo(() => treeOf(territories), [territories])
  const [draft, setDraft] = useState<TerritoryDraft | null>(null)
  const [deleting, setDeleting] = useState<Territory | null>(null)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0" data-testid="territory-tree">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading>{t("title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("description")}
            </Text>
          </div>
          <Button size="small" variant="secondary" data-testid="add-country" onClick={() => setDraft({ type: "country", parent: null })}>
            {t("addCountry")}
          </Button>
        </div>
        {isLoading && <Skeleton className="mx-6 my-4 h-10" />}
        {!!error && (
          <Text size="small" className="text-ui-fg-error px-6 py-4">
            {errorMessage(error)}
          </Text>
        )}
        {data && !territories.length && (
          <Text size="small" className="text-ui-fg-muted px-6 py-4">
            {t("empty")}
          </Text>
        )}
        {roots.map((node) => (
          <TerritoryBranch key={node.id} node={node} level={0} onDraft={setDraft} onDelete={setDeleting} />
        ))}
      </Container>
      <TerritoryTester />
      <TerritoryDrawer draft={draft} territories={territories} onClose={() => setDraft(null)} />
      <DeleteTerritoryPrompt territory={deleting} onClose={() => setDeleting(null)} />
    </div>
  )
}

const TerritoryBranch = ({
  node,
  level,
  onDraft,
  onDelete,
}: {
  node: Node
  level: number
  onDraft: (draft: TerritoryDraft) => void
  onDelete: (territory: Territory) => void
}) => {
  const { t } = useTexts("territories")
  const childType = CHILD_TYPE[node.type]
  return (
    <>
      <div
        className="flex items-center justify-between gap-x-4 px-6 py-2"
        style={{ paddingLeft: 24 + level * 28 }}
        data-testid={`territory-${node.code}`}
      >
        <div className="flex min-w-0 items-center gap-x-2">
          <Text size="small" weight="plus" className="truncate">
            {node.name}
          </Text>
          <Badge size="2xsmall" color={node.type === "country" ? "purple" : node.type === "region" ? "blue" : "grey"}>
            {t(`types.${node.type}`)}
          </Badge>
          <Text size="small" className="text-ui-fg-muted truncate">
            {[node.code, node.province, node.postal_prefixes.length ? t("prefixes", { count: node.postal_prefixes.length }) + ": " + node.postal_prefixes.join(", ") : null]
              .filter(Boolean)
              .join(" · ")}
          </Text>
        </div>
        <div className="flex shrink-0 items-center gap-x-1">
          {childType && (
            <Button size="small" variant="transparent" data-testid={`add-under-${node.code}`} onClick={() => onDraft({ type: childType, parent: node })}>
              {t("addChild", { type: t(`types.${childType}`).toLowerCase() })}
            </Button>
          )}
          {node.type === "country" && (
            <Button size="small" variant="transparent" data-testid={`add-city-under-${node.code}`} onClick={() => onDraft({ type: "city", parent: node })}>
              {t("addChild", { type: t("types.city").toLowerCase() })}
            </Button>
          )}
          <Button size="small" variant="transparent" data-testid={`edit-${node.code}`} onClick={() => onDraft({ territory: node })}>
            {t("edit")}
          </Button>
          <Button size="small" variant="transparent" className="text-ui-fg-error" data-testid={`delete-${node.code}`} onClick={() => onDelete(node)}>
            {t("delete")}
          </Button>
        </div>
      </div>
      {node.children.map((child) => (
        <TerritoryBranch key={child.id} node={child} level={level + 1} onDraft={onDraft} onDelete={onDelete} />
      ))}
    </>
  )
}

/** Deletes after confirming; a territory in use is refused by the API, and the refusal is shown as it names what is in the way. */
const DeleteTerritoryPrompt = ({ territory, onClose }: { territory: Territory | null; onClose: () => void }) => {
  const { t } = useTexts("territories")
  const remove = useDeleteTerritory()
  const [error, setError] = useState<string | null>(null)
  const close = () => {
    setError(null)
    onClose()
  }
  return (
    <Prompt open={!!territory} onOpenChange={(open) => !open && close()}>
      <Prompt.Content data-testid="delete-territory-prompt">
        <Prompt.Header>
          <Prompt.Title>{territory && t("deleteTitle", { name: territory.name })}</Prompt.Title>
          <Prompt.Description>{t("deleteDescription")}</Prompt.Description>
          {error && (
            <Text size="small" className="text-ui-fg-error pt-2" data-testid="delete-territory-error">
              {error}
            </Text>
          )}
        </Prompt.Header>
        <Prompt.Footer>
          <Prompt.Cancel>{t("cancel")}</Prompt.Cancel>
          <Button
            size="small"
            variant="danger"
            isLoading={remove.isPending}
            data-testid="confirm-delete-territory"
            onClick={async () => {
              try {
                await remove.mutateAsync(territory!.id)
                toast.success(t("deleted", { name: territory!.name }))
                close()
              } catch (err) {
                setError(refusalText(err))
              }
            }}
          >
            {t("delete")}
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}

export const config = defineRouteConfig({
  label: "dealerNetwork.menu.territories",
  translationNs: "translation",
  rank: 12,
})

export const handle = {
  breadcrumb: () => adminText("menu.territories"),
}

export default withQueryClient(TerritoriesPage)
