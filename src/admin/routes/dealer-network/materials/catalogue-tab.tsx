import { EllipsisHorizontal, PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Badge, Button, createDataTableColumnHelper, DropdownMenu, IconButton, StatusBadge, toast, usePrompt } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { ALL, FilterSelect } from "../../../components/filter-select"
import { ListPage, usePagination } from "../../../components/list-page"
import { MaterialDrawer } from "../../../components/material-drawer"
import { useDeleteMaterial, useMaterials, useTiers } from "../../../hooks/use-dealer-materials"
import { refusalText } from "../../../lib/errors"
import { useTexts } from "../../../hooks/use-texts"
import { useLabels } from "../../../lib/labels"
import { formatNumber } from "../../../lib/numbers"
import { MATERIAL_KINDS } from "../../../../types/engagement"
import type { DealerMaterial, MaterialKind } from "../../../../types/engagement"
import { StockPrompt } from "./stock-prompt"

const columnHelper = createDataTableColumnHelper<DealerMaterial>()

/** The catalogue: every material with its points price, stock and tiers; create, edit, adjust stock, remove. */
export const CatalogueTab = () => {
  const pages = usePagination()
  const { t } = useTexts("materials")
  const labels = useLabels()
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
        header: t("colMaterial"),
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
      columnHelper.accessor("kind", { header: t("colKind"), cell: ({ getValue }) => labels.materialKind[getValue()] }),
      columnHelper.accessor("points_price", {
        header: t("colPoints"),
        align: "right",
        cell: ({ getValue }) => <span className="tabular-nums">{formatNumber(getValue())}</span>,
      }),
      columnHelper.accessor("stock", {
        header: t("colStock"),
        align: "right",
        cell: ({ getValue }) => {
          const stock = getValue()
          if (stock === null) return <span className="text-ui-fg-subtle">{t("unlimited")}</span>
          return (
            <span className={`tabular-nums ${stock === 0 ? "text-ui-fg-error" : ""}`} data-testid="material-stock">
              {formatNumber(stock)}
            </span>
          )
        },
      }),
      columnHelper.accessor("tier_ids", {
        header: t("colTiers"),
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
            <span className="text-ui-fg-subtle">{t("allDealers")}</span>
          ),
      }),
      columnHelper.accessor("is_active", {
        header: t("colStatus"),
        cell: ({ getValue }) => (
          <StatusBadge color={getValue() ? "green" : "grey"}>{getValue() ? t("offered") : t("withdrawn")}</StatusBadge>
        ),
      }),
      columnHelper.display({
        id: "actions",
        cell: ({ row }) => (
          <DropdownMenu>
            <DropdownMenu.Trigger asChild>
              <IconButton size="small" variant="transparent" aria-label={t("actionsFor", { code: row.original.code })} onClick={(e) => e.stopPropagation()}>
                <EllipsisHorizontal />
              </IconButton>
            </DropdownMenu.Trigger>
            <DropdownMenu.Content onClick={(e) => e.stopPropagation()}>
              <DropdownMenu.Item className="gap-x-2" onClick={() => setEditing(row.original)}>
                <PencilSquare className="text-ui-fg-subtle" /> {t("edit")}
              </DropdownMenu.Item>
              <DropdownMenu.Item className="gap-x-2" onClick={() => setStocking(row.original)}>
                <Plus className="text-ui-fg-subtle" /> {t("adjustStock")}
              </DropdownMenu.Item>
              <DropdownMenu.Separator />
              <DropdownMenu.Item
                className="gap-x-2"
                onClick={async () => {
                  const confirmed = await prompt({
                    title: t("removeTitle", { code: row.original.code }),
                    description: t("removeDescription"),
                    confirmText: t("remove"),
                    cancelText: t("cancel"),
                  })
                  if (!confirmed) return
                  try {
                    await remove.mutateAsync(row.original.id)
                    toast.success(t("removed", { code: row.original.code }))
                  } catch (err) {
                    toast.error(refusalText(err))
                  }
                }}
              >
                <Trash className="text-ui-fg-subtle" /> {t("remove")}
              </DropdownMenu.Item>
            </DropdownMenu.Content>
          </DropdownMenu>
        ),
      }),
    ],
    [tierName, prompt, remove, t, labels]
  )

  return (
    <ListPage
      heading={t("catalogue")}
      level="h2"
      description={t("catalogueDescription")}
      testId="materials-catalogue"
      search={{ value: q, onChange: setQ, placeholder: t("searchPlaceholder") }}
      filters={
        <FilterSelect
          label={t("colKind")}
          allLabel={t("allKinds")}
          value={kind}
          options={MATERIAL_KINDS}
          optionLabels={labels.materialKind}
          onChange={(value) => {
            setKind(value)
            pages.resetPage()
          }}
        />
      }
      actions={
        <Button size="small" variant="secondary" onClick={() => setCreating(true)} data-testid="material-create">
          {t("newMaterial")}
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
            ? { heading: t("noMatch"), description: t("noMatchHint") }
            : { heading: t("noMaterials"), description: t("noMaterialsHint") },
      }}
    >
      <MaterialDrawer open={creating} onOpenChange={setCreating} />
      <MaterialDrawer material={editing ?? undefined} open={!!editing} onOpenChange={(open) => !open && setEditing(null)} />
      <StockPrompt material={stocking} onClose={() => setStocking(null)} />
    </ListPage>
  )
}
