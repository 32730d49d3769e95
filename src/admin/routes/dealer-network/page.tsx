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
import { REWARD_KIND_LABELS } from "../../lib/labels"
import { countOf, formatMoney, formatNumber, formatPercent, signClass } from "../../lib/numbers"
import { withQueryClient } from "../../lib/query-client"
import type { NetworkOverviewResponse } from "../../../types/sales-plan"

const LINK = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"

/** Plan, actual, expected and deviation of the network in one currency. */
const NetworkFigures = ({ overview, currency }: { overview: NetworkOverviewResponse; currency: string }) => {
  const totals = overview.totals.find((row) => row.currency_code === currency)
  if (!totals) return null
  const expectedPercent = overview.working_days_total ? (overview.working_days_elapsed / overview.working_days_total) * 100 : null
  return (
    <div className="flex flex-col gap-y-4 px-6 py-4">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5" data-testid="overview-totals">
        <Stat label="Plan" testId="overview-plan" hint={countOf(totals.planned_dealers, "dealer") + " with a plan"}>
          {formatMoney(totals.target_amount, currency)}
        </Stat>
        <Stat label="Actual" testId="overview-actual" hint={`${formatPercent(totals.attainment_percent)} of plan`}>
          {formatMoney(totals.actual_amount, currency)}
        </Stat>
        <Stat
          label="Expected to date"
          testId="overview-expected"
          hint={`${overview.working_days_elapsed} of ${overview.working_days_total} working days`}
        >
          {formatMoney(totals.expected_amount, currency)}
        </Stat>
        <Stat label="Deviation" testId="overview-deviation" className={signClass(totals.deviation)}>
          {formatMoney(totals.deviation, currency, { signed: true })}
        </Stat>
        <Stat label="Dealers behind" testId="overview-behind-count" hint={`of ${formatNumber(totals.planned_dealers)} with a plan`}>
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
const Queues = ({ overview }: { overview: NetworkOverviewResponse }) => (
  <Container className="divide-y p-0" data-testid="overview-queues">
    <div className="px-6 py-4">
      <Heading level="h2">Waiting for you</Heading>
    </div>
    <div className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-2 xl:grid-cols-4">
      <Stat
        label="Open deviation alerts"
        testId="overview-open-alerts"
        hint={
          <Link to="/dealer-network/alerts" className={LINK}>
            Dealers falling behind their plan
          </Link>
        }
      >
        {formatNumber(overview.open_alerts)}
      </Stat>
      <Stat
        label="Open conflict cases"
        testId="overview-open-conflicts"
        hint={
          <Link to="/dealer-network/conflicts" className={LINK}>
            Orders waiting for a channel decision
          </Link>
        }
      >
        {formatNumber(overview.open_conflicts)}
      </Stat>
      <Stat
        label="Accruals to approve"
        testId="overview-pending-accruals"
        hint={
          <Link to="/dealer-network/rewards?status=pending" className={LINK}>
            Review accruals
          </Link>
        }
      >
        {overview.pending_accruals.length
          ? overview.pending_accruals
              .map((row) =>
                row.kind === "money"
                  ? formatMoney(row.amount, row.currency_code)
                  : `${formatNumber(row.amount)} ${REWARD_KIND_LABELS[row.kind].toLowerCase()}`
              )
              .join(" · ")
          : "None"}
      </Stat>
      <Stat
        label="Overdue receivables"
        testId="overview-overdue"
        hint={
          <Link to="/dealer-network/receivables?overdue_only=true" className={LINK} data-testid="overview-overdue-link">
            {overview.overdue_receivables.length
              ? countOf(overview.overdue_receivables.reduce((n, row) => n + row.dealers, 0), "dealer")
              : "Receivables"}
          </Link>
        }
      >
        {overview.overdue_receivables.length
          ? overview.overdue_receivables.map((row) => formatMoney(row.overdue, row.currency_code)).join(" · ")
          : "None"}
      </Stat>
    </div>
  </Container>
)

/** The dealers furthest behind their expected-to-date, with where their run-rate takes them. */
const FurthestBehind = ({ overview }: { overview: NetworkOverviewResponse }) => (
  <Container className="divide-y p-0" data-testid="overview-behind">
    <div className="flex items-center justify-between px-6 py-4">
      <div>
        <Heading level="h2">Furthest behind</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Against what their plan expects by {formatDay(overview.as_of)}
        </Text>
      </div>
      <Link to="/dealer-network/progress" className={`txt-compact-small ${LINK}`}>
        All dealers
      </Link>
    </div>
    {overview.behind.length ? (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Dealer</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Actual</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Expected</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Deviation</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Month-end at this pace</Table.HeaderCell>
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
          Nobody is behind plan.
        </Text>
      </div>
    )}
  </Container>
)

const OverviewPage = () => {
  const { t } = useTexts("overview")
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
              {formatMonth(period)} across the network{overview ? `, as of ${formatDay(overview.as_of)}` : ""}
            </Text>
          </div>
          <div className="flex flex-wrap items-center gap-x-2 gap-y-2">
            {overview && <QueueBadges openAlerts={overview.open_alerts} openConflicts={overview.open_conflicts} />}
            {currencies.length > 1 && (
              <Select size="small" value={currency} onValueChange={setCurrency}>
                <Select.Trigger aria-label="Currency" className="w-24">
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
          <EmptyChart>{`No plans and no sales in ${formatMonth(period)}.`}</EmptyChart>
        )}
      </Container>

      {overview && currency && (
        <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
          <Container className="divide-y p-0">
            <div className="px-6 py-4">
              <Heading level="h2">Sales this month</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                Cumulative actual against the plan's expected line
              </Text>
            </div>
            <div className="px-2 py-4">{curve && <MonthCurveChart points={curve.points} currency={currency} />}</div>
          </Container>
          <Container className="divide-y p-0">
            <div className="flex items-center justify-between px-6 py-4">
              <div>
                <Heading level="h2">By sub-network</Heading>
                <Text size="small" className="text-ui-fg-subtle">
                  Each distributor with everything under it, and dealers without a parent
                </Text>
              </div>
              <Badge size="2xsmall" className="whitespace-nowrap">
                {countOf(subNetworks.length, "sub-network")}
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
      {overview && <Queues overview={overview} />}
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
  breadcrumb: () => "Dealer network",
}
