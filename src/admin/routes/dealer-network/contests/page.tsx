import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, createDataTableColumnHelper, StatusBadge } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { getI18n } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { ContestDrawer } from "../../../components/contest-drawer"
import { ALL, FilterSelect } from "../../../components/filter-select"
import { ListPage, usePagination } from "../../../components/list-page"
import { useContests } from "../../../hooks/use-dealer-contests"
import { formatDay } from "../../../lib/dates"
import { useTexts } from "../../../hooks/use-texts"
import { CONTEST_STATUS_COLORS, useLabels } from "../../../lib/labels"
import { withQueryClient } from "../../../lib/query-client"
import { formatPrize } from "../../../lib/contest-text"
import { CONTEST_STATUSES, ContestStatus, DealerContest } from "../../../../types/engagement"

const columnHelper = createDataTableColumnHelper<DealerContest>()

type T = ReturnType<typeof useTexts>["t"]

/** The largest prize row: what the contest is played for. */
const topPrize = (contest: DealerContest, t: T) =>
  contest.prizes.length ? formatPrize(contest, Math.max(...contest.prizes.map((prize) => Number(prize.amount))), t) : "-"

const audienceText = (contest: DealerContest, t: T) => {
  const audience = contest.audience ?? {}
  if (audience.parent_dealer_id) return t("subNetworkOfDistributor")
  if (audience.dealer_ids?.length) return t("namedDealersCount", { count: audience.dealer_ids.length })
  if (audience.roles?.length || audience.tier_ids?.length || audience.territory_ids?.length) return t("filteredDealers")
  return t("everyActiveDealer")
}

function useColumns() {
  const { t } = useTexts("contests")
  const labels = useLabels()
  return useMemo(() => [
  columnHelper.accessor("title", {
    header: t("colContest"),
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
    header: t("colStatus"),
    cell: ({ getValue }) => (
      <StatusBadge color={CONTEST_STATUS_COLORS[getValue()]} data-testid="contest-status">
        {labels.contestStatus[getValue()]}
      </StatusBadge>
    ),
  }),
  columnHelper.accessor("starts_on", {
    header: t("colDays"),
    cell: ({ row }) => `${formatDay(row.original.starts_on)} – ${formatDay(row.original.ends_on)}`,
  }),
  columnHelper.accessor("metric", { header: t("colRankedBy"), cell: ({ getValue }) => labels.contestMetric[getValue()] }),
  columnHelper.display({ id: "audience", header: t("colWhoTakesPart"), cell: ({ row }) => audienceText(row.original, t) }),
  columnHelper.display({
    id: "prize",
    header: t("colTopPrize"),
    cell: ({ row }) => <span className="tabular-nums">{topPrize(row.original, t)}</span>,
  }),
], [t, labels])
}

const DealerContestsPage = () => {
  const navigate = useNavigate()
  const { t } = useTexts("contests")
  const labels = useLabels()
  const columns = useColumns()
  const [status, setStatus] = useState<ContestStatus | typeof ALL>(ALL)
  const pages = usePagination()
  const query = useMemo(
    () => ({ ...(status !== ALL ? { status } : {}), ...pages.page, order: "-starts_on" }),
    [status, pages.page]
  )
  const { data, isLoading, error } = useContests(query)

  return (
    <ListPage
      heading={t("heading")}
      description={t("description")}
      actions={
        <ContestDrawer
          trigger={
            <Button size="small" variant="secondary" data-testid="create-contest">
              {t("createContest")}
            </Button>
          }
        />
      }
      filters={
        <FilterSelect<ContestStatus>
          label={t("status")}
          value={status}
          onChange={(value) => {
            setStatus(value)
            pages.resetPage()
          }}
          allLabel={t("allStatuses")}
          options={CONTEST_STATUSES}
          optionLabels={labels.contestStatus}
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
          heading: status === ALL ? t("noContests") : t("noContestsWithStatus"),
          description: t("emptyHint"),
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
  breadcrumb: () => getI18n().t("dealerNetwork.contests.breadcrumb"),
}

export default withQueryClient(DealerContestsPage)
