import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { Alert, Badge, Button, createDataTableColumnHelper, Select, Text, Tooltip } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { ListPage, useListFilter, usePagination } from "../../../components/list-page"
import { ZoneDrawer } from "../../../components/zone-form"
import { useTerritories, useZoneOverlaps, useZones } from "../../../hooks/use-network-editing"
import { useTexts } from "../../../hooks/use-texts"
import { adminText } from "../../../lib/locale"
import { withQueryClient } from "../../../lib/query-client"
import type { Zone, ZoneOverlap } from "../../../../types/dealer-network"

const ALL = "all"
const LINK = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
type Exclusivity = typeof ALL | "true" | "false"

const columnHelper = createDataTableColumnHelper<Zone>()

/** The zones of all dealers with their overlaps: filters by territory and exclusivity, or overlaps only; edit in a drawer. */
const ZonesPage = () => {
  const { t, locale } = useTexts("zones")
  const pages = usePagination()
  const [territory, setTerritory] = useListFilter<string>(ALL, pages)
  const [exclusive, setExclusive] = useListFilter<Exclusivity>(ALL, pages)
  const [overlapsOnly, setOverlapsOnly] = useListFilter(false, pages)
  const [editing, setEditing] = useState<{ zone: Zone | null } | null>(null)
  const territories = useTerritories()
  const overlaps = useZoneOverlaps()

  const overlapsByZone = useMemo(() => {
    const byZone = new Map<string, ZoneOverlap[]>()
    for (const overlap of overlaps.data?.overlaps ?? []) {
      byZone.set(overlap.zone_id, [...(byZone.get(overlap.zone_id) ?? []), overlap])
    }
    return byZone
  }, [overlaps.data])

  const query = useMemo(
    () => ({
      ...pages.page,
      ...(territory !== ALL && { territory_id: territory }),
      ...(exclusive !== ALL && { is_exclusive: exclusive }),
      ...(overlapsOnly && { id: [...overlapsByZone.keys()] }),
    }),
    [pages.page, territory, exclusive, overlapsOnly, overlapsByZone]
  )
  const zones = useZones(query, { enabled: !overlapsOnly || overlapsByZone.size > 0 })
  const day = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" })

  const columns = useMemo(
    () => [
      columnHelper.accessor("dealer.code", {
        header: t("columns.dealer"),
        cell: ({ row }) => (
          <Link to={`/dealer-network/dealers/${row.original.dealer_id}`} className={`${LINK} font-medium`} onClick={(e) => e.stopPropagation()}>
            {row.original.dealer ? `${row.original.dealer.code} · ${row.original.dealer.name}` : row.original.dealer_id}
          </Link>
        ),
      }),
      columnHelper.accessor("territory.name", {
        header: t("columns.territory"),
        cell: ({ row }) => `${row.original.territory?.name ?? ""} (${row.original.territory?.code ?? ""})`,
      }),
      columnHelper.accessor("categories", {
        header: t("columns.categories"),
        cell: ({ row }) => {
          const names = (row.original.categories ?? []).map((c) => c.product_category?.name ?? c.product_category_id)
          return names.length ? names.join(", ") : <span className="text-ui-fg-subtle">{t("wholeAssortment")}</span>
        },
      }),
      columnHelper.accessor("is_exclusive", {
        header: t("columns.exclusive"),
        cell: ({ getValue }) =>
          getValue() ? (
            <Badge size="2xsmall" color="purple">
              {t("exclusive")}
            </Badge>
          ) : (
            <span className="text-ui-fg-subtle">{t("shared")}</span>
          ),
      }),
      columnHelper.accessor("starts_at", {
        header: t("columns.validity"),
        cell: ({ row }) =>
          `${day.format(new Date(row.original.starts_at))} – ${row.original.ends_at ? day.format(new Date(row.original.ends_at)) : t("openEnded")}`,
      }),
      columnHelper.display({
        id: "overlaps",
        cell: ({ row }) => {
          const found = overlapsByZone.get(row.original.id)
          if (!found) return null
          const text = found.map((o) => t("overlapWith", { dealer: o.other_dealer_code, territory: o.other_territory_name })).join("; ")
          return (
            <Tooltip content={text}>
              <Badge size="2xsmall" color="red" data-testid="zone-overlap">
                <ExclamationCircle />
                {t("overlapBadge")}: {found.map((o) => o.other_dealer_code).join(", ")}
              </Badge>
            </Tooltip>
          )
        },
      }),
    ],
    [t, day, overlapsByZone]
  )

  const overlapping = overlapsByZone.size
  return (
    <div className="flex flex-col gap-y-3">
      {overlapping > 0 && (
        <Alert variant="warning" data-testid="zone-overlaps-alert">
          <Text size="small" weight="plus">
            {t("overlapsSummary", { count: overlapping })}
          </Text>
          <Text size="small">{t("overlapsExplained")}</Text>
        </Alert>
      )}
      <ListPage
        heading={t("title")}
        description={t("description")}
        filtersBelow
        filters={
          <>
            <FilterBox
              label={t("columns.territory")}
              value={territory}
              onChange={setTerritory}
              testId="zone-territory-filter"
              options={[
                { value: ALL, label: t("filters.allTerritories") },
                ...(territories.data?.territories ?? []).map((x) => ({ value: x.id, label: `${x.name} (${x.code})` })),
              ]}
            />
            <FilterBox
              label={t("columns.exclusive")}
              value={exclusive}
              onChange={(value) => setExclusive(value as Exclusivity)}
              testId="zone-exclusive-filter"
              options={[
                { value: ALL, label: t("filters.allExclusivity") },
                { value: "true", label: t("filters.onlyExclusive") },
                { value: "false", label: t("filters.onlyShared") },
              ]}
            />
            <FilterBox
              label={t("overlapBadge")}
              value={overlapsOnly ? "overlaps" : ALL}
              onChange={(value) => setOverlapsOnly(value === "overlaps")}
              testId="zone-overlap-filter"
              options={[
                { value: ALL, label: t("filters.allZones") },
                { value: "overlaps", label: t("filters.overlapsOnly") },
              ]}
            />
          </>
        }
        actions={
          <Button size="small" variant="secondary" data-testid="create-zone" onClick={() => setEditing({ zone: null })}>
            {t("create")}
          </Button>
        }
        columns={columns}
        rows={overlapsOnly && !overlapping ? [] : zones.data?.zones}
        count={overlapsOnly && !overlapping ? 0 : zones.data?.count}
        isLoading={zones.isLoading}
        error={zones.error ?? overlaps.error}
        getRowId={(row) => row.id}
        onRowClick={(row) => setEditing({ zone: row })}
        pagination={pages}
        emptyState={{ empty: t("empty", { returnObjects: true }) as any, filtered: t("filtered", { returnObjects: true }) as any }}
        testId="zones"
      >
        <ZoneDrawer open={!!editing} zone={editing?.zone} onClose={() => setEditing(null)} />
      </ListPage>
    </div>
  )
}

const FilterBox = ({
  label,
  value,
  onChange,
  options,
  testId,
}: {
  label: string
  value: string
  onChange: (value: string) => void
  options: { value: string; label: string }[]
  testId: string
}) => (
  <div className="w-48">
    <Select size="small" value={value} onValueChange={onChange}>
      <Select.Trigger aria-label={label} data-testid={testId}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {options.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </div>
)

export const config = defineRouteConfig({
  label: "dealerNetwork.menu.zones",
  translationNs: "translation",
  rank: 14,
})

export const handle = {
  breadcrumb: () => adminText("menu.zones"),
}

export default withQueryClient(ZonesPage)
