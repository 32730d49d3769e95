import { defineRouteConfig } from "@medusajs/admin-sdk"
import { createDataTableColumnHelper, StatusBadge, Tabs } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import { EventDrawer } from "../../../components/event-drawer"
import { ALL, FilterSelect } from "../../../components/filter-select"
import { ListPage, usePagination } from "../../../components/list-page"
import { SeatsBar } from "../../../components/event-seats"
import { useDealerEvents } from "../../../hooks/use-dealer-events"
import { formatSpan } from "../../../lib/dates"
import { EVENT_STATUS_COLORS, EVENT_STATUS_LABELS, EVENT_TYPE_LABELS } from "../../../lib/labels"
import { formatMoney, formatPercent } from "../../../lib/numbers"
import { withQueryClient } from "../../../lib/query-client"
import { EVENT_STATUSES } from "../../../../types/engagement"
import type { DealerEvent, EventStatus } from "../../../../types/engagement"

type When = "upcoming" | "past" | typeof ALL

const columnHelper = createDataTableColumnHelper<DealerEvent>()

const columns = [
  columnHelper.accessor("title", {
    header: "Event",
    cell: ({ row }) => (
      <div className="flex min-w-0 flex-col">
        <span className="max-w-[280px] truncate font-medium" title={row.original.title}>
          {row.original.title}
        </span>
        <span className="text-ui-fg-subtle">{EVENT_TYPE_LABELS[row.original.type]}</span>
      </div>
    ),
  }),
  columnHelper.accessor("starts_at", {
    header: "When",
    cell: ({ row }) => <span className="whitespace-nowrap">{formatSpan(row.original.starts_at, row.original.ends_at)}</span>,
  }),
  columnHelper.accessor("location", {
    header: "Where",
    cell: ({ row }) => (
      <span className="block max-w-[200px] truncate" title={row.original.location ?? row.original.link ?? undefined}>
        {row.original.location ?? (row.original.link ? "Online" : "-")}
      </span>
    ),
  }),
  columnHelper.accessor("seats_taken", {
    header: "Seats",
    cell: ({ row }) => <SeatsBar taken={row.original.seats_taken} capacity={row.original.capacity} />,
  }),
  columnHelper.accessor("cost_per_seat", {
    header: "Cost per seat",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <span className="tabular-nums">{formatMoney(row.original.cost_per_seat, row.original.currency_code)}</span>
        <span className="text-ui-fg-subtle">dealer pays {formatPercent(row.original.dealer_share_percent)}</span>
      </div>
    ),
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => (
      <StatusBadge color={EVENT_STATUS_COLORS[getValue()]}>{EVENT_STATUS_LABELS[getValue()]}</StatusBadge>
    ),
  }),
]

const DealerEventsPage = () => {
  const navigate = useNavigate()
  const [when, setWhen] = useState<When>("upcoming")
  const [status, setStatus] = useState<EventStatus | typeof ALL>(ALL)
  const pages = usePagination()

  const query = useMemo(
    () => ({
      ...(when === ALL ? {} : { when }),
      status: status === ALL ? undefined : status,
      // Upcoming: the next one first; past and all: the latest first.
      order: when === "upcoming" ? "starts_at" : "-starts_at",
      ...pages.page,
    }),
    [when, status, pages.page]
  )
  const { data, isLoading, error } = useDealerEvents(query)

  return (
    <ListPage
      heading="Dealer events"
      description="Trainings, webinars, conferences and launches for the dealers, and the seats they took"
      actions={<EventDrawer />}
      filtersBelow
      filters={
        <>
          <Tabs
            value={when}
            onValueChange={(value) => {
              setWhen(value as When)
              pages.resetPage()
            }}
          >
            <Tabs.List>
              <Tabs.Trigger value="upcoming" data-testid="events-upcoming">
                Upcoming
              </Tabs.Trigger>
              <Tabs.Trigger value="past" data-testid="events-past">
                Past
              </Tabs.Trigger>
              <Tabs.Trigger value={ALL}>All</Tabs.Trigger>
            </Tabs.List>
          </Tabs>
          <FilterSelect
            label="Filter by status"
            allLabel="All statuses"
            value={status}
            options={EVENT_STATUSES}
            optionLabels={EVENT_STATUS_LABELS}
            onChange={(value) => {
              setStatus(value)
              pages.resetPage()
            }}
            testId="event-status-filter"
          />
        </>
      }
      columns={columns}
      rows={data?.events}
      count={data?.count}
      isLoading={isLoading}
      error={error}
      getRowId={(row) => row.id}
      onRowClick={(row) => navigate(`/dealer-network/events/${row.id}`)}
      pagination={pages}
      testId="dealer-events-list"
      emptyState={{
        empty: {
          heading: when === "past" ? "No past events" : when === "upcoming" ? "No upcoming events" : "No events yet",
          description: "Create an event, publish it, and the dealers of its audience can register.",
        },
      }}
    />
  )
}

export const config = defineRouteConfig({
  label: "dealerNetwork.menu.events",
  translationNs: "translation",
  rank: 6,
})

export const handle = {
  breadcrumb: () => "Dealer events",
}

export default withQueryClient(DealerEventsPage)
