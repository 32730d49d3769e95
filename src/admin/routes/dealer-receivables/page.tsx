import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Receipt } from "@medusajs/icons"
import {
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  Heading,
  Label,
  Switch,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { AgeingBar, OverdueBadge } from "../../components/ageing-bar"
import { B2BChannelSetting } from "../../components/b2b-channel-setting"
import { useReceivablesReport } from "../../hooks/use-dealer-receivables"
import { AGEING_LABELS, errorMessage, formatDate, formatDay, formatMoney, formatNumber } from "../../lib/format"
import { clickedRow } from "../../lib/data-table"
import { withQueryClient } from "../../lib/query-client"
import type { AgeingBucket, ReceivablesReportRow } from "../../../types/wholesale"

const PAGE_SIZE = 20

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
    cell: ({ row }) =>
      row.original.dealer ? (
        <div className="flex min-w-0 flex-col">
          <Link
            to={`/dealers/${row.original.dealer_id}`}
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-medium"
            onClick={(e) => e.stopPropagation()}
          >
            {row.original.dealer.code}
          </Link>
          <span className="text-ui-fg-subtle max-w-[200px] truncate" title={row.original.dealer.name}>
            {row.original.dealer.name}
          </span>
        </div>
      ) : (
        <span className="text-ui-fg-muted" title={row.original.dealer_id}>
          Deleted dealer
        </span>
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
  const [overdueOnly, setOverdueOnly] = useState(false)
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })

  const query = useMemo(
    () => ({
      overdue_only: overdueOnly,
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
    }),
    [overdueOnly, pagination]
  )
  const { data, isLoading, isError, error } = useReceivablesReport(query)

  const table = useDataTable({
    columns,
    data: data?.receivables ?? [],
    // A dealer owing in two currencies has a row for each.
    getRowId: (row) => `${row.dealer_id}:${row.currency_code}`,
    rowCount: data?.count ?? 0,
    isLoading,
    onRowClick: (_, clicked) => {
      const row = clickedRow(clicked)
      if (row.dealer) navigate(`/dealers/${row.dealer_id}`)
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-stretch gap-y-3">
          <div className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
            <div>
              <Heading>Dealer receivables</Heading>
              <Text size="small" className="text-ui-fg-subtle" data-testid="receivables-subtitle">
                What dealers owe on their orders
                {data?.as_of ? `, as of ${formatDay(data.as_of)}` : ""}, most overdue first
              </Text>
            </div>
            <B2BChannelSetting />
          </div>
          <div className="flex items-center gap-x-2">
            <Switch
              id="receivables-overdue-only"
              checked={overdueOnly}
              onCheckedChange={(checked) => {
                setOverdueOnly(checked)
                setPagination((p) => ({ ...p, pageIndex: 0 }))
              }}
            />
            <Label htmlFor="receivables-overdue-only" size="small">
              Overdue only
            </Label>
          </div>
        </DataTable.Toolbar>
        {isError && (
          <div className="px-6 py-4">
            <Text size="small" className="text-ui-fg-error">
              {errorMessage(error)}
            </Text>
          </div>
        )}
        <DataTable.Table
          emptyState={{
            empty: {
              heading: overdueOnly ? "Nothing overdue" : "Nothing outstanding",
              description: overdueOnly
                ? "No dealer is late paying an order."
                : "Dealers' unpaid orders appear here once their members order.",
            },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Dealer receivables",
  icon: Receipt,
})

export const handle = {
  breadcrumb: () => "Dealer receivables",
}

export default withQueryClient(DealerReceivablesPage)
