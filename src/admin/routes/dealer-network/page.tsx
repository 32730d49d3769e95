import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Alert, Badge, Container, Heading, Select, Skeleton, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { AttainmentBar } from "../../components/attainment-bar"
import { EmptyChart, MonthCurveChart } from "../../components/overview/month-curve-chart"
import { SubNetworkChart } from "../../components/overview/sub-network-chart"
import { TerritoryChart } from "../../components/overview/territory-chart"
import { QueueBadges } from "../../components/queue-badges"
import { MonthPicker } from "../../components/month-picker"
import { Stat } from "../../components/stat"
import { useNetworkOverview } from "../../hooks/use-dealer-overview"
import { useTexts } from "../../hooks/use-texts"
import { currentMonth, formatDay, formatMonth } from "../../lib/dates"
import { errorMessage } from "../../lib/errors"
import { useLabels } from "../../lib/labels"
import { adminText } from "../../lib/locale"
import { countOf, formatMoney, formatNumber, formatPercent, signClass } from "../../lib/numbers"
import { withQueryClient } from "../../lib/query-client"
import type { Translate } from "../../lib/reward-text"
import type { RewardKind } from "../../../types/rewards"
import type { NetworkOverviewResponse } from "../../../types/sales-plan"

const LINK = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"

/** Plan, actual, expected and deviation of the network in one currency. */
const NetworkFigures = ({ overview, currency }: { overview: NetworkOverviewResponse; currency: string }) => {
  const { t } = useTexts("overview")
  const totals = overview.totals.find((row) => row.currency_code === currency)
  if (!totals) return null
  const expectedPercent = overview.working_days_total ? (overview.working_days_elapsed / overview.working_days_total) * 100 : null
  return (
    <div className="flex flex-col gap-y-4 px-6 py-4">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5" data-testid="overview-totals">
        <Stat label={t("plan")} testId="overview-plan" hint={t("withPlan", { dealers: countOf(totals.planned_dealers, "dealer") })}>
          {formatMoney(totals.target_amount, currency)}
        </Stat>
        <Stat label={t("actual")} testId="overview-actual" hint={t("ofPlan", { percent: formatPercent(totals.attainment_percent) })}>
          {formatMoney(totals.actual_amount, currency)}
        </Stat>
        <Stat
          label={t("expected")}
          testId="overview-expected"
          hint={t("workingDays", { elapsed: overview.working_days_elapsed, total: overview.working_days_total })}
        >
          {formatMoney(totals.expected_amount, currency)}
        </Stat>
        <Stat label={t("deviation")} testId="overview-deviation" className={signClass(totals.deviation)}>
          {formatMoney(totals.deviation, currency, { signed: true })}
        </Stat>
        <Stat label={t("dealersBehind")} testId="overview-behind-count" hint={t("ofWithPlan", { total: formatNumber(totals.planned_dealers) })}>
          {formatNumber(totals.behind_dealers)}
        </Stat>
      </div>
      <AttainmentBar
        percent={totals.attainment_percent}
        expectedPercent={expectedPercent}
        behind={Number(totals.deviation) < 0}
      />
    </div>
  )
}

/** What waits for the admin, each linking to where it is handled. */
const Queues = ({ overview, t, kinds }: { overview: NetworkOverviewResponse; t: Translate; kinds: Record<RewardKind, string> }) => (
  <Container className="divide-y p-0" data-testid="overview-queues">
    <div className="px-6 py-4">
      <Heading level="h2">{t("queues.title")}</Heading>
    </div>
    <div className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-2 xl:grid-cols-4">
      <Stat
        label={t("queues.openAlerts")}
        testId="overview-open-alerts"
        hint={
          <Link to="/dealer-network/alerts" className={LINK}>
            {t("queues.openAlertsLink")}
          </Link>
        }
      >
        {formatNumber(overview.open_alerts)}
      </Stat>
      <Stat
        label={t("queues.openConflicts")}
        testId="overview-open-conflicts"
        hint={
          <Link to="/dealer-network/conflicts" className={LINK}>
            {t("queues.openConflictsLink")}
          </Link>
        }
      >
        {formatNumber(overview.open_conflicts)}
      </Stat>
      <Stat
        label={t("queues.accruals")}
        testId="overview-pending-accruals"
        hint={
          <Link to="/dealer-network/rewards?status=pending" className={LINK}>
            {t("queues.accrualsLink")}
          </Link>
        }
      >
        {overview.pending_accruals.length
          ? overview.pending_accruals
              .map((row) =>
                row.kind === "money"
                  ? formatMoney(row.amount, row.currency_code)
                  : `${formatNumber(row.amount)} ${kinds[row.kind].toLowerCase()}`
              )
              .join(" · ")
          : t("queues.none")}
      </Stat>
      <Stat
        label={t("queues.overdue")}
        testId="overview-overdue"
        hint={
          <Link to="/dealer-network/receivables?overdue_only=true" className={LINK} data-testid="overview-overdue-link">
            {overview.overdue_receivables.length
              ? countOf(overview.overdue_receivables.reduce((n, row) => n + row.dealers, 0), "dealer")
              : t("queues.receivables")}
          </Link>
        }
      >
        {overview.overdue_receivables.length
          ? overview.overdue_receivables.map((row) => formatMoney(row.overdue, row.currency_code)).join(" · ")
          : t("queues.none")}
      </Stat>
    </div>
  </Container>
)

/** The dealers furthest behind their expected-to-date, with where their run-rate takes them. */
const FurthestBehind = ({ overview }: { overview: NetworkOverviewResponse }) => {
  const { t } = useTexts("overview")
  return (
    <Container className="divide-y p-0" data-testid="overview-behind">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("behind.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("behind.description", { day: formatDay(overview.as_of) })}
          </Text>
        </div>
        <Link to="/dealer-network/progress" className={`txt-compact-small ${LINK}`}>
          {t("behind.all")}
        </Link>
      </div>
      {overview.behind.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("behind.dealer")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("behind.actual")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("behind.expected")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("behind.deviation")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("behind.projection")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {overview.behind.map((row) => (
              <Table.Row key={row.dealer?.id ?? row.deviation}>
                <Table.Cell>
                  {row.dealer ? (
                    <Link to={`/dealer-network/dealers/${row.dealer.id}`} className={`font-medium ${LINK}`}>
                      {row.dealer.code}
                    </Link>
                  ) : (
                    "-"
                  )}
                  <span className="text-ui-fg-subtle ml-2">{row.dealer?.name}</span>
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatMoney(row.actual_amount, row.currency_code)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatMoney(row.expected_amount, row.currency_code)}</Table.Cell>
                <Table.Cell className={`text-right tabular-nums ${signClass(row.deviation)}`}>
                  {formatMoney(row.deviation, row.currency_code, { signed: true })} ({formatPercent(row.deviation_percent, { signed: true })})
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">
                  {formatMoney(row.projected, row.currency_code)}
                  <span className={`ml-2 ${signClass(row.projected_gap)}`}>
                    {formatMoney(row.projected_gap, row.currency_code, { signed: true })}
                  </span>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {t("behind.nobody")}
          </Text>
        </div>
      )}
    </Container>
  )
}

const OverviewPage = () => {
  const { t } = useTexts("overview")
  const labels = useLabels()
  const [period, setPeriod] = useState(currentMonth())
  const { data: overview, isLoading, error } = useNetworkOverview(period)
  const [chosenCurrency, setCurrency] = useState<string | null>(null)
  const currencies = overview?.totals.map((row) => row.currency_code) ?? []
  const currency = chosenCurrency && currencies.includes(chosenCurrency) ? chosenCurrency : currencies[0]
  const curve = overview?.curves.find((row) => row.currency_code === currency)
  const subNetworks = overview?.sub_networks.filter((row) => row.currency_code === currency) ?? []
  const territories = overview?.territories.filter((row) => row.currency_code === currency) ?? []
  const { t: charts } = useTexts("charts")

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
          <div>
            <Heading>{t("title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {overview
                ? t("subtitleAsOf", { month: formatMonth(period), day: formatDay(overview.as_of) })
                : t("subtitle", { month: formatMonth(period) })}
            </Text>
          </div>
          <div className="flex flex-wrap items-center gap-x-2 gap-y-2">
            {overview && <QueueBadges openAlerts={overview.open_alerts} openConflicts={overview.open_conflicts} />}
            {currencies.length > 1 && (
              <Select size="small" value={currency} onValueChange={setCurrency}>
                <Select.Trigger aria-label={t("currency")} className="w-24">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {currencies.map((code) => (
                    <Select.Item key={code} value={code}>
                      {code.toUpperCase()}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            )}
            <MonthPicker id="overview-period" value={period} onChange={setPeriod} />
          </div>
        </div>
        {error ? (
          <div className="px-6 py-4">
            <Alert variant="error">{errorMessage(error)}</Alert>
          </div>
        ) : isLoading || !overview ? (
          <div className="px-6 py-4">
            <Skeleton className="h-20 w-full" />
          </div>
        ) : currency ? (
          <NetworkFigures overview={overview} currency={currency} />
        ) : (
          <EmptyChart>{t("empty", { month: formatMonth(period) })}</EmptyChart>
        )}
      </Container>

      {overview && currency && (
        <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
          <Container className="divide-y p-0">
            <div className="px-6 py-4">
              <Heading level="h2">{t("curve.title")}</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                {t("curve.description")}
              </Text>
            </div>
            <div className="px-2 py-4">{curve && <MonthCurveChart points={curve.points} currency={currency} />}</div>
          </Container>
          <Container className="divide-y p-0">
            <div className="flex items-center justify-between px-6 py-4">
              <div>
                <Heading level="h2">{t("subNetworks.title")}</Heading>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("subNetworks.description")}
                </Text>
              </div>
              <Badge size="2xsmall" className="whitespace-nowrap">
                {countOf(subNetworks.length, "subNetwork")}
              </Badge>
            </div>
            <div className="px-2 py-4">
              <SubNetworkChart rows={subNetworks} currency={currency} />
            </div>
          </Container>
        </div>
      )}

      {overview && currency && (
        <Container className="divide-y p-0">
          <div className="flex items-center justify-between px-6 py-4">
            <div>
              <Heading level="h2">{charts("territories.title")}</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                {charts("territories.description")}
              </Text>
            </div>
            <Badge size="2xsmall" className="whitespace-nowrap">
              {charts("territories.count", { count: territories.length })}
            </Badge>
          </div>
          <div className="px-2 py-4">
            <TerritoryChart rows={territories} currency={currency} />
          </div>
        </Container>
      )}

      {overview && currency && <FurthestBehind overview={overview} />}
      {overview && <Queues overview={overview} t={t} kinds={labels.rewardKind} />}
    </div>
  )
}

export default withQueryClient(OverviewPage)

export const config = defineRouteConfig({
  label: "dealerNetwork.menu.overview",
  translationNs: "translation",
  icon: Buildings,
})

export const handle = {
  breadcrumb: () => adminText("overview.title"),
}
