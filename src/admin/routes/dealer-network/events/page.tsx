import { defineRouteConfig } from "@medusajs/admin-sdk"
import { createDataTableColumnHelper, StatusBadge, Tabs } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { getI18n } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { EventDrawer } from "../../../components/event-drawer"
import { ALL, FilterSelect } from "../../../components/filter-select"
import { ListPage, usePagination } from "../../../components/list-page"
import { SeatsBar } from "../../../components/event-seats"
import { useDealerEvents } from "../../../hooks/use-dealer-events"
import { formatSpan } from "../../../lib/dates"
import { useTexts } from "../../../hooks/use-texts"
import { EVENT_STATUS_COLORS, useLabels } from "../../../lib/labels"
import { formatMoney, formatPercent } from "../../../lib/numbers"
import { withQueryClient } from "../../../lib/query-client"
import { EVENT_STATUSES } from "../../../../types/engagement"
import type { DealerEvent, EventStatus } from "../../../../types/engagement"

type When = "upcoming" | "past" | typeof ALL

const columnHelper = createDataTableColumnHelper<DealerEvent>()

function useColumns() {
  const { t } = useTexts("events")
  const labels = useLabels()
  return useMemo(() => [
  columnHelper.accessor("title", {
    header: t("colEvent"),
    cell: ({ row }) => (
      <div className="flex min-w-0 flex-col">
        <span className="max-w-[280px] truncate font-medium" title={row.original.title}>
          {row.original.title}
        </span>
        <span className="text-ui-fg-subtle">{labels.eventType[row.original.type]}</span>
      </div>
    ),
  }),
  columnHelper.accessor("starts_at", {
    header: t("colWhen"),
    cell: ({ row }) => <span className="whitespace-nowrap">{formatSpan(row.original.starts_at, row.original.ends_at)}</span>,
  }),
  columnHelper.accessor("location", {
    header: t("colWhere"),
    cell: ({ row }) => (
      <span className="block max-w-[200px] truncate" title={row.original.location ?? row.original.link ?? undefined}>
        {row.original.location ?? (row.original.link ? t("online") : "-")}
      </span>
    ),
  }),
  columnHelper.accessor("seats_taken", {
    header: t("colSeats"),
    cell: ({ row }) => <SeatsBar taken={row.original.seats_taken} capacity={row.original.capacity} />,
  }),
  columnHelper.accessor("cost_per_seat", {
    header: t("colCostPerSeat"),
    cell: ({ row }) => (
      <div className="flex flex-col">
        <span className="tabular-nums">{formatMoney(row.original.cost_per_seat, row.original.currency_code)}</span>
        <span className="text-ui-fg-subtle">{t("dealerPays", { share: formatPercent(row.original.dealer_share_percent) })}</span>
      </div>
    ),
  }),
  columnHelper.accessor("status", {
    header: t("colStatus"),
    cell: ({ getValue }) => (
      <StatusBadge color={EVENT_STATUS_COLORS[getValue()]}>{labels.eventStatus[getValue()]}</StatusBadge>
    ),
  }),
], [t, labels])
}

const DealerEventsPage = () => {
  const navigate = useNavigate()
  const { t } = useTexts("events")
  const labels = useLabels()
  const columns = useColumns()
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
      heading={t("heading")}
      description={t("description")}
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
                {t("upcoming")}
              </Tabs.Trigger>
              <Tabs.Trigger value="past" data-testid="events-past">
                {t("past")}
              </Tabs.Trigger>
              <Tabs.Trigger value={ALL}>{t("all")}</Tabs.Trigger>
            </Tabs.List>
          </Tabs>
          <FilterSelect
            label={t("filterByStatus")}
            allLabel={t("allStatuses")}
            value={status}
            options={EVENT_STATUSES}
            optionLabels={labels.eventStatus}
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
          heading: when === "past" ? t("noPast") : when === "upcoming" ? t("noUpcoming") : t("noEvents"),
          description: t("emptyHint"),
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
  breadcrumb: () => getI18n().t("dealerNetwork.events.breadcrumb"),
}

export default withQueryClient(DealerEventsPage)
