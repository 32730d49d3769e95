import { EllipsisHorizontal, PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Badge, Button, createDataTableColumnHelper, DropdownMenu, IconButton, StatusBadge, toast, usePrompt } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { ALL, FilterSelect } from "../../../components/filter-select"
import { ListPage, usePagination } from "../../../components/list-page"
import { MaterialDrawer } from "../../../components/material-drawer"
import { useDeleteMaterial, useMaterials, useTiers } from "../../../hooks/use-dealer-materials"
import { errorMessage } from "../../../lib/errors"
import { MATERIAL_KIND_LABELS } from "../../../lib/labels"
import { formatNumber } from "../../../lib/numbers"
import { MATERIAL_KINDS } from "../../../../types/engagement"
import type { DealerMaterial, MaterialKind } from "../../../../types/engagement"
import { StockPrompt } from "./stock-prompt"

const columnHelper = createDataTableColumnHelper<DealerMaterial>()

/** The catalogue: every material with its points price, stock and tiers; create, edit, adjust stock, remove. */
export const CatalogueTab = () => {
  const pages = usePagination()
  const [q, setQ] = useState("")
  const [kind, setKind] = useState<MaterialKind | typeof ALL>(ALL)
  const [editing, setEditing] = useState<DealerMaterial | null>(null)
  const [creating, setCreating] = useState(false)
  const [stocking, setStocking] = useState<DealerMaterial | null>(null)
  const { data, isLoading, error } = useMaterials({ q: q || undefined, kind: kind === ALL ? undefined : kind, order: "code", ...pages.page })
  const { data: tierData } = useTiers()
  const tierName = useMemo(() => new Map((tierData?.tiers ?? []).map((tier) => [tier.id, tier.name])), [tierData])
  const remove = useDeleteMaterial()
  const prompt = usePrompt()

  const columns = useMemo(
    () => [
      columnHelper.accessor("code", {
        header: "Material",
        cell: ({ row }) => (
          <div className="flex min-w-0 items-center gap-x-3">
            {row.original.image_url ? (
              <img src={row.original.image_url} alt="" className="h-8 w-8 shrink-0 rounded object-cover" />
            ) : null}
            <div className="flex min-w-0 flex-col">
              <span className="font-medium">{row.original.code}</span>
              <span className="text-ui-fg-subtle max-w-[260px] truncate" title={row.original.title}>
                {row.original.title}
              </span>
            </div>
          </div>
        ),
      }),
      columnHelper.accessor("kind", { header: "Kind", cell: ({ getValue }) => MATERIAL_KIND_LABELS[getValue()] }),
      columnHelper.accessor("points_price", {
        header: "Points",
        align: "right",
        cell: ({ getValue }) => <span className="tabular-nums">{formatNumber(getValue())}</span>,
      }),
      columnHelper.accessor("stock", {
        header: "Stock",
        align: "right",
        cell: ({ getValue }) => {
          const stock = getValue()
          if (stock === null) return <span className="text-ui-fg-subtle">Unlimited</span>
          return (
            <span className={`tabular-nums ${stock === 0 ? "text-ui-fg-error" : ""}`} data-testid="material-stock">
              {formatNumber(stock)}
            </span>
          )
        },
      }),
      columnHelper.accessor("tier_ids", {
        header: "Tiers",
        cell: ({ getValue }) =>
          getValue().length ? (
            <div className="flex flex-wrap gap-1">
              {getValue().map((id) => (
                <Badge key={id} size="2xsmall">
                  {tierName.get(id) ?? id}
                </Badge>
              ))}
            </div>
          ) : (
            <span className="text-ui-fg-subtle">All dealers</span>
          ),
      }),
      columnHelper.accessor("is_active", {
        header: "Status",
        cell: ({ getValue }) => <StatusBadge color={getValue() ? "green" : "grey"}>{getValue() ? "Offered" : "Withdrawn"}</StatusBadge>,
      }),
      columnHelper.display({
        id: "actions",
        cell: ({ row }) => (
          <DropdownMenu>
            <DropdownMenu.Trigger asChild>
              <IconButton size="small" variant="transparent" aria-label={`Actions for ${row.original.code}`} onClick={(e) => e.stopPropagation()}>
                <EllipsisHorizontal />
              </IconButton>
            </DropdownMenu.Trigger>
            <DropdownMenu.Content onClick={(e) => e.stopPropagation()}>
              <DropdownMenu.Item className="gap-x-2" onClick={() => setEditing(row.original)}>
                <PencilSquare className="text-ui-fg-subtle" /> Edit
              </DropdownMenu.Item>
              <DropdownMenu.Item className="gap-x-2" onClick={() => setStocking(row.original)}>
                <Plus className="text-ui-fg-subtle" /> Adjust stock
              </DropdownMenu.Item>
              <DropdownMenu.Separator />
              <DropdownMenu.Item
                className="gap-x-2"
                onClick={async () => {
                  const confirmed = await prompt({
                    title: `Remove ${row.original.code}?`,
                    description: "Dealers can no longer order it. Requests already placed keep it.",
                    confirmText: "Remove",
                    cancelText: "Cancel",
                  })
                  if (!confirmed) return
                  try {
                    await remove.mutateAsync(row.original.id)
                    toast.success(`${row.original.code} removed`)
                  } catch (err) {
                    toast.error(errorMessage(err))
                  }
                }}
              >
                <Trash className="text-ui-fg-subtle" /> Remove
              </DropdownMenu.Item>
            </DropdownMenu.Content>
          </DropdownMenu>
        ),
      }),
    ],
    [tierName, prompt, remove]
  )

  return (
    <ListPage
      heading="Catalogue"
      level="h2"
      description="What dealers may order and what each costs in marketing points. Stock is taken when a dealer orders and returned when a request is rejected."
      testId="materials-catalogue"
      search={{ value: q, onChange: setQ, placeholder: "Search code or title" }}
      filters={
        <FilterSelect
          label="Kind"
          allLabel="All kinds"
          value={kind}
          options={MATERIAL_KINDS}
          optionLabels={MATERIAL_KIND_LABELS}
          onChange={(value) => {
            setKind(value)
            pages.resetPage()
          }}
        />
      }
      actions={
        <Button size="small" variant="secondary" onClick={() => setCreating(true)} data-testid="material-create">
          New material
        </Button>
      }
      columns={columns}
      rows={data?.materials}
      count={data?.count}
      isLoading={isLoading}
      error={error}
      getRowId={(row) => row.id}
      onRowClick={(row) => setEditing(row)}
      pagination={pages}
      emptyState={{
        empty:
          q || kind !== ALL
            ? { heading: "No materials match", description: "Try another search or kind." }
            : { heading: "No materials yet", description: "Add posters, samples, displays or digital kits dealers can order for points." },
      }}
    >
      <MaterialDrawer open={creating} onOpenChange={setCreating} />
      <MaterialDrawer material={editing ?? undefined} open={!!editing} onOpenChange={(open) => !open && setEditing(null)} />
      <StockPrompt material={stocking} onClose={() => setStocking(null)} />
    </ListPage>
  )
}
