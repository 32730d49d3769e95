import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, createDataTableColumnHelper, Select } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { ApplicationDetailsDrawer } from "../../../components/application-details-drawer"
import { ApproveApplicationDrawer, RejectApplicationPrompt } from "../../../components/application-dialogs"
import { ApplicationStatusBadge, DealerRoleBadge } from "../../../components/dealer-badges"
import { ListPage, useListFilter, usePagination } from "../../../components/list-page"
import { useDealerApplications } from "../../../hooks/use-dealer-applications"
import { useTexts } from "../../../hooks/use-texts"
import { formatDate } from "../../../lib/dates"
import { adminText } from "../../../lib/locale"
import { formatMoney } from "../../../lib/numbers"
import { useLabels } from "../../../lib/labels"
import { withQueryClient } from "../../../lib/query-client"
import type { ApplicationStatus, DealerApplication } from "../../../../types/dealer-network"

const STATUSES: ApplicationStatus[] = ["pending", "approved", "rejected"]

const columnHelper = createDataTableColumnHelper<DealerApplication>()

const DealerApplicationsPage = () => {
  const [approving, setApproving] = useState<DealerApplication | null>(null)
  const [rejecting, setRejecting] = useState<DealerApplication | null>(null)
  const [reading, setReading] = useState<DealerApplication | null>(null)
  const { t } = useTexts("applications")
  const labels = useLabels()
  const pages = usePagination()
  const [status, setStatus] = useListFilter<ApplicationStatus>("pending", pages)
  const query = useMemo(
    () => ({
      status,
      ...pages.page,
      order: status === "pending" ? "created_at" : "-reviewed_at",
    }),
    [status, pages.page]
  )
  const { data, isLoading, error } = useDealerApplications(query)

  const columns = useMemo(
    () => [
      columnHelper.accessor("company_name", {
        header: t("list.company"),
        cell: ({ row }) => (
          <div className="flex flex-col items-start">
            <button
              type="button"
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-medium"
              onClick={() => setReading(row.original)}
            >
              {row.original.company_name}
            </button>
            <span className="text-ui-fg-subtle">{row.original.email}</span>
          </div>
        ),
      }),
      columnHelper.accessor("requested_role", {
        header: t("list.requestedRole"),
        cell: ({ getValue }) => <DealerRoleBadge role={getValue()} />,
      }),
      columnHelper.accessor("city", {
        header: t("list.location"),
        cell: ({ row }) =>
          [row.original.city, row.original.desired_region, row.original.country_code?.toUpperCase()]
            .filter(Boolean)
            .join(", ") || "-",
      }),
      columnHelper.accessor("tax_id", { header: t("list.taxId"), cell: ({ getValue }) => getValue() || "-" }),
      columnHelper.accessor("expected_monthly_volume", {
        header: t("list.volume"),
        cell: ({ row }) => formatMoney(row.original.expected_monthly_volume, row.original.currency_code),
      }),
      columnHelper.accessor("created_at", {
        header: t("list.submitted"),
        cell: ({ getValue }) => formatDate(getValue()),
      }),
      columnHelper.accessor("status", {
        header: t("list.status"),
        cell: ({ row }) => (
          <div className="flex flex-col gap-y-1">
            <ApplicationStatusBadge status={row.original.status} />
            {row.original.review_note && (
              <span className="text-ui-fg-subtle max-w-[200px] truncate" title={row.original.review_note}>
                {row.original.review_note}
              </span>
            )}
          </div>
        ),
      }),
      columnHelper.display({
        id: "actions",
        cell: ({ row }) =>
          row.original.status === "pending" ? (
            <div className="flex justify-end gap-x-2">
              <Button size="small" variant="transparent" onClick={() => setReading(row.original)}>
                {t("open")}
              </Button>
              <Button size="small" variant="secondary" onClick={() => setRejecting(row.original)}>
                {t("list.reject")}
              </Button>
              <Button size="small" onClick={() => setApproving(row.original)}>
                {t("list.approve")}
              </Button>
            </div>
          ) : row.original.dealer_id ? (
            <div className="flex justify-end">
              <Link
                to={`/dealer-network/dealers/${row.original.dealer_id}`}
                className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
              >
                {t("list.openDealer")}
              </Link>
            </div>
          ) : null,
      }),
    ],
    [t]
  )

  return (
    <ListPage
      heading={t("list.heading")}
      description={t("list.description")}
      filters={
        <div className="w-40">
          <Select
            size="small"
            value={status}
            onValueChange={(value) => setStatus(value as ApplicationStatus)}
          >
            <Select.Trigger aria-label={t("list.filterByStatus")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {STATUSES.map((s) => (
                <Select.Item key={s} value={s}>
                  {labels.applicationStatus[s]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      }
      columns={columns}
      rows={data?.applications}
      count={data?.count}
      isLoading={isLoading}
      error={error}
      getRowId={(row) => row.id}
      pagination={pages}
      emptyState={{
        empty: {
          heading: status === "pending" ? t("list.noPending") : t(`list.none.${status}`),
          description: status === "pending" ? t("list.noPendingHint") : undefined,
        },
      }}
    >
      <ApplicationDetailsDrawer
        application={reading}
        onClose={() => setReading(null)}
        onApprove={(application) => {
          setReading(null)
          setApproving(application)
        }}
        onReject={(application) => {
          setReading(null)
          setRejecting(application)
        }}
      />
      <ApproveApplicationDrawer application={approving} onClose={() => setApproving(null)} />
      <RejectApplicationPrompt application={rejecting} onClose={() => setRejecting(null)} />
    </ListPage>
  )
}

export const config = defineRouteConfig({
  label: "dealerNetwork.menu.applications",
  translationNs: "translation",
  rank: 2,
})

export const handle = {
  breadcrumb: () => adminText("applications.list.breadcrumb"),
}

export default withQueryClient(DealerApplicationsPage)
