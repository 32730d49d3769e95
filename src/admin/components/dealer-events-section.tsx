import { createDataTableColumnHelper, StatusBadge } from "@medusajs/ui"
import { useMemo } from "react"
import { Link, useNavigate } from "react-router-dom"
import { useDealerEventRegistrations } from "../hooks/use-dealer-events"
import { formatDateTime } from "../lib/dates"
import { useTexts } from "../hooks/use-texts"
import { REGISTRATION_STATUS_COLORS, useLabels } from "../lib/labels"
import { formatMoney, formatNumber } from "../lib/numbers"
import type { EventRegistration } from "../../types/engagement"
import { ListPage, usePagination } from "./list-page"

const columnHelper = createDataTableColumnHelper<EventRegistration>()

function useColumns() {
  const { t } = useTexts("events")
  const labels = useLabels()
  return useMemo(() => [
  columnHelper.accessor("event_id", {
    header: t("colEvent"),
    cell: ({ row }) => {
      const event = row.original.event
      return event ? (
        <div className="flex min-w-0 flex-col">
          <Link
            to={`/dealer-network/events/${event.id}`}
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover max-w-[240px] truncate font-medium"
            title={event.title}
            onClick={(e) => e.stopPropagation()}
          >
            {event.title}
          </Link>
          <span className="text-ui-fg-subtle">{labels.eventType[event.type]}</span>
        </div>
      ) : (
        "-"
      )
    },
  }),
  columnHelper.display({
    id: "date",
    header: t("colDate"),
    cell: ({ row }) => <span className="whitespace-nowrap">{formatDateTime(row.original.event?.starts_at)}</span>,
  }),
  columnHelper.accessor("seats", {
    header: t("colSeats"),
    cell: ({ getValue }) => <span className="tabular-nums">{formatNumber(getValue())}</span>,
  }),
  columnHelper.accessor("share_amount", {
    header: t("colPaid"),
    cell: ({ row }) => {
      const { share_amount, paid_event_credit, paid_money, refunded, event } = row.original
      const currency = event?.currency_code
      return (
        <div className="flex flex-col">
          <span className={`tabular-nums ${refunded ? "text-ui-fg-muted line-through" : ""}`}>{formatMoney(share_amount, currency)}</span>
          <span className="text-ui-fg-subtle">
            {refunded
              ? t("refunded")
              : Number(paid_money) > 0
                ? t("creditPlusMoney", { credit: formatMoney(paid_event_credit, currency), money: formatMoney(paid_money, currency) })
                : t("eventCredit")}
          </span>
        </div>
      )
    },
  }),
  columnHelper.accessor("attendance", {
    header: t("colAttendance"),
    cell: ({ row }) =>
      row.original.status === "cancelled" ? (
        <StatusBadge color={REGISTRATION_STATUS_COLORS.cancelled}>{labels.registrationStatus.cancelled}</StatusBadge>
      ) : row.original.attendance ? (
        <StatusBadge color={row.original.attendance === "attended" ? "green" : "orange"}>
          {labels.attendance[row.original.attendance]}
        </StatusBadge>
      ) : (
        <span className="text-ui-fg-subtle">{t("registered")}</span>
      ),
  }),
], [t, labels])
}

/** The dealer's event registrations, latest first: the event, its date, seats, what was paid and attendance. */
export const DealerEventsSection = ({ dealerId }: { dealerId: string }) => {
  const navigate = useNavigate()
  const { t } = useTexts("events")
  const columns = useColumns()
  const pages = usePagination(5)
  const { data, isLoading, error } = useDealerEventRegistrations(dealerId, pages.page)
  return (
    <ListPage
      heading={t("sectionHeading")}
      level="h2"
      description={t("sectionDescription")}
      columns={columns}
      rows={data?.registrations}
      count={data?.count}
      isLoading={isLoading}
      error={error}
      getRowId={(row) => row.id}
      onRowClick={(row) => navigate(`/dealer-network/events/${row.event_id}`)}
      pagination={pages}
      testId="dealer-events"
      emptyState={{ empty: { heading: t("noEventsSection"), description: t("noEventsSectionHint") } }}
    />
  )
}
