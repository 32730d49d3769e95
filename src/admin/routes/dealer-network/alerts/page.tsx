import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, createDataTableColumnHelper, StatusBadge } from "@medusajs/ui"
import { useEffect, useMemo } from "react"
import { Link, useNavigate } from "react-router-dom"
import { DealerCell } from "../../../components/dealer-cell"
import { DealerFilterChip } from "../../../components/dealer-filter-chip"
import { ALL, FilterSelect } from "../../../components/filter-select"
import { QueueListPage, usePagination, useStatusParam } from "../../../components/list-page"
import { useAlertFigures } from "../../../hooks/use-alert-figures"
import { useAlerts } from "../../../hooks/use-dealer-queues"
import { useDealers } from "../../../hooks/use-dealers"
import { useTexts } from "../../../hooks/use-texts"
import { useUrlParams } from "../../../hooks/use-url-params"
import { formatDate, formatDay, formatMonth } from "../../../lib/dates"
import { adminText } from "../../../lib/locale"
import { withQueryClient } from "../../../lib/query-client"
import { ALERT_KINDS } from "../../../../types/sales-plan"
import type { AlertKind, AlertStatus, DealerDeviationAlert } from "../../../../types/sales-plan"

const columnHelper = createDataTableColumnHelper<DealerDeviationAlert>()
const ALERT_STATUSES = ["open", "cleared"] as const satisfies readonly AlertStatus[]

const KIND_COLORS: Record<AlertKind, "red" | "orange" | "purple"> = {
  behind_plan: "red",
  projection_miss: "orange",
  volume_commitment: "purple",
}

const isKind = (value: string | null): value is AlertKind => (ALERT_KINDS as readonly string[]).includes(value ?? "")

/** Where a dealer's progress for the alert's month is read. */
export const alertProgressPath = (alert: Pick<DealerDeviationAlert, "dealer_id" | "period_key">) =>
  `/dealer-network/dealers/${alert.dealer_id}?period=${alert.period_key}#progress`

/** Deviation alerts: open / cleared, by kind, each linking to the dealer's progress for its month. */
const AlertsPage = () => {
  const { t } = useTexts("alerts")
  const navigate = useNavigate()
  const [params, set] = useUrlParams()
  const [status, setStatus] = useStatusParam(ALERT_STATUSES)
  const kindParam = params.get("kind")
  const kind = isKind(kindParam) ? kindParam : ALL
  const dealerId = params.get("dealer_id") ?? ""
  const pages = usePagination()
  useEffect(() => pages.resetPage(), [status, kind, dealerId])
  const { data, isLoading, error } = useAlerts({
    status,
    kind: kind === ALL ? undefined : kind,
    dealer_id: dealerId || undefined,
    order: "-alert_date",
    ...pages.page,
  })
  const dealerIds = [...new Set(data?.alerts.map((alert) => alert.dealer_id) ?? [])].sort()
  const { data: dealers } = useDealers({ id: dealerIds, fields: "id,code,name", limit: dealerIds.length }, { enabled: dealerIds.length > 0 })
  const dealerById = new Map((dealers?.dealers ?? []).map((dealer) => [dealer.id, dealer]))
  const figures = useAlertFigures()
  const kindLabels = Object.fromEntries(ALERT_KINDS.map((value) => [value, t(`kinds.${value}`)])) as Record<AlertKind, string>

  const columns = useMemo(
    () => [
      columnHelper.accessor("dealer_id", {
        header: t("columns.dealer"),
        cell: ({ getValue }) => <DealerCell dealer={dealerById.get(getValue()) ?? { id: getValue(), code: null, name: null }} />,
      }),
      columnHelper.accessor("kind", {
        header: t("columns.kind"),
        cell: ({ getValue }) => (
          <Badge size="2xsmall" color={KIND_COLORS[getValue()]} className="whitespace-nowrap">
            {kindLabels[getValue()]}
          </Badge>
        ),
      }),
      columnHelper.accessor("alert_date", { header: t("columns.day"), cell: ({ getValue }) => <span className="whitespace-nowrap">{formatDay(getValue())}</span> }),
      columnHelper.display({
        id: "figures",
        header: t("columns.figures"),
        cell: ({ row }) => (
          <div className="flex min-w-0 flex-col">
            <span className="max-w-[560px] truncate" title={figures(row.original)} data-testid="alert-figures">
              {figures(row.original)}
            </span>
            <Link
              to={alertProgressPath(row.original)}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
              onClick={(e) => e.stopPropagation()}
              data-testid="alert-progress-link"
            >
              {t("progressLink", {
                code: dealerById.get(row.original.dealer_id)?.code ?? "",
                month: formatMonth(row.original.period_key),
              })}
            </Link>
          </div>
        ),
      }),
      columnHelper.accessor("status", {
        header: t("columns.status"),
        cell: ({ row }) =>
          row.original.status === "open" ? (
            <StatusBadge color="orange">{t("status.open")}</StatusBadge>
          ) : (
            <StatusBadge color="green">{t("status.cleared", { date: formatDate(row.original.cleared_at) })}</StatusBadge>
          ),
      }),
    ],
    [t, dealers, figures]
  )

  return (
    <QueueListPage
      queue="alerts"
      heading={t("title")}
      description={t("description")}
      statusTabs={{ statuses: ALERT_STATUSES, value: status, onChange: setStatus, labels: { open: t("tabs.open"), cleared: t("tabs.cleared") } }}
      filters={
        <>
          <FilterSelect
            width="w-56"
            label={t("filters.kind")}
            allLabel={t("filters.allKinds")}
            value={kind}
            options={ALERT_KINDS}
            optionLabels={kindLabels}
            onChange={(value) => set({ kind: value === ALL ? null : value })}
            testId="alerts-kind-filter"
          />
          {dealerId && <DealerFilterChip testId="alerts-dealer-filter" dealerId={dealerId} onClear={() => set({ dealer_id: null })} />}
        </>
      }
      columns={columns}
      rows={data?.alerts}
      count={data?.count}
      isLoading={isLoading}
      error={error}
      getRowId={(row) => row.id}
      onRowClick={(row) => navigate(alertProgressPath(row))}
      pagination={pages}
      emptyState={{ empty: { heading: t(`empty.${status}`), description: t("emptyHint") } }}
    />
  )
}

export const config = defineRouteConfig({
  label: "dealerNetwork.menu.alerts",
  translationNs: "translation",
  rank: 11,
})

export const handle = {
  breadcrumb: () => adminText("alerts.title"),
}

export default withQueryClient(AlertsPage)
