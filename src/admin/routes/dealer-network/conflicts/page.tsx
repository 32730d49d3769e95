import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, createDataTableColumnHelper, StatusBadge, Text } from "@medusajs/ui"
import { useEffect, useMemo } from "react"
import { Link } from "react-router-dom"
import { ConflictCaseDrawer, useOrderLabel } from "../../../components/conflict-case-drawer"
import { DayPicker } from "../../../components/day-picker"
import { DealerCell } from "../../../components/dealer-cell"
import { DealerFilterChip } from "../../../components/dealer-filter-chip"
import { DealerPicker } from "../../../components/dealer-picker"
import { ALL, FilterSelect } from "../../../components/filter-select"
import { QueueListPage, usePagination, useStatusParam } from "../../../components/list-page"
import { useConflicts } from "../../../hooks/use-dealer-queues"
import { useTexts } from "../../../hooks/use-texts"
import { useUrlParams } from "../../../hooks/use-url-params"
import { formatDate } from "../../../lib/dates"
import { adminText } from "../../../lib/locale"
import { formatMoney } from "../../../lib/numbers"
import { withQueryClient } from "../../../lib/query-client"
import { CONFLICT_POLICIES } from "../../../../types/dealer-network"
import type { ConflictPolicy, ConflictStatus, DealerConflict } from "../../../../types/dealer-network"

const columnHelper = createDataTableColumnHelper<DealerConflict>()
const DAY = /^\d{4}-\d{2}-\d{2}$/
const CONFLICT_STATUSES = ["open", "resolved"] as const satisfies readonly ConflictStatus[]

const isPolicy = (value: string | null): value is ConflictPolicy => (CONFLICT_POLICIES as readonly string[]).includes(value ?? "")

/** A day the list is narrowed from or to; cleared, it is null. */
const DayFilter = ({ label, value, onChange, testId }: { label: string; value: string; onChange: (day: string | null) => void; testId: string }) => (
  <div title={label}>
    <DayPicker size="small" className="w-40" label={label} value={value} onChange={(day) => onChange(day || null)} testId={testId} />
  </div>
)

/**
 * Channel conflict cases: open / resolved, filtered by dealer, policy and the
 * day they were opened; a row opens the case to read and resolve it.
 */
const ConflictsPage = () => {
  const { t } = useTexts("conflicts")
  const [params, set] = useUrlParams()
  const [status, setStatus] = useStatusParam(CONFLICT_STATUSES)
  const policyParam = params.get("policy")
  const policy = isPolicy(policyParam) ? policyParam : ALL
  const dealerId = params.get("dealer_id") ?? ""
  const from = params.get("from") ?? ""
  const to = params.get("to") ?? ""
  const opened = params.get("case")
  const pages = usePagination()
  useEffect(() => pages.resetPage(), [status, policy, dealerId, from, to])
  const { data, isLoading, error } = useConflicts({
    status,
    policy: policy === ALL ? undefined : policy,
    dealer_id: dealerId || undefined,
    created_from: DAY.test(from) ? from : undefined,
    created_to: DAY.test(to) ? to : undefined,
    order: status === "open" ? "created_at" : "-resolved_at",
    ...pages.page,
  })
  const rows = data?.conflicts
  const orderLabel = useOrderLabel(rows?.map((row) => row.order_id) ?? [])
  const policyLabels = Object.fromEntries(CONFLICT_POLICIES.map((value) => [value, t(`policies.${value}`)])) as Record<ConflictPolicy, string>

  const columns = useMemo(
    () => [
      columnHelper.accessor("order_id", {
        header: t("columns.order"),
        cell: ({ row }) => (
          <div className="flex min-w-0 flex-col">
            <Link
              to={`/orders/${row.original.order_id}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-medium"
              onClick={(e) => e.stopPropagation()}
            >
              {orderLabel(row.original.order_id)}
            </Link>
            <span className="text-ui-fg-subtle max-w-[220px] truncate" title={t(`kinds.${row.original.kind}`)}>
              {t(`kinds.${row.original.kind}`)}
            </span>
          </div>
        ),
      }),
      columnHelper.accessor("created_at", { header: t("columns.opened"), cell: ({ getValue }) => formatDate(getValue()) }),
      columnHelper.accessor("seller_dealer", {
        header: t("columns.seller"),
        cell: ({ getValue }) => <DealerCell dealer={getValue()} />,
      }),
      columnHelper.accessor("zone_owner_dealer", {
        header: t("columns.zoneOwner"),
        cell: ({ getValue }) => {
          const owner = getValue()
          return owner ? <DealerCell dealer={owner} /> : <span className="text-ui-fg-muted">{t("none")}</span>
        },
      }),
      columnHelper.accessor("territory", {
        header: t("columns.territory"),
        cell: ({ getValue }) => getValue()?.name ?? "—",
      }),
      columnHelper.accessor("amount", {
        header: t("columns.amount"),
        align: "right",
        cell: ({ row }) => <span className="whitespace-nowrap tabular-nums">{formatMoney(row.original.amount, row.original.currency_code)}</span>,
      }),
      columnHelper.accessor("policy", {
        header: status === "open" ? t("columns.policy") : t("columns.outcome"),
        cell: ({ row }) =>
          row.original.resolution ? (
            <StatusBadge color="green">{t(`resolutions.${row.original.resolution}`)}</StatusBadge>
          ) : (
            <Badge size="2xsmall" color={row.original.policy === "manual_review" ? "orange" : "grey"}>
              {policyLabels[row.original.policy]}
            </Badge>
          ),
      }),
    ],
    [t, status, orderLabel]
  )

  return (
    <QueueListPage
      queue="conflicts"
      heading={t("title")}
      description={t("description")}
      statusTabs={{ statuses: CONFLICT_STATUSES, value: status, onChange: setStatus, labels: { open: t("tabs.open"), resolved: t("tabs.resolved") } }}
      filters={
        <>
          <FilterSelect
            width="w-48"
            label={t("filters.policy")}
            allLabel={t("filters.allPolicies")}
            value={policy}
            options={CONFLICT_POLICIES}
            optionLabels={policyLabels}
            onChange={(value) => set({ policy: value === ALL ? null : value })}
            testId="conflicts-policy-filter"
          />
          <DayFilter label={t("filters.from")} value={from} onChange={(day) => set({ from: day })} testId="conflicts-from" />
          <Text size="small" className="text-ui-fg-muted">
            –
          </Text>
          <DayFilter label={t("filters.to")} value={to} onChange={(day) => set({ to: day })} testId="conflicts-to" />
          {dealerId ? (
            <DealerFilterChip testId="conflicts-dealer-filter" dealerId={dealerId} onClear={() => set({ dealer_id: null })} />
          ) : (
            <div className="w-72" title={t("filters.dealer")}>
              <DealerPicker id="conflicts-dealer" value={null} onChange={(dealer) => set({ dealer_id: dealer?.id ?? null })} />
            </div>
          )}
        </>
      }
      columns={columns}
      rows={rows}
      count={data?.count}
      isLoading={isLoading}
      error={error}
      getRowId={(row) => row.id}
      onRowClick={(row) => set({ case: row.id })}
      pagination={pages}
      emptyState={{ empty: { heading: t(`empty.${status}`), description: t("emptyHint") } }}
    >
      <ConflictCaseDrawer id={opened} onClose={() => set({ case: null })} />
    </QueueListPage>
  )
}

export const config = defineRouteConfig({
  label: "dealerNetwork.menu.conflicts",
  translationNs: "translation",
  rank: 10,
})

export const handle = {
  breadcrumb: () => adminText("conflicts.title"),
}

export default withQueryClient(ConflictsPage)
