import { defineRouteConfig } from "@medusajs/admin-sdk"
import { createDataTableColumnHelper, Label, Switch } from "@medusajs/ui"
import { useMemo } from "react"
import { useNavigate } from "react-router-dom"
import { AgeingBar, OverdueBadge } from "../../../components/ageing-bar"
import { B2BChannelSetting } from "../../../components/b2b-channel-setting"
import { DealerCell } from "../../../components/dealer-cell"
import { ListPage, useListFilter, usePagination } from "../../../components/list-page"
import { useReceivablesReport } from "../../../hooks/use-dealer-receivables"
import { formatDate, formatDay } from "../../../lib/dates"
import { AGEING_LABELS } from "../../../lib/labels"
import { formatMoney, formatNumber } from "../../../lib/numbers"
import { withQueryClient } from "../../../lib/query-client"
import type { AgeingBucket, ReceivablesReportRow } from "../../../../types/wholesale"

const columnHelper = createDataTableColumnHelper<ReceivablesReportRow>()

const money = (row: ReceivablesReportRow, amount: string, late = false) => (
  <span className={`tabular-nums ${late && Number(amount) > 0 ? "text-ui-fg-error" : ""}`}>
    {formatMoney(amount, row.currency_code)}
  </span>
)

const bucketColumn = (bucket: Exclude<AgeingBucket, "current">) =>
  columnHelper.accessor(bucket, {
    header: AGEING_LABELS[bucket],
    cell: ({ row }) => money(row.original, row.original[bucket], true),
  })

const columns = [
  columnHelper.accessor("dealer_id", {
    header: "Dealer",
    cell: ({ row }) => (
      <DealerCell dealer={{ id: row.original.dealer_id, code: row.original.dealer?.code ?? null, name: row.original.dealer?.name ?? null }} />
    ),
  }),
  columnHelper.accessor("order_count", {
    header: "Orders",
    cell: ({ getValue }) => <span className="tabular-nums">{formatNumber(getValue())}</span>,
  }),
  columnHelper.accessor("outstanding", {
    header: "Outstanding",
    cell: ({ row }) => (
      <span className="font-medium" data-testid="receivable-outstanding">
        {money(row.original, row.original.outstanding)}
      </span>
    ),
  }),
  columnHelper.display({
    id: "ageing",
    header: "Ageing",
    cell: ({ row }) => (
      <div className="w-32">
        <AgeingBar balance={row.original} size="small" />
      </div>
    ),
  }),
  columnHelper.accessor("current", {
    header: AGEING_LABELS.current,
    cell: ({ row }) => money(row.original, row.original.current),
  }),
  bucketColumn("overdue_1_30"),
  bucketColumn("overdue_31_60"),
  bucketColumn("overdue_over_60"),
  columnHelper.accessor("overdue", {
    header: "Overdue",
    cell: ({ row }) => (
      <span className="font-medium" data-testid="receivable-overdue">
        {money(row.original, row.original.overdue, true)}
      </span>
    ),
  }),
  columnHelper.accessor("max_overdue_days", {
    header: "Most late",
    cell: ({ getValue }) => <OverdueBadge days={getValue()} />,
  }),
  columnHelper.accessor("oldest_due_at", {
    header: "Oldest due",
    cell: ({ getValue }) => formatDate(getValue()),
  }),
]

const DealerReceivablesPage = () => {
  const navigate = useNavigate()
  const pages = usePagination()
  const [overdueOnly, setOverdueOnly] = useListFilter(false, pages)

  const query = useMemo(() => ({ overdue_only: overdueOnly, ...pages.page }), [overdueOnly, pages.page])
  const { data, isLoading, error } = useReceivablesReport(query)

  return (
    <ListPage
      heading="Dealer receivables"
      description={
        <>
          What dealers owe on their orders
          {data?.as_of ? `, as of ${formatDay(data.as_of)}` : ""}, most overdue first
        </>
      }
      descriptionTestId="receivables-subtitle"
      actions={<B2BChannelSetting />}
      filtersBelow
      filters={
        <div className="flex items-center gap-x-2">
          <Switch
            id="receivables-overdue-only"
            checked={overdueOnly}
            onCheckedChange={setOverdueOnly}
          />
          <Label htmlFor="receivables-overdue-only" size="small">
            Overdue only
          </Label>
        </div>
      }
      columns={columns}
      rows={data?.receivables}
      count={data?.count}
      isLoading={isLoading}
      error={error}
      // A dealer owing in two currencies has a row for each.
      getRowId={(row) => `${row.dealer_id}:${row.currency_code}`}
      onRowClick={(row) => {
        if (row.dealer) navigate(`/dealer-network/dealers/${row.dealer_id}`)
      }}
      pagination={pages}
      emptyState={{
        empty: {
          heading: overdueOnly ? "Nothing overdue" : "Nothing outstanding",
          description: overdueOnly
            ? "No dealer is late paying an order."
            : "Dealers' unpaid orders appear here once their members order.",
        },
      }}
    />
  )
}

export const config = defineRouteConfig({
  label: "dealerNetwork.menu.receivables",
  translationNs: "translation",
  rank: 5,
})

export const handle = {
  breadcrumb: () => "Dealer receivables",
}

export default withQueryClient(DealerReceivablesPage)
