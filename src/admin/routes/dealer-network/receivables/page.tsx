import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, createDataTableColumnHelper, Heading, Label, Switch, Text } from "@medusajs/ui"
import { useEffect, useMemo } from "react"
import { getI18n } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { AgeingBar, OverdueBadge } from "../../../components/ageing-bar"
import { B2BChannelSetting } from "../../../components/b2b-channel-setting"
import { AgeingChart } from "../../../components/charts/ageing-chart"
import { DealerCell } from "../../../components/dealer-cell"
import { DealerFilterChip } from "../../../components/dealer-filter-chip"
import { DealerPicker } from "../../../components/dealer-picker"
import { ListPage, usePagination } from "../../../components/list-page"
import { useReceivablesReport } from "../../../hooks/use-dealer-receivables"
import { useUrlParams } from "../../../hooks/use-url-params"
import { formatDate, formatDay } from "../../../lib/dates"
import { useTexts } from "../../../hooks/use-texts"
import { useLabels } from "../../../lib/labels"
import { formatMoney, formatNumber } from "../../../lib/numbers"
import { withQueryClient } from "../../../lib/query-client"
import type { AgeingBucket, ReceivablesReportResponse, ReceivablesReportRow } from "../../../../types/wholesale"

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
  bucketColumn("overdue_61_90", ageing.overdue_61_90),
  bucketColumn("overdue_over_90", ageing.overdue_over_90),
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

/** What the listed dealers owe by days overdue, one chart per currency; summed over every page in SQL. */
const AgeingSection = ({ report, dealerChosen }: { report: ReceivablesReportResponse | undefined; dealerChosen: boolean }) => {
  const { t } = useTexts("receivables")
  const { ageing } = useLabels()
  return (
    <Container className="flex flex-col gap-y-4 px-6 py-4" data-testid="receivables-ageing">
      <div>
        <Heading level="h2">{t("ageing.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {dealerChosen ? t("ageing.dealer") : t("ageing.all")}
        </Text>
      </div>
      {report && !report.ageing.length && (
        <Text size="small" className="text-ui-fg-muted">
          {t("ageing.empty")}
        </Text>
      )}
      {report?.ageing.map((row) => (
        <div key={row.currency_code} className="flex flex-col gap-y-2">
          <Text size="small" weight="plus" data-testid={`ageing-total-${row.currency_code}`}>
            {t("ageing.total", { amount: formatMoney(row.outstanding, row.currency_code) })}
          </Text>
          <AgeingChart ageing={row} bucketLabels={ageing} label={t("ageing.label")} />
        </div>
      ))}
    </Container>
  )
}

const DealerReceivablesPage = () => {
  const navigate = useNavigate()
  const { t } = useTexts("receivables")
  const columns = useColumns()
  const pages = usePagination()
  const [params, set] = useUrlParams()
  const overdueOnly = params.get("overdue_only") === "true"
  const dealerId = params.get("dealer_id") ?? ""
  useEffect(() => pages.resetPage(), [overdueOnly, dealerId])

  const query = useMemo(
    () => ({ overdue_only: overdueOnly, dealer_id: dealerId || undefined, ...pages.page }),
    [overdueOnly, dealerId, pages.page]
  )
  const { data, isLoading, error } = useReceivablesReport(query)

  return (
    <div className="flex flex-col gap-y-3">
      <AgeingSection report={data} dealerChosen={Boolean(dealerId)} />
      <ListPage
        heading={t("heading")}
        description={data?.as_of ? t("descriptionAsOf", { day: formatDay(data.as_of) }) : t("description")}
        descriptionTestId="receivables-subtitle"
        actions={<B2BChannelSetting />}
        filtersBelow
        filters={
          <>
            <div className="flex items-center gap-x-2">
              <Switch
                id="receivables-overdue-only"
                checked={overdueOnly}
                onCheckedChange={(checked) => set({ overdue_only: checked ? "true" : null })}
              />
              <Label htmlFor="receivables-overdue-only" size="small">
                {t("overdueOnly")}
              </Label>
            </div>
            {dealerId ? (
              <DealerFilterChip testId="receivables-dealer-filter" dealerId={dealerId} onClear={() => set({ dealer_id: null })} />
            ) : (
              <div className="w-72" title={t("filterDealer")}>
                <DealerPicker id="receivables-dealer" value={null} onChange={(dealer) => set({ dealer_id: dealer?.id ?? null })} />
              </div>
            )}
          </>
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
    </div>
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
