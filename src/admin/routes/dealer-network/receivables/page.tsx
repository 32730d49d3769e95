import { defineRouteConfig } from "@medusajs/admin-sdk"
import { createDataTableColumnHelper, Label, Switch } from "@medusajs/ui"
import { useMemo } from "react"
import { getI18n } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { AgeingBar, OverdueBadge } from "../../../components/ageing-bar"
import { B2BChannelSetting } from "../../../components/b2b-channel-setting"
import { DealerCell } from "../../../components/dealer-cell"
import { ListPage, useListFilter, usePagination } from "../../../components/list-page"
import { useReceivablesReport } from "../../../hooks/use-dealer-receivables"
import { formatDate, formatDay } from "../../../lib/dates"
import { useTexts } from "../../../hooks/use-texts"
import { useLabels } from "../../../lib/labels"
import { formatMoney, formatNumber } from "../../../lib/numbers"
import { withQueryClient } from "../../../lib/query-client"
import type { AgeingBucket, ReceivablesReportRow } from "../../../../types/wholesale"

const columnHelper = createDataTableColumnHelper<ReceivablesReportRow>()

const money = (row: ReceivablesReportRow, amount: string, late = false) => (
  <span className={`tabular-nums ${late && Number(amount) > 0 ? "text-ui-fg-error" : ""}`}>
    {formatMoney(amount, row.currency_code)}
  </span>
)

const bucketColumn = (bucket: Exclude<AgeingBucket, "current">, header: string) =>
  columnHelper.accessor(bucket, {
    header,
    cell: ({ row }) => money(row.original, row.original[bucket], true),
  })

function useColumns() {
  const { t } = useTexts("receivables")
  const { ageing } = useLabels()
  return useMemo(() => [
  columnHelper.accessor("dealer_id", {
    header: t("colDealer"),
    cell: ({ row }) => (
      <DealerCell dealer={{ id: row.original.dealer_id, code: row.original.dealer?.code ?? null, name: row.original.dealer?.name ?? null }} />
    ),
  }),
  columnHelper.accessor("order_count", {
    header: t("colOrders"),
    cell: ({ getValue }) => <span className="tabular-nums">{formatNumber(getValue())}</span>,
  }),
  columnHelper.accessor("outstanding", {
    header: t("colOutstanding"),
    cell: ({ row }) => (
      <span className="font-medium" data-testid="receivable-outstanding">
        {money(row.original, row.original.outstanding)}
      </span>
    ),
  }),
  columnHelper.display({
    id: "ageing",
    header: t("colAgeing"),
    cell: ({ row }) => (
      <div className="w-32">
        <AgeingBar balance={row.original} size="small" />
      </div>
    ),
  }),
  columnHelper.accessor("current", {
    header: ageing.current,
    cell: ({ row }) => money(row.original, row.original.current),
  }),
  bucketColumn("overdue_1_30", ageing.overdue_1_30),
  bucketColumn("overdue_31_60", ageing.overdue_31_60),
  bucketColumn("overdue_over_60", ageing.overdue_over_60),
  columnHelper.accessor("overdue", {
    header: t("colOverdue"),
    cell: ({ row }) => (
      <span className="font-medium" data-testid="receivable-overdue">
        {money(row.original, row.original.overdue, true)}
      </span>
    ),
  }),
  columnHelper.accessor("max_overdue_days", {
    header: t("colMostLate"),
    cell: ({ getValue }) => <OverdueBadge days={getValue()} />,
  }),
  columnHelper.accessor("oldest_due_at", {
    header: t("colOldestDue"),
    cell: ({ getValue }) => formatDate(getValue()),
  }),
], [t, ageing])
}

const DealerReceivablesPage = () => {
  const navigate = useNavigate()
  const { t } = useTexts("receivables")
  const columns = useColumns()
  const pages = usePagination()
  const [overdueOnly, setOverdueOnly] = useListFilter(false, pages)

  const query = useMemo(() => ({ overdue_only: overdueOnly, ...pages.page }), [overdueOnly, pages.page])
  const { data, isLoading, error } = useReceivablesReport(query)

  return (
    <ListPage
      heading={t("heading")}
      description={data?.as_of ? t("descriptionAsOf", { day: formatDay(data.as_of) }) : t("description")}
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
            {t("overdueOnly")}
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
          heading: overdueOnly ? t("nothingOverdue") : t("nothingOutstanding"),
          description: overdueOnly ? t("nothingOverdueHint") : t("nothingOutstandingHint"),
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
  breadcrumb: () => getI18n().t("dealerNetwork.receivables.breadcrumb"),
}

export default withQueryClient(DealerReceivablesPage)
