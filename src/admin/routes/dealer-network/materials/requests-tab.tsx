import { Button, createDataTableColumnHelper } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { DealerPicker } from "../../../components/dealer-picker"
import { ALL, FilterSelect } from "../../../components/filter-select"
import { ListPage, usePagination } from "../../../components/list-page"
import { Decision, linesSummary, MaterialRequestPrompts, MaterialRequestStatusBadge, shipsTo } from "../../../components/material-request-parts"
import { useMaterialRequests } from "../../../hooks/use-dealer-materials"
import { useUrlParams } from "../../../hooks/use-url-params"
import { DealerFilterChip } from "../../../components/dealer-filter-chip"
import { formatDate } from "../../../lib/dates"
import { useTexts } from "../../../hooks/use-texts"
import { useLabels } from "../../../lib/labels"
import { formatNumber } from "../../../lib/numbers"
import { MATERIAL_REQUEST_STATUSES } from "../../../../types/engagement"
import type { MaterialRequest, MaterialRequestStatus } from "../../../../types/engagement"

const columnHelper = createDataTableColumnHelper<MaterialRequest>()

const isStatus = (value: string | null): value is MaterialRequestStatus =>
  !!value && (MATERIAL_REQUEST_STATUSES as readonly string[]).includes(value)


/** The requests queue (status, dealer in the address), oldest first: ship or reject what is requested. */
export const RequestsTab = () => {
  const [params, set] = useUrlParams()
  const { t } = useTexts("materials")
  const labels = useLabels()
  const statusParam = params.get("status")
  const status: MaterialRequestStatus | typeof ALL = statusParam === ALL ? ALL : isStatus(statusParam) ? statusParam : "requested"
  const dealerId = params.get("dealer_id") ?? ""
  const pages = usePagination()
  useEffect(() => pages.resetPage(), [status, dealerId])
  const [decision, setDecision] = useState<Decision | null>(null)
  const { data, isLoading, error } = useMaterialRequests({
    status: status === ALL ? undefined : status,
    dealer_id: dealerId || undefined,
    order: status === "requested" ? "created_at" : "-created_at",
    ...pages.page,
  })

  const columns = useMemo(
    () => [
      columnHelper.accessor("dealer_id", {
        header: t("colDealer"),
        cell: ({ row }) => {
          const dealer = row.original.dealer
          return dealer ? (
            <div className="flex min-w-0 flex-col">
              <Link to={`/dealer-network/dealers/${dealer.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-medium">
                {dealer.code}
              </Link>
              <span className="text-ui-fg-subtle max-w-[180px] truncate" title={dealer.name}>
                {dealer.name}
              </span>
            </div>
          ) : (
            row.original.dealer_id
          )
        },
      }),
      columnHelper.accessor("lines", {
        header: t("colMaterials"),
        cell: ({ row }) => (
          <span className="block max-w-[260px] truncate" title={linesSummary(row.original)} data-testid="request-lines">
            {linesSummary(row.original)}
          </span>
        ),
      }),
      columnHelper.accessor("total_points", {
        header: t("colPoints"),
        align: "right",
        cell: ({ getValue }) => <span className="tabular-nums">{formatNumber(getValue())}</span>,
      }),
      columnHelper.accessor("shipping_address", {
        header: t("colShipTo"),
        cell: ({ row }) => (
          <div className="flex min-w-0 flex-col">
            <span className="max-w-[200px] truncate">{row.original.shipping_address.company}</span>
            <span className="text-ui-fg-subtle">{shipsTo(row.original)}</span>
          </div>
        ),
      }),
      columnHelper.accessor("created_at", { header: t("colRequested"), cell: ({ getValue }) => formatDate(getValue()) }),
      columnHelper.accessor("status", {
        header: t("colStatus"),
        cell: ({ row }) => (
          <div className="flex flex-col">
            <MaterialRequestStatusBadge status={row.original.status} />
            {(row.original.tracking_note || row.original.rejection_reason) && (
              <span
                className="text-ui-fg-subtle max-w-[180px] truncate"
                title={row.original.tracking_note ?? row.original.rejection_reason ?? undefined}
              >
                {row.original.tracking_note ?? row.original.rejection_reason}
              </span>
            )}
          </div>
        ),
      }),
      columnHelper.display({
        id: "actions",
        cell: ({ row }) =>
          row.original.status === "requested" ? (
            <div className="flex min-w-[170px] justify-end gap-x-2 whitespace-nowrap pl-1">
              <Button size="small" variant="secondary" onClick={() => setDecision({ request: row.original, action: "ship" })}>
                {t("ship")}
              </Button>
              <Button size="small" variant="transparent" onClick={() => setDecision({ request: row.original, action: "reject" })}>
                {t("reject")}
              </Button>
            </div>
          ) : null,
      }),
    ],
    [t]
  )

  return (
    <ListPage
      heading={t("requests")}
      level="h2"
      description={t("requestsDescription")}
      testId="materials-requests"
      filtersBelow
      filters={
        <>
          <FilterSelect
            label={t("status")}
            allLabel={t("allStatuses")}
            value={status}
            options={MATERIAL_REQUEST_STATUSES}
            optionLabels={labels.materialRequestStatus}
            onChange={(value) => set({ status: value === "requested" ? null : value })}
            testId="requests-status-filter"
          />
          {dealerId ? (
            <DealerFilterChip testId="requests-dealer-filter" dealerId={dealerId} onClear={() => set({ dealer_id: null })} />
          ) : (
            <div className="w-72">
              <DealerPicker id="requests-dealer" value={null} onChange={(dealer) => set({ dealer_id: dealer?.id ?? null })} />
            </div>
          )}
        </>
      }
      columns={columns}
      rows={data?.material_requests}
      count={data?.count}
      isLoading={isLoading}
      error={error}
      getRowId={(row) => row.id}
      pagination={pages}
      emptyState={{
        empty:
          status === "requested" && !dealerId
            ? { heading: t("nothingToShip"), description: t("nothingToShipHint") }
            : { heading: t("noRequestsMatch"), description: t("noRequestsMatchHint") },
      }}
    >
      <MaterialRequestPrompts decision={decision} onClose={() => setDecision(null)} />
    </ListPage>
  )
}
