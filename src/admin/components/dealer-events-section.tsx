import { createDataTableColumnHelper, StatusBadge } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { useDealerEventRegistrations } from "../hooks/use-dealer-events"
import { formatDateTime } from "../lib/dates"
import { ATTENDANCE_LABELS, EVENT_TYPE_LABELS, humanize, REGISTRATION_STATUS_COLORS } from "../lib/labels"
import { formatMoney, formatNumber } from "../lib/numbers"
import type { EventRegistration } from "../../types/engagement"
import { ListPage, usePagination } from "./list-page"

const columnHelper = createDataTableColumnHelper<EventRegistration>()

const columns = [
  columnHelper.accessor("event_id", {
    header: "Event",
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
          <span className="text-ui-fg-subtle">{EVENT_TYPE_LABELS[event.type]}</span>
        </div>
      ) : (
        "-"
      )
    },
  }),
  columnHelper.display({
    id: "date",
    header: "Date",
    cell: ({ row }) => <span className="whitespace-nowrap">{formatDateTime(row.original.event?.starts_at)}</span>,
  }),
  columnHelper.accessor("seats", {
    header: "Seats",
    cell: ({ getValue }) => <span className="tabular-nums">{formatNumber(getValue())}</span>,
  }),
  columnHelper.accessor("share_amount", {
    header: "Paid",
    cell: ({ row }) => {
      const { share_amount, paid_event_credit, paid_money, refunded, event } = row.original
      const currency = event?.currency_code
      return (
        <div className="flex flex-col">
          <span className={`tabular-nums ${refunded ? "text-ui-fg-muted line-through" : ""}`}>{formatMoney(share_amount, currency)}</span>
          <span className="text-ui-fg-subtle">
            {refunded
              ? "Refunded"
              : Number(paid_money) > 0
                ? `${formatMoney(paid_event_credit, currency)} credit + ${formatMoney(paid_money, currency)} money`
                : "Event credit"}
          </span>
        </div>
      )
    },
  }),
  columnHelper.accessor("attendance", {
    header: "Attendance",
    cell: ({ row }) =>
      row.original.status === "cancelled" ? (
        <StatusBadge color={REGISTRATION_STATUS_COLORS.cancelled}>{humanize("cancelled")}</StatusBadge>
      ) : row.original.attendance ? (
        <StatusBadge color={row.original.attendance === "attended" ? "green" : "orange"}>
          {ATTENDANCE_LABELS[row.original.attendance]}
        </StatusBadge>
      ) : (
        <span className="text-ui-fg-subtle">Registered</span>
      ),
  }),
]

/** The dealer's event registrations, latest first: the event, its date, seats, what was paid and attendance. */
export const DealerEventsSection = ({ dealerId }: { dealerId: string }) => {
  const navigate = useNavigate()
  const pages = usePagination(5)
  const { data, isLoading, error } = useDealerEventRegistrations(dealerId, pages.page)
  return (
    <ListPage
      heading="Events"
      level="h2"
      description="The events the dealer registered for, and what it paid from its wallet"
      columns={columns}
      rows={data?.registrations}
      count={data?.count}
      isLoading={isLoading}
      error={error}
      getRowId={(row) => row.id}
      onRowClick={(row) => navigate(`/dealer-network/events/${row.event_id}`)}
      pagination={pages}
      testId="dealer-events"
      emptyState={{ empty: { heading: "No events", description: "The dealer has not registered for an event." } }}
    />
  )
}
