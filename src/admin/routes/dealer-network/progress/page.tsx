import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray } from "@medusajs/icons"
import { Button, createDataTableColumnHelper, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { getI18n } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { AttainmentBar } from "../../../components/attainment-bar"
import { DealerRoleBadge } from "../../../components/dealer-badges"
import { DealerCell } from "../../../components/dealer-cell"
import { ALL, FilterSelect } from "../../../components/filter-select"
import { ImportPlansDrawer } from "../../../components/import-plans-drawer"
import { ListPage, useListFilter, usePagination } from "../../../components/list-page"
import { MonthPicker } from "../../../components/month-picker"
import { downloadPlansCsv, useRankedProgress } from "../../../hooks/use-dealer-plans"
import { currentMonth, formatMonth } from "../../../lib/dates"
import { refusalText } from "../../../lib/errors"
import { useTexts } from "../../../hooks/use-texts"
import { useLabels } from "../../../lib/labels"
import { DEALER_ROLES } from "../../../../types/dealer-network"
import { formatMoney, formatNumber, formatPercent, signClass } from "../../../lib/numbers"
import { withQueryClient } from "../../../lib/query-client"
import type { DealerRole } from "../../../../types/dealer-network"
import type { RankedDealerProgress } from "../../../../types/sales-plan"

const currencyOf = (row: RankedDealerProgress) => row.currency_code ?? row.dealer.currency_code ?? null

const columnHelper = createDataTableColumnHelper<RankedDealerProgress>()

function useColumns() {
  const { t } = useTexts("plans")
  return useMemo(() => [
  columnHelper.accessor("dealer.code", {
    header: t("colDealer"),
    cell: ({ row }) => <DealerCell dealer={row.original.dealer} />,
  }),
  columnHelper.accessor("dealer.role", {
    header: t("colRole"),
    cell: ({ row }) => (row.original.dealer.role ? <DealerRoleBadge role={row.original.dealer.role} /> : "-"),
  }),
  columnHelper.accessor("target_amount", {
    header: t("colPlan"),
    // Dealers with sales but no plan are listed too (plan_id null).
    cell: ({ row }) =>
      row.original.plan_id === null ? (
        <span className="text-ui-fg-muted">{t("noPlan")}</span>
      ) : (
        <span className="tabular-nums">{formatMoney(row.original.target_amount, currencyOf(row.original))}</span>
      ),
  }),
  columnHelper.accessor("actual_amount", {
    header: t("colActual"),
    cell: ({ row }) => (
      <span className="tabular-nums">{formatMoney(row.original.actual_amount, currencyOf(row.original))}</span>
    ),
  }),
  columnHelper.accessor("expected_amount", {
    header: t("colExpected"),
    cell: ({ row }) => (
      <span className="tabular-nums">{formatMoney(row.original.expected_amount, currencyOf(row.original))}</span>
    ),
  }),
  columnHelper.accessor("deviation", {
    header: t("colDeviation"),
    cell: ({ row }) => (
      <span className={`tabular-nums ${signClass(row.original.deviation)}`} data-testid="ranked-deviation">
        {formatMoney(row.original.deviation, currencyOf(row.original), { signed: true })}
      </span>
    ),
  }),
  columnHelper.accessor("deviation_percent", {
    header: t("colDeviationPercent"),
    cell: ({ row }) => (
      <span className={`tabular-nums ${signClass(row.original.deviation_percent)}`}>
        {formatPercent(row.original.deviation_percent, { signed: true })}
      </span>
    ),
  }),
  columnHelper.accessor("attainment_percent", {
    header: t("colAttainment"),
    cell: ({ row }) => {
      const target = Number(row.original.target_amount)
      const expected = target > 0 ? (Number(row.original.expected_amount) / target) * 100 : null
      return (
        <div className="w-40">
          <AttainmentBar
            percent={row.original.attainment_percent}
            expectedPercent={expected}
            behind={Number(row.original.deviation) < 0}
            size="small"
          />
        </div>
      )
    },
  }),
  columnHelper.accessor("actual_order_count", {
    header: t("colOrders"),
    cell: ({ row }) => (
      <span className="tabular-nums">
        {formatNumber(row.original.actual_order_count)}
        {row.original.target_order_count != null && (
          <span className="text-ui-fg-muted"> / {formatNumber(row.original.target_order_count)}</span>
        )}
      </span>
    ),
  }),
], [t])
}

const DealerProgressPage = () => {
  const navigate = useNavigate()
  const { t } = useTexts("plans")
  const labels = useLabels()
  const columns = useColumns()
  const [exporting, setExporting] = useState(false)
  const pages = usePagination()
  const [period, setPeriod] = useListFilter(currentMonth(), pages)
  const [role, setRole] = useListFilter<DealerRole | typeof ALL>(ALL, pages)

  const query = useMemo(
    () => ({ period, role: role === ALL ? undefined : role, ...pages.page }),
    [period, role, pages.page]
  )
  const { data, isLoading, error } = useRankedProgress(query)

  const onExport = async () => {
    setExporting(true)
    try {
      const filename = await downloadPlansCsv(period)
      toast.success(t("downloaded", { filename }))
    } catch (err) {
      toast.error(refusalText(err))
    } finally {
      setExporting(false)
    }
  }

  return (
    <ListPage
      heading={t("heading")}
      description={
        <>
          {t("description", { month: formatMonth(period) })}
          {data?.period === period &&
            data.working_days_total != null &&
            t("workingDays", { elapsed: data.working_days_elapsed, total: data.working_days_total })}
        </>
      }
      descriptionTestId="ranked-subtitle"
      actions={
        <>
          <Button size="small" variant="secondary" onClick={onExport} isLoading={exporting}>
            <ArrowDownTray />
            {t("exportCsv")}
          </Button>
          <ImportPlansDrawer />
        </>
      }
      filtersBelow
      filters={
        <>
          <MonthPicker
            id="ranked-period"
            value={period}
            onChange={setPeriod}
          />
          <FilterSelect
            label={t("filterByRole")}
            allLabel={t("allRoles")}
            value={role}
            options={DEALER_ROLES}
            optionLabels={labels.role}
            testId="progress-role-filter"
            onChange={setRole}
          />
        </>
      }
      columns={columns}
      rows={data?.dealers}
      count={data?.count}
      isLoading={isLoading}
      error={error}
      getRowId={(row) => row.dealer.id}
      onRowClick={(row) => {
        if (row.dealer?.code) navigate(`/dealer-network/dealers/${row.dealer.id}`)
      }}
      pagination={pages}
      emptyState={{
        empty: {
          heading: t("empty", { month: formatMonth(period) }),
          description: t("emptyHint"),
        },
      }}
    />
  )
}

export const config = defineRouteConfig({
  label: "dealerNetwork.menu.progress",
  translationNs: "translation",
  rank: 3,
})

export const handle = {
  breadcrumb: () => getI18n().t("dealerNetwork.plans.breadcrumb"),
}

export default withQueryClient(DealerProgressPage)
