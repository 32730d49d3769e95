import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, createDataTableColumnHelper, Heading, Select, Table, Text, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { getI18n } from "react-i18next"
import { Link } from "react-router-dom"
import { DealerRoleBadge } from "../../../components/dealer-badges"
import { DealerCell } from "../../../components/dealer-cell"
import { ALL } from "../../../components/filter-select"
import { ListPage, usePagination } from "../../../components/list-page"
import { RatingBreakdownChart, RatingBreakdownTable } from "../../../components/rating-breakdown"
import { RatingPeriodPicker } from "../../../components/rating-period-picker"
import { RatingWeightsDrawer } from "../../../components/rating-weights-drawer"
import { useDealers } from "../../../hooks/use-dealers"
import {
  useRatingAwards,
  useRatingLeaderboard,
  useRatingWeights,
  useRecordRatingAward,
  useTerritoryOptions,
} from "../../../hooks/use-dealer-rating"
import { currentMonth, formatDate, formatPeriod, shiftMonth } from "../../../lib/dates"
import { errorMessage, refusalText } from "../../../lib/errors"
import { useTexts } from "../../../hooks/use-texts"
import { useLabels } from "../../../lib/labels"
import { formatNumber, formatScore } from "../../../lib/numbers"
import { withQueryClient } from "../../../lib/query-client"
import type { DealerRatingEntry } from "../../../../types/engagement"
import type { DealerRole } from "../../../../types/dealer-network"

const columnHelper = createDataTableColumnHelper<DealerRatingEntry>()

function useColumns() {
  const { t } = useTexts("rating")
  const labels = useLabels()
  return useMemo(() => [
  columnHelper.accessor("rank", {
    header: "#",
    cell: ({ row }) => (
      <span className="tabular-nums font-medium" data-testid="rating-rank">
        {row.original.rank}
      </span>
    ),
  }),
  columnHelper.accessor("dealer.code", {
    header: t("colDealer"),
    cell: ({ row }) => <DealerCell dealer={row.original.dealer} />,
  }),
  columnHelper.accessor("dealer.role", {
    header: t("colRole"),
    cell: ({ row }) => (row.original.dealer.role ? <DealerRoleBadge role={row.original.dealer.role as DealerRole} /> : "-"),
  }),
  columnHelper.accessor("score", {
    header: t("colScore"),
    cell: ({ row }) => (
      <div className="flex w-44 items-center gap-x-2">
        <div className="bg-ui-bg-component h-1.5 flex-1 overflow-hidden rounded-full border">
          <div className="bg-ui-fg-interactive h-full rounded-full" style={{ width: `${Math.min(100, Number(row.original.score))}%` }} />
        </div>
        <span className="w-12 text-right tabular-nums font-medium" data-testid="rating-score">
          {formatScore(row.original.score)}
        </span>
      </div>
    ),
  }),
  columnHelper.display({
    id: "strongest",
    header: t("colStrongest"),
    cell: ({ row }) => {
      const best = [...row.original.components].sort((a, b) => Number(b.points) - Number(a.points))[0]
      return best && Number(best.points) > 0 ? (
        <span className="text-ui-fg-subtle">{labels.ratingComponent[best.component]}</span>
      ) : (
        <span className="text-ui-fg-muted">-</span>
      )
    },
  }),
  columnHelper.accessor("network_rank", {
    header: t("colInNetwork"),
    cell: ({ row }) => <span className="tabular-nums text-ui-fg-subtle">{formatNumber(row.original.network_rank)}</span>,
  }),
], [t, labels])
}

/** A filter select whose options load from the API. */
const OptionSelect = ({
  label,
  allLabel,
  value,
  options,
  onChange,
  testId,
}: {
  label: string
  allLabel: string
  value: string
  options: { id: string; code: string; name: string }[]
  onChange: (value: string) => void
  testId: string
}) => (
  <div className="w-64">
    <Select size="small" value={value} onValueChange={onChange}>
      <Select.Trigger aria-label={label} data-testid={testId}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>{allLabel}</Select.Item>
        {options.map((option) => (
          <Select.Item key={option.id} value={option.id}>
            {option.code} · {option.name}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </div>
)

const DealerRatingPage = () => {
  const { t } = useTexts("rating")
  const columns = useColumns()
  const [period, setPeriod] = useState(() => shiftMonth(currentMonth(), -1))
  const [territory, setTerritory] = useState(ALL)
  const [distributor, setDistributor] = useState(ALL)
  const [selected, setSelected] = useState<string | null>(null)
  const pages = usePagination()
  const query = useMemo(
    () => ({
      period,
      territory_id: territory === ALL ? undefined : territory,
      distributor_id: distributor === ALL ? undefined : distributor,
      ...pages.page,
    }),
    [period, territory, distributor, pages.page]
  )
  const { data, isLoading, error } = useRatingLeaderboard(query)
  const weights = useRatingWeights()
  const territories = useTerritoryOptions()
  const distributors = useDealers({ role: "distributor", limit: 100, order: "code", fields: "id,code,name" })
  const shown = data?.dealers.find((d) => d.dealer.id === selected) ?? data?.dealers[0]
  const filtered = territory !== ALL || distributor !== ALL

  const resetTo = (apply: () => void) => {
    apply()
    setSelected(null)
    pages.resetPage()
  }

  return (
    <div className="flex w-full flex-col gap-y-3">
      <ListPage
        heading={t("heading")}
        description={
          <>
            {t("description", { period: formatPeriod(period) })}
            {data && t("ratedCount", { total: formatNumber(data.network_count) })}
            {filtered && data && t("selectionCount", { total: formatNumber(data.count) })}
          </>
        }
        descriptionTestId="rating-subtitle"
        actions={<RatingWeightsDrawer current={weights.data} />}
        filtersBelow
        filters={
          <>
            <RatingPeriodPicker value={period} onChange={(next) => resetTo(() => setPeriod(next))} />
            <OptionSelect
              label={t("filterByTerritory")}
              allLabel={t("allTerritories")}
              value={territory}
              options={territories.data?.territories ?? []}
              onChange={(next) => resetTo(() => setTerritory(next))}
              testId="rating-territory-filter"
            />
            <OptionSelect
              label={t("filterByDistributor")}
              allLabel={t("wholeNetwork")}
              value={distributor}
              options={distributors.data?.dealers ?? []}
              onChange={(next) => resetTo(() => setDistributor(next))}
              testId="rating-distributor-filter"
            />
          </>
        }
        columns={columns}
        rows={data?.dealers}
        count={data?.count}
        isLoading={isLoading}
        error={error}
        getRowId={(row) => row.dealer.id}
        onRowClick={(row) => setSelected(row.dealer.id)}
        pagination={pages}
        testId="rating-leaderboard"
        emptyState={{
          empty: {
            heading: filtered ? t("noRatedInSelection") : t("noActiveDealers"),
            description: filtered ? t("pickAnother") : t("ratedOnceActive"),
          },
        }}
      />
      <div className="flex w-full flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <Container className="divide-y p-0 xl:flex-1" data-testid="rating-breakdown">
          <div className="flex items-center justify-between gap-x-2 px-6 py-4">
            <div className="flex flex-col">
              <Heading level="h2">{shown ? `${shown.dealer.code} · ${shown.dealer.name}` : t("breakdown")}</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                {shown ? t("rankOf", { rank: shown.network_rank, total: data?.network_count }) : t("pickDealer")}
              </Text>
            </div>
            {shown && (
              <Text size="xlarge" weight="plus" className="tabular-nums" data-testid="rating-breakdown-score">
                {formatScore(shown.score)}
              </Text>
            )}
          </div>
          {shown && (
            <>
              <div className="px-6 py-4">
                <RatingBreakdownChart entry={shown} />
              </div>
              <RatingBreakdownTable entry={shown} />
            </>
          )}
        </Container>
        <DealerOfPeriod period={period} leader={data && !filtered ? data.dealers[0] : undefined} />
      </div>
    </div>
  )
}

/** The dealer of the shown period (or a button to record it) and the ones recorded before. */
const DealerOfPeriod = ({ period, leader }: { period: string; leader: DealerRatingEntry | undefined }) => {
  const { data, isLoading, error } = useRatingAwards({ limit: 12, offset: 0 })
  const record = useRecordRatingAward()
  const award = data?.awards.find((a) => a.period_key === period)
  const { t } = useTexts("rating")

  const onRecord = async () => {
    try {
      const result = await record.mutateAsync(period)
      toast.success(
        result.created
          ? t("dealerOfPeriodToast", { dealer: result.award.dealer?.code, period: formatPeriod(period) })
          : t("recordedAlready", { period: formatPeriod(period) })
      )
    } catch (err) {
      toast.error(refusalText(err))
    }
  }

  return (
    <Container className="divide-y p-0 xl:max-w-[440px] xl:flex-1" data-testid="dealer-of-period">
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <div className="flex items-center justify-between gap-x-2">
          <Heading level="h2">{t("dealerOf", { period: formatPeriod(period) })}</Heading>
          {!award && !isLoading && (
            <Button size="small" variant="secondary" onClick={onRecord} isLoading={record.isPending} data-testid="record-dealer-of-period">
              {t("record")}
            </Button>
          )}
        </div>
        {award ? (
          <div className="flex items-center justify-between gap-x-2" data-testid="dealer-of-period-award">
            <div className="flex min-w-0 flex-col">
              <Link to={`/dealer-network/dealers/${award.dealer_id}`} className="text-ui-fg-interactive font-medium">
                {award.dealer?.code} · {award.dealer?.name}
              </Link>
              <Text size="xsmall" className="text-ui-fg-muted">
                {t("recordedOn", { date: formatDate(award.created_at) })}
                {award.recorded_by === "job" ? t("byDailyJob") : ""}
                {t("scoreKept")}
              </Text>
            </div>
            <Badge color="green" size="small" className="tabular-nums">
              {formatScore(award.score)}
            </Badge>
          </div>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            {leader && Number(leader.score) > 0
              ? t("leaderNow", { dealer: leader.dealer.code, score: formatScore(leader.score) })
              : t("notRecorded")}
          </Text>
        )}
        {error && (
          <Text size="small" className="text-ui-fg-error">
            {errorMessage(error)}
          </Text>
        )}
      </div>
      <div className="flex flex-col">
        <Text size="small" weight="plus" className="px-6 pt-4">
          {t("history")}
        </Text>
        {data && !data.awards.length ? (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            {t("noHistory")}
          </Text>
        ) : (
          <Table data-testid="dealer-of-period-history">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("colPeriod")}</Table.HeaderCell>
                <Table.HeaderCell>{t("colDealer")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("colScore")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data?.awards.map((a) => (
                <Table.Row key={a.id}>
                  <Table.Cell>{formatPeriod(a.period_key)}</Table.Cell>
                  <Table.Cell>
                    <Link to={`/dealer-network/dealers/${a.dealer_id}`} className="text-ui-fg-interactive">
                      {a.dealer?.code}
                    </Link>{" "}
                    <span className="text-ui-fg-subtle">{a.dealer?.name}</span>
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatScore(a.score)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "dealerNetwork.menu.rating",
  translationNs: "translation",
  rank: 9,
})

export const handle = {
  breadcrumb: () => getI18n().t("dealerNetwork.rating.breadcrumb"),
}

export default withQueryClient(DealerRatingPage)
