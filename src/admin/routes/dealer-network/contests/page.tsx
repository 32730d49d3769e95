import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, createDataTableColumnHelper, StatusBadge } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { ContestDrawer } from "../../../components/contest-drawer"
import { ALL, FilterSelect } from "../../../components/filter-select"
import { ListPage, usePagination } from "../../../components/list-page"
import { useContests } from "../../../hooks/use-dealer-contests"
import { formatDay } from "../../../lib/dates"
import { CONTEST_METRIC_LABELS, CONTEST_STATUS_COLORS, CONTEST_STATUS_LABELS } from "../../../lib/labels"
import { withQueryClient } from "../../../lib/query-client"
import { formatPrize } from "../../../lib/contest-text"
import { CONTEST_STATUSES, ContestStatus, DealerContest } from "../../../../types/engagement"

const columnHelper = createDataTableColumnHelper<DealerContest>()

/** The largest prize row: what the contest is played for. */
const topPrize = (contest: DealerContest) =>
  contest.prizes.length ? formatPrize(contest, Math.max(...contest.prizes.map((prize) => Number(prize.amount)))) : "-"

const audienceText = (contest: DealerContest) => {
  const audience = contest.audience ?? {}
  if (audience.parent_dealer_id) return "Sub-network of a distributor"
  if (audience.dealer_ids?.length) return `${audience.dealer_ids.length} named dealer(s)`
  if (audience.roles?.length || audience.tier_ids?.length || audience.territory_ids?.length) return "Filtered dealers"
  return "Every active dealer"
}

const columns = [
  columnHelper.accessor("title", {
    header: "Contest",
    cell: ({ row }) => (
      <Link
        to={`/dealer-network/contests/${row.original.id}`}
        className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-medium"
        onClick={(e) => e.stopPropagation()}
      >
        {row.original.title}
      </Link>
    ),
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => (
      <StatusBadge color={CONTEST_STATUS_COLORS[getValue()]} data-testid="contest-status">
        {CONTEST_STATUS_LABELS[getValue()]}
      </StatusBadge>
    ),
  }),
  columnHelper.accessor("starts_on", {
    header: "Days",
    cell: ({ row }) => `${formatDay(row.original.starts_on)} – ${formatDay(row.original.ends_on)}`,
  }),
  columnHelper.accessor("metric", { header: "Ranked by", cell: ({ getValue }) => CONTEST_METRIC_LABELS[getValue()] }),
  columnHelper.display({ id: "audience", header: "Who takes part", cell: ({ row }) => audienceText(row.original) }),
  columnHelper.display({
    id: "prize",
    header: "Top prize",
    cell: ({ row }) => <span className="tabular-nums">{topPrize(row.original)}</span>,
  }),
]

const DealerContestsPage = () => {
  const navigate = useNavigate()
  const [status, setStatus] = useState<ContestStatus | typeof ALL>(ALL)
  const pages = usePagination()
  const query = useMemo(
    () => ({ ...(status !== ALL ? { status } : {}), ...pages.page, order: "-starts_on" }),
    [status, pages.page]
  )
  const { data, isLoading, error } = useContests(query)

  return (
    <ListPage
      heading="Dealer contests"
      description="Sales contests among dealers, ranked live from the plan ledger; prizes are accrued in the reward ledger at close."
      actions={
        <ContestDrawer
          trigger={
            <Button size="small" variant="secondary" data-testid="create-contest">
              Create contest
            </Button>
          }
        />
      }
      filters={
        <FilterSelect<ContestStatus>
          label="Status"
          value={status}
          onChange={(value) => {
            setStatus(value)
            pages.resetPage()
          }}
          allLabel="All statuses"
          options={CONTEST_STATUSES}
          optionLabels={CONTEST_STATUS_LABELS}
          testId="contest-status-filter"
        />
      }
      columns={columns}
      rows={data?.contests}
      count={data?.count}
      isLoading={isLoading}
      error={error}
      getRowId={(row) => row.id}
      onRowClick={(row) => navigate(`/dealer-network/contests/${row.id}`)}
      pagination={pages}
      testId="contests-table"
      emptyState={{
        empty: {
          heading: status === ALL ? "No contests yet" : "No contests with this status",
          description: "Create a contest, publish it, and its participants see the leaderboard in the store.",
        },
      }}
    />
  )
}

export const config = defineRouteConfig({
  label: "dealerNetwork.menu.contests",
  translationNs: "translation",
  rank: 8,
})

export const handle = {
  breadcrumb: () => "Dealer contests",
}

export default withQueryClient(DealerContestsPage)
