import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { StorePlan, StoreProgressResponse } from "medusa-plugin-dealer-network/client"
import { PlanActualBars } from "../../../../src/admin/components/charts/plan-actual-bars"
import { MonthCurveChart } from "../../../../src/admin/components/overview/month-curve-chart"
import { Stat } from "../../../../src/admin/components/stat"
import { useAlertFigures } from "../../../../src/admin/hooks/use-alert-figures"
import { useTexts as useAdminTexts } from "../../../../src/admin/hooks/use-texts"
import { useMember } from "../../auth/use-session"
import { useTexts } from "../../i18n"
import { QueryState } from "../../layout/page-state"
import { formatDay, formatMoney, formatMonth, formatPercent, formatShortMonth, shiftMonth, signClass } from "../../lib/format"
import { useFocusNames } from "../../lib/use-focus-names"
import { usePortal } from "../../lib/portal-context"
import { SubDealers } from "./sub-dealers"

type Progress = StoreProgressResponse["progress"]

const MONTHS_BEFORE = 6

/** This month's plan against actual, the curve, focus targets, alerts, the months before and (owners) the sub-dealers. */
export function PlanPage() {
  const { t } = useTexts("plan")
  const { store } = usePortal()
  const progress = useQuery({ queryKey: ["dealer-portal", "progress"], queryFn: () => store.progress.retrieve() })
  return (
    <>
      <div>
        <Heading>{t("title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("description")}</Text>
      </div>
      <QueryState query={progress}>
        {({ progress }) => (
          <>
            <MonthFigures progress={progress} />
            <FocusTargets progress={progress} />
            <Alerts />
            <MonthsBefore period={progress.period} />
            {progress.sub_dealers && <SubDealers progress={progress} />}
          </>
        )}
      </QueryState>
    </>
  )
}

function MonthFigures({ progress }: { progress: Progress }) {
  const { t } = useTexts("plan")
  const { me } = useMember()
  const currency = progress.plan?.currency_code ?? me.dealer.currency_code
  const money = (amount: string | null | undefined) => formatMoney(amount, currency)
  const { deviation } = progress
  return (
    <Container className="flex flex-col gap-y-4" data-testid="plan-month">
      <div className="flex items-baseline justify-between">
        <Heading level="h2">{formatMonth(progress.period)}</Heading>
        {deviation && (
          <Text size="small" className="text-ui-fg-subtle">
            {t("workingDays", { elapsed: deviation.working_days_elapsed, total: deviation.working_days_total })}
          </Text>
        )}
      </div>
      {!progress.plan && <Text size="small" className="text-ui-fg-subtle">{t("noPlan")}</Text>}
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        <Stat label={t("plan")} testId="plan-target">{money(progress.plan?.target_amount)}</Stat>
        <Stat
          label={t("actual")}
          testId="plan-actual"
          hint={deviation?.attainment_percent ? t("attainment", { percent: formatPercent(deviation.attainment_percent) }) : t("orders", { count: progress.actual.order_count })}
        >
          {money(progress.actual.amount)}
        </Stat>
        <Stat label={t("expected")} testId="plan-expected">{money(deviation?.expected_to_date)}</Stat>
        <Stat
          label={t("deviation")}
          testId="plan-deviation"
          className={signClass(deviation?.deviation)}
          hint={deviation?.deviation_percent ? formatPercent(deviation.deviation_percent, { signed: true }) : undefined}
        >
          {deviation ? formatMoney(deviation.deviation, currency, { signed: true }) : "–"}
        </Stat>
        <Stat
          label={t("projection")}
          testId="plan-projection"
          hint={deviation ? t("projectedGap", { gap: formatMoney(deviation.projected_gap, currency, { signed: true }) }) : undefined}
        >
          {money(deviation?.projected)}
        </Stat>
      </div>
      {progress.curve && (
        <div>
          <Text size="small" weight="plus">{t("curve")}</Text>
          <MonthCurveChart points={progress.curve} currency={currency} testId="plan-curve" />
        </div>
      )}
    </Container>
  )
}

function FocusTargets({ progress }: { progress: Progress }) {
  const { t } = useTexts("plan")
  const { store } = usePortal()
  const { me } = useMember()
  const currency = progress.plan?.currency_code ?? me.dealer.currency_code
  // The targets' labels are on the plan; progress names them by id.
  const plans = useQuery({
    queryKey: ["dealer-portal", "plans", progress.period, progress.period],
    queryFn: () => store.plans.list({ period_from: progress.period, period_to: progress.period }),
    enabled: progress.targets.length > 0,
  })
  const labels = new Map(plans.data?.plans.flatMap((plan) => plan.targets.map((target) => [target.id, target.label])) ?? [])
  const focusName = useFocusNames(progress.targets.map((target) => `${target.target_type}:${target.target_ref}`))
  const nameOf = (target: Progress["targets"][number]) =>
    labels.get(target.target_id) || focusName(`${target.target_type}:${target.target_ref}`) || "…"
  const value = (amount: string, metric: string) => (metric === "amount" ? formatMoney(amount, currency) : t("units", { count: Number(amount) }))
  return (
    <Container className="p-0">
      <Heading level="h2" className="px-6 py-4">{t("focus")}</Heading>
      {progress.targets.length ? (
        <Table data-testid="plan-focus">
          <Table.Header>
            <Table.Row>
              {(["target", "goal", "actual", "progress"] as const).map((column) => (
                <Table.HeaderCell key={column}>{t(`focusColumn.${column}`)}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {progress.targets.map((target) => (
              <Table.Row key={target.target_id} data-testid="plan-focus-target">
                <Table.Cell>{nameOf(target)}</Table.Cell>
                <Table.Cell className="tabular-nums">{value(target.target_value, target.metric)}</Table.Cell>
                <Table.Cell className="tabular-nums">{value(target.actual, target.metric)}</Table.Cell>
                <Table.Cell>
                  <ProgressBar percent={target.attainment_percent} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 pb-4">{t("focusEmpty")}</Text>
      )}
    </Container>
  )
}

function ProgressBar({ percent }: { percent: string | null }) {
  const share = Math.min(100, Math.max(0, Number(percent ?? 0)))
  return (
    <div className="flex items-center gap-x-2">
      <div className="bg-ui-bg-component h-2 w-32 overflow-hidden rounded-full">
        <div className={share >= 100 ? "bg-ui-tag-green-icon h-full" : "bg-ui-fg-interactive h-full"} style={{ width: `${share}%` }} />
      </div>
      <Text size="small" className="tabular-nums">{formatPercent(percent)}</Text>
    </div>
  )
}

function Alerts() {
  const { t } = useTexts("plan")
  const { t: alertTexts } = useAdminTexts("alerts")
  const figures = useAlertFigures()
  const { store } = usePortal()
  const alerts = useQuery({ queryKey: ["dealer-portal", "alerts"], queryFn: () => store.alerts.list({ status: "open", limit: 20 }) })
  return (
    <Container className="flex flex-col gap-y-2">
      <Heading level="h2">{t("alerts")}</Heading>
      <QueryState query={alerts}>
        {({ alerts }) =>
          alerts.length ? (
            <ul className="flex flex-col gap-y-2" data-testid="plan-alerts">
              {alerts.map((alert) => (
                <li key={alert.id} className="flex items-start gap-x-3">
                  <Badge size="2xsmall" className="shrink-0" color={alert.kind === "behind_plan" ? "orange" : "red"}>{alertTexts(`kinds.${alert.kind}`)}</Badge>
                  <Text size="small" data-testid="plan-alert">
                    {figures(alert)} <span className="text-ui-fg-muted">· {formatDay(alert.alert_date)}</span>
                  </Text>
                </li>
              ))}
            </ul>
          ) : (
            <Text size="small" className="text-ui-fg-subtle">{t("alertsEmpty")}</Text>
          )
        }
      </QueryState>
    </Container>
  )
}

function MonthsBefore({ period }: { period: string }) {
  const { t } = useTexts("plan")
  const { store } = usePortal()
  const from = shiftMonth(period, -MONTHS_BEFORE)
  const to = shiftMonth(period, -1)
  const plans = useQuery({
    queryKey: ["dealer-portal", "plans", from, to],
    queryFn: () => store.plans.list({ period_from: from, period_to: to }),
  })
  return (
    <Container className="flex flex-col gap-y-3">
      <Heading level="h2">{t("history")}</Heading>
      <QueryState query={plans}>
        {({ plans }) => (plans.length ? <MonthsBeforeBody plans={plans} /> : <Text size="small" className="text-ui-fg-subtle">{t("historyEmpty")}</Text>)}
      </QueryState>
    </Container>
  )
}

function MonthsBeforeBody({ plans }: { plans: StorePlan[] }) {
  const { t } = useTexts("plan")
  const currency = plans[0].currency_code
  const rows = plans.map((plan) => ({
    name: formatShortMonth(plan.period_key),
    fullName: formatMonth(plan.period_key),
    plan: Number(plan.target_amount),
    actual: Number(plan.actual_amount),
  }))
  return (
    <>
      <PlanActualBars rows={rows} currency={currency} labels={{ plan: t("plan"), actual: t("actual"), chart: t("historyLabel") }} testId="plan-history-chart" />
      <Table data-testid="plan-history">
        <Table.Header>
          <Table.Row>
            {(["month", "plan", "actual", "attainment"] as const).map((column) => (
              <Table.HeaderCell key={column} className={column === "month" ? undefined : "text-right"}>{t(`historyColumn.${column}`)}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {plans.map((plan) => (
            <Table.Row key={plan.id}>
              <Table.Cell>{formatMonth(plan.period_key)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatMoney(plan.target_amount, plan.currency_code)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatMoney(plan.actual_amount, plan.currency_code)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatPercent(plan.attainment_percent)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </>
  )
}

