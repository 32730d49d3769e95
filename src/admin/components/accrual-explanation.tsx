import { Badge, Drawer, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { useTexts } from "../hooks/use-texts"
import { formatDate, formatPeriod } from "../lib/dates"
import { ACCRUAL_STATUS_COLORS, COMPARISON_SIGNS, useLabels } from "../lib/labels"
import { formatMoney, formatNumber, formatPercent } from "../lib/numbers"
import { formatMetric, formatReward, metricLabel } from "../lib/reward-text"
import type { AccrualStatus, RewardAccrual, RewardKind, RuleExplanation } from "../../types/rewards"

const Line = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => (
  <div className="flex items-baseline justify-between gap-x-4 py-1" data-testid={testId}>
    <Text size="small" leading="compact" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" leading="compact" className="text-right tabular-nums">
      {children}
    </Text>
  </div>
)

const Part = ({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) => (
  <div className="flex flex-col gap-y-1" data-testid={testId}>
    <Text size="small" weight="plus" leading="compact" className="pb-1">
      {title}
    </Text>
    {children}
  </div>
)

export const AccrualStatusBadge = ({ status }: { status: AccrualStatus }) => {
  const labels = useLabels()
  return (
    <StatusBadge color={ACCRUAL_STATUS_COLORS[status] ?? "grey"} data-testid="accrual-status">
      {labels.accrualStatus[status] ?? status}
    </StatusBadge>
  )
}

/** "focus_amount:category:pcat_1" (a key of explanation.metrics) as its label. */
const metricOfKey = (key: string) => {
  const [metric, ...focus] = key.split(":")
  return { metric, focusKey: focus.length ? focus.join(":") : null }
}

/**
 * How a rule arrived at its reward: the conditions (actual against the
 * threshold), the metrics read, the base, the tier or the bands, the rate and
 * the cap. Shared by the accrual drawer and the simulation.
 */
export const RuleWorkings = ({
  explanation,
  kind,
  currency,
}: {
  explanation: RuleExplanation
  kind: RewardKind
  currency: string
}) => {
  const { t } = useTexts("rewards")
  const reward = (amount: string | undefined) => formatReward(amount, { kind, currency_code: currency })
  const metrics = Object.entries(explanation.metrics ?? {})
  return (
    <div className="flex flex-col gap-y-5">
      <Part title={t("explanation.conditions")} testId="explanation-conditions">
        {explanation.conditions?.length ? (
          explanation.conditions.map((condition, index) => (
            <div
              key={index}
              className="flex items-center justify-between gap-x-3 py-1"
              data-testid="explanation-condition"
              data-met={condition.met}
            >
              <div className="flex min-w-0 flex-col">
                <Text size="small" leading="compact" weight="plus">
                  {metricLabel(condition.metric, condition.focus_key)}
                </Text>
                <Text size="small" leading="compact" className="text-ui-fg-subtle tabular-nums">
                  {t("explanation.against", {
                    actual: formatMetric(condition.metric, condition.actual, currency),
                    sign: COMPARISON_SIGNS[condition.op] ?? condition.op,
                    value: formatMetric(condition.metric, condition.value, currency),
                  })}
                </Text>
              </div>
              <Badge size="2xsmall" color={condition.met ? "green" : "red"}>
                {condition.met ? t("explanation.met") : t("explanation.notMet")}
              </Badge>
            </div>
          ))
        ) : (
          <Text size="small" className="text-ui-fg-muted">
            {t("explanation.noConditions")}
          </Text>
        )}
      </Part>
      {metrics.length > 0 && (
        <Part title={t("explanation.figures")} testId="explanation-metrics">
          {metrics.map(([key, value]) => {
            const { metric, focusKey } = metricOfKey(key)
            return (
              <Line key={key} label={metricLabel(metric, focusKey)}>
                {formatMetric(metric, value, currency)}
              </Line>
            )
          })}
        </Part>
      )}
      <Part title={t("explanation.workings")} testId="explanation-workings">
        {explanation.base != null && (
          <Line label={t("explanation.base")} testId="explanation-base">
            {formatMoney(explanation.base, currency)}
          </Line>
        )}
        {explanation.measure != null && explanation.measure !== explanation.base && (
          <Line label={t("explanation.tierMeasure")}>{formatNumber(explanation.measure)}</Line>
        )}
        {explanation.tier && (
          <Line label={t("explanation.tierReached")} testId="explanation-tier">
            {t("explanation.tier", {
              n: explanation.tier.index + 1,
              from: formatNumber(explanation.tier.from),
              rate: formatPercent(explanation.tier.rate_percent),
            })}
          </Line>
        )}
        {explanation.rate_percent != null && (
          <Line label={t("explanation.rate")} testId="explanation-rate">
            {formatPercent(explanation.rate_percent)}
          </Line>
        )}
        {explanation.money_amount != null && (
          <Line label={t("explanation.inMoney")}>{formatMoney(explanation.money_amount, currency)}</Line>
        )}
        {explanation.points_per_unit != null && (
          <Line label={t("explanation.pointsPerUnit")}>{formatNumber(explanation.points_per_unit)}</Line>
        )}
        <Line label={t("explanation.beforeCap")} testId="explanation-uncapped">
          {reward(explanation.uncapped_amount)}
        </Line>
        <Line label={t("explanation.cap")} testId="explanation-cap">
          {explanation.cap != null ? (
            <>
              {reward(explanation.cap)}
              {explanation.capped && (
                <Badge size="2xsmall" color="orange" className="ml-2">
                  {t("explanation.capReached")}
                </Badge>
              )}
            </>
          ) : (
            t("explanation.none")
          )}
        </Line>
      </Part>
      {!!explanation.bands?.length && (
        <Part title={t("explanation.bands")} testId="explanation-bands">
          <div className="overflow-hidden rounded-lg border">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("explanation.band")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{t("explanation.inBand")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{t("explanation.rate")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{t("explanation.bandReward")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {explanation.bands.map((band, index) => (
                  <Table.Row key={index}>
                    <Table.Cell className="tabular-nums">
                      {formatMoney(band.from, currency)} – {band.to == null ? "∞" : formatMoney(band.to, currency)}
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{formatMoney(band.amount_in_band, currency)}</Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{formatPercent(band.rate_percent)}</Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{formatMoney(band.reward, currency)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </Part>
      )}
    </div>
  )
}

/** How the period close arrived at an accrual, and what became of it. */
export const AccrualExplanationDrawer = ({
  accrual,
  dealer,
  onClose,
}: {
  accrual: RewardAccrual | null
  dealer?: { id: string; code: string; name: string } | null
  onClose: () => void
}) => {
  const { t } = useTexts("rewards")
  const labels = useLabels()
  const explanation = accrual?.explanation
  return (
    <Drawer open={!!accrual} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content data-testid="accrual-explanation" aria-describedby={undefined}>
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>
              {explanation?.rule?.name ?? t("explanation.reward")} · {accrual?.period_key && formatPeriod(accrual.period_key)}
            </Heading>
          </Drawer.Title>
        </Drawer.Header>
        {accrual && (
          <Drawer.Body className="flex flex-col gap-y-5 overflow-y-auto">
            <div className="flex flex-col gap-y-1">
              {explanation?.program && (
                <Line label={t("explanation.program")}>
                  {explanation.program.code} · {explanation.program.name}
                </Line>
              )}
              <Line label={t("explanation.dealer")}>
                {dealer ? (
                  <Link to={`/dealer-network/dealers/${dealer.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                    {dealer.code} · {dealer.name}
                  </Link>
                ) : (
                  accrual.dealer_id
                )}
              </Line>
              <Line label={t("explanation.kind")}>{labels.rewardKind[accrual.kind] ?? accrual.kind}</Line>
              <Line label={t("explanation.status")}>
                <AccrualStatusBadge status={accrual.status} />
              </Line>
              {accrual.decided_at && <Line label={t("explanation.decided")}>{formatDate(accrual.decided_at)}</Line>}
              {accrual.rejection_reason && <Line label={t("explanation.reason")}>{accrual.rejection_reason}</Line>}
            </div>
            <div className="flex flex-col gap-y-1 rounded-lg border px-4 py-3">
              <Line label={t("explanation.thisEntry")} testId="explanation-amount">
                <span className="font-medium">{formatReward(accrual.amount, accrual, { signed: true })}</span>
              </Line>
              <Line label={t("explanation.earnedToDate")} testId="explanation-earned">
                {formatReward(accrual.earned_to_date, accrual)}
              </Line>
              <Text size="xsmall" className="text-ui-fg-muted pt-1">
                {t("explanation.entryHint")}
              </Text>
            </div>
            {explanation?.contest ? (
              <Part title={t("explanation.contest")} testId="explanation-contest">
                <Line label={t("explanation.contest")}>
                  <Link to={`/dealer-network/contests/${explanation.contest.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                    {explanation.contest.title}
                  </Link>
                </Line>
                <Line label={t("explanation.days")}>{explanation.period && formatPeriod(explanation.period)}</Line>
                <Line label={t("explanation.rank")}>{explanation.contest.rank ?? t("explanation.notRanked")}</Line>
                <Line label={t("explanation.figure")}>{explanation.contest.metric_value === null ? "-" : formatNumber(explanation.contest.metric_value)}</Line>
              </Part>
            ) : explanation ? (
              <RuleWorkings explanation={explanation} kind={accrual.kind} currency={accrual.currency_code} />
            ) : (
              <Text size="small" className="text-ui-fg-muted">
                {t("explanation.noExplanation")}
              </Text>
            )}
          </Drawer.Body>
        )}
      </Drawer.Content>
    </Drawer>
  )
}
