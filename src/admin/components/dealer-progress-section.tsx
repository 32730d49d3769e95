import { Badge, clx, Container, Heading, Skeleton, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useEffect, useRef, useState } from "react"
import { useSearchParams } from "react-router-dom"
import { useDealerPlan, useDealerProgress, useTargetNames } from "../hooks/use-dealer-plans"
import { currentMonth, formatDay, formatMonth, isMonthKey } from "../lib/dates"
import { useTexts } from "../hooks/use-texts"
import { errorMessage } from "../lib/errors"
import { PACE_COLORS, paceOf, useLabels } from "../lib/labels"
import { countOf, formatMoney, formatNumber, formatPercent, signClass } from "../lib/numbers"
import type { Dealer } from "../../types/dealer-network"
import type { DealerProgress, Deviation } from "../../types/sales-plan"
import { AttainmentBar } from "./attainment-bar"
import { MonthPicker } from "./month-picker"
import { SetPlanDrawer } from "./set-plan-drawer"
import { Stat, StatRow } from "./stat"

/** Where the plan expects the dealer to be today, as a % of the plan (display only). */
const expectedShare = (deviation: Deviation | null | undefined, target: string | number | null | undefined) =>
  deviation && Number(target) > 0 ? (Number(deviation.expected_to_date) / Number(target)) * 100 : null

const Row = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => (
  <div className="flex items-center justify-between gap-x-4 py-1" data-testid={testId}>
    <Text size="small" leading="compact" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="txt-compact-small text-ui-fg-base text-right tabular-nums">{children}</div>
  </div>
)

const PlanFigures = ({ progress, currency }: { progress: DealerProgress; currency: string }) => {
  const { t } = useTexts("dealerPage")
  const labels = useLabels()
  const { plan, actual, deviation } = progress
  const pace = paceOf(deviation, Boolean(plan))
  const behind = pace === "behind"
  if (!plan || !deviation) return null
  return (
    <div className="flex flex-col gap-y-4 px-6 py-4">
      <StatRow>
        <Stat
          label={t("progress.plan")}
          testId="progress-plan"
          hint={plan.target_order_count != null ? countOf(plan.target_order_count, "order") : t("progress.noOrderTarget")}
        >
          {formatMoney(plan.target_amount, currency)}
        </Stat>
        <Stat
          label={t("progress.actual")}
          testId="progress-actual"
          hint={countOf(actual.order_count, "order")}
        >
          {formatMoney(actual.amount, currency)}
        </Stat>
        <Stat
          label={t("progress.expected")}
          testId="progress-expected"
          hint={t("progress.workingDays", { elapsed: deviation.working_days_elapsed, total: deviation.working_days_total })}
        >
          {formatMoney(deviation.expected_to_date, currency)}
        </Stat>
        <Stat
          label={t("progress.deviation")}
          testId="progress-deviation"
          className={signClass(deviation.deviation)}
          hint={
            <span className={signClass(deviation.deviation)}>
              {deviation.deviation_percent != null
                ? t("progress.vsExpected", { percent: formatPercent(deviation.deviation_percent, { signed: true }) })
                : t("progress.nothingExpected")}
            </span>
          }
        >
          {formatMoney(deviation.deviation, currency, { signed: true })}
        </Stat>
      </StatRow>
      <div className="flex flex-col gap-y-2">
        <div className="flex items-center justify-between gap-x-2">
          <Text size="small" weight="plus" leading="compact">
            {t("progress.attainment")}
          </Text>
          <Badge size="2xsmall" color={PACE_COLORS[pace]} data-testid="progress-pace">
            {labels.pace[pace]}
          </Badge>
        </div>
        <AttainmentBar
          percent={deviation.attainment_percent}
          expectedPercent={expectedShare(deviation, plan.target_amount)}
          behind={behind}
        />
        <Text size="xsmall" className="text-ui-fg-muted">
          {t("progress.markHint")}
        </Text>
      </div>
      <div className="flex flex-col divide-y border-t pt-2">
        <Row label={t("progress.projection")} testId="progress-projection">
          {formatMoney(deviation.projected, currency)}{" "}
          <span className={signClass(deviation.projected_gap)}>
            {t("progress.vsPlan", { gap: formatMoney(deviation.projected_gap, currency, { signed: true }) })}
          </span>
        </Row>
        <Row label={t("progress.averageOrderValue")} testId="progress-aov">
          {formatMoney(actual.average_order_value, currency)}
        </Row>
        <Row label={t("progress.orders")}>
          {plan.target_order_count != null
            ? t("progress.ordersOf", { actual: formatNumber(actual.order_count), target: formatNumber(plan.target_order_count) })
            : formatNumber(actual.order_count)}
        </Row>
      </div>
    </div>
  )
}

const FocusTargets = ({
  progress,
  currency,
  labels,
}: {
  progress: DealerProgress
  currency: string
  labels: Map<string, string>
}) => {
  const { t } = useTexts("dealerPage")
  const names = useTargetNames(progress.targets)
  const share = expectedShare(progress.deviation, progress.plan?.target_amount)
  return (
    <div data-testid="progress-targets">
      <div className="px-6 pt-4 pb-2">
        <Text size="small" weight="plus">
          {t("progress.focusTargets")}
        </Text>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("progress.target")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("progress.plan")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("progress.actual")}</Table.HeaderCell>
            <Table.HeaderCell className="w-[35%]">{t("progress.attainment")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {progress.targets.map((target) => {
            const show = (value: string) =>
              target.metric === "amount" ? formatMoney(value, currency) : t("progress.units", { value: formatNumber(value) })
            const name =
              labels.get(target.target_id) || names.data?.get(target.target_ref) || target.target_ref
            const attainment = target.attainment_percent == null ? null : Number(target.attainment_percent)
            return (
              <Table.Row key={target.target_id}>
                <Table.Cell>
                  <div className="flex items-center gap-x-2">
                    <Badge size="2xsmall" color="grey">
                      {t(target.target_type === "product" ? "progress.product" : "progress.category")}
                    </Badge>
                    <span className="truncate" title={name}>
                      {name}
                    </span>
                  </div>
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{show(target.target_value)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{show(target.actual)}</Table.Cell>
                <Table.Cell>
                  <AttainmentBar
                    percent={target.attainment_percent}
                    expectedPercent={share}
                    behind={attainment !== null && share !== null && attainment < share}
                    size="small"
                  />
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    </div>
  )
}

const SubNetwork = ({ progress, currency }: { progress: DealerProgress; currency: string }) => {
  const { t } = useTexts("dealerPage")
  const labels = useLabels()
  const sub = progress.sub_network
  if (!sub) return null
  const pace = paceOf(sub.deviation, Number(sub.target_amount) > 0)
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="progress-sub-network">
      <div className="flex items-center justify-between gap-x-2">
        <div>
          <Text size="small" weight="plus">
            {t("progress.subNetwork")}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("progress.subNetworkHint", { below: countOf(sub.dealer_count - 1, "dealer"), count: sub.dealer_count })}
          </Text>
        </div>
        <Badge size="2xsmall" color={PACE_COLORS[pace]}>
          {labels.pace[pace]}
        </Badge>
      </div>
      <StatRow>
        <Stat
          label={t("progress.plan")}
          hint={sub.target_order_count ? t("progress.ordersPlanned", { orders: countOf(sub.target_order_count, "order") }) : t("progress.noOrderTargets")}
        >
          {formatMoney(sub.target_amount, currency)}
        </Stat>
        <Stat label={t("progress.actual")} hint={countOf(sub.actual_order_count, "order")}>
          {formatMoney(sub.actual_amount, currency)}
        </Stat>
        <Stat label={t("progress.expected")}>{formatMoney(sub.deviation.expected_to_date, currency)}</Stat>
        <Stat
          label={t("progress.deviation")}
          className={signClass(sub.deviation.deviation)}
          hint={
            <span className={signClass(sub.deviation.deviation)}>
              {sub.deviation.deviation_percent != null
                ? t("progress.vsExpected", { percent: formatPercent(sub.deviation.deviation_percent, { signed: true }) })
                : t("progress.nothingExpected")}
            </span>
          }
        >
          {formatMoney(sub.deviation.deviation, currency, { signed: true })}
        </Stat>
      </StatRow>
      <AttainmentBar
        percent={sub.deviation.attainment_percent}
        expectedPercent={expectedShare(sub.deviation, sub.target_amount)}
        behind={pace === "behind"}
      />
    </div>
  )
}

/** The dealer's plan against actual for a month: deviation, attainment, projection, targets, sub-network. */
export const DealerProgressSection = ({ dealer }: { dealer: Dealer }) => {
  const { t } = useTexts("dealerPage")
  const [params] = useSearchParams()
  // A link from an alert opens the alert's month (…?period=2026-11#progress).
  const [period, setPeriod] = useState(() => {
    const asked = params.get("period")
    return asked && isMonthKey(asked) ? asked : currentMonth()
  })
  const section = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (window.location.hash === "#progress") section.current?.scrollIntoView({ block: "start" })
  }, [])
  const progress = useDealerProgress(dealer.id, period)
  const plan = useDealerPlan(dealer.id, period)
  const data = progress.data?.progress
  const currency = data?.plan?.currency_code ?? plan.data?.currency_code ?? dealer.currency_code
  const labels = new Map(
    (plan.data?.targets ?? []).filter((t) => t.label).map((t) => [t.id, t.label as string])
  )
  const targetNames = useTargetNames(
    (plan.data?.targets ?? []).map((t) => ({ target_type: t.target_type, target_ref: t.target_id }))
  )
  const stale = progress.isPlaceholderData || data?.period !== period

  return (
    <Container ref={section} id="progress" className="divide-y p-0" data-testid="dealer-progress-section">
      <div className="flex flex-col gap-y-2 px-6 py-4 md:flex-row md:items-center md:justify-between">
        <div>
          <Heading level="h2">{t("progress.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle" data-testid="progress-as-of">
            {data && !stale
              ? data.as_of < `${data.period}-01`
                ? t("progress.notStarted", { month: formatMonth(data.period) })
                : t("progress.asOf", { month: formatMonth(data.period), day: formatDay(data.as_of) })
              : formatMonth(period)}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <MonthPicker id="progress-period" value={period} onChange={setPeriod} />
          <SetPlanDrawer
            dealer={dealer}
            period={period}
            plan={plan.data ?? null}
            targetNames={targetNames.data}
            disabled={plan.isLoading}
          />
        </div>
      </div>
      {progress.isLoading && <Skeleton className="mx-6 my-4 h-32" />}
      {progress.isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(progress.error)}
        </Text>
      )}
      {data && (
        <div className={clx("divide-y transition-opacity", stale && "opacity-60")}>
          {data.plan ? (
            <PlanFigures progress={data} currency={currency} />
          ) : (
            <div className="flex flex-col gap-y-1 px-6 py-4" data-testid="progress-no-plan">
              <Text size="small" className="text-ui-fg-muted">
                {t("progress.noPlan", { month: formatMonth(data.period) })}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {t(data.actual.average_order_value != null ? "progress.salesSoFarAverage" : "progress.salesSoFar", {
                  amount: formatMoney(data.actual.amount, currency),
                  orders: countOf(data.actual.order_count, "order"),
                  average: formatMoney(data.actual.average_order_value, currency),
                })}
              </Text>
            </div>
          )}
          {data.targets.length > 0 && <FocusTargets progress={data} currency={currency} labels={labels} />}
          <SubNetwork progress={data} currency={currency} />
        </div>
      )}
    </Container>
  )
}
