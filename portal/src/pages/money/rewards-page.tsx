import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { StoreRewardSimulation, StoreTierResponse } from "medusa-plugin-dealer-network/client"
import { Stat } from "../../../../src/admin/components/stat"
import { useTexts as useAdminTexts } from "../../../../src/admin/hooks/use-texts"
import { formatMetric, formatReward } from "../../../../src/admin/lib/reward-text"
import { useTexts } from "../../i18n"
import { QueryState } from "../../layout/page-state"
import { formatDate, formatMoney, formatPercent, formatPeriod } from "../../lib/format"
import { usePortal } from "../../lib/portal-context"
import { useFocusNames } from "../../lib/use-focus-names"

type SimulatedRule = StoreRewardSimulation["rules"][number]
type NextBand = NonNullable<NonNullable<SimulatedRule["next"]>["next_tier"]>

const MONEY_MEASURES = ["sales_amount", "focus_amount", "sub_network_amount", "average_order_value"]

/** My partner level and what it takes to reach the next; this month's rewards and the next band of each. */
export function RewardsPage() {
  const { t } = useTexts("money")
  const { store } = usePortal()
  const tier = useQuery({ queryKey: ["dealer-portal", "tier"], queryFn: () => store.tier.retrieve() })
  const simulation = useQuery({ queryKey: ["dealer-portal", "simulation"], queryFn: () => store.rewards.simulation() })
  return (
    <>
      <div>
        <Heading>{t("rewards.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("rewards.description")}</Text>
      </div>
      <QueryState query={tier}>{(data) => <TierSection tier={data} />}</QueryState>
      <Container className="flex flex-col gap-y-3">
        <Heading level="h2">{t("rewards.simulation")}</Heading>
        <QueryState query={simulation}>
          {({ simulations }) =>
            simulations.length ? (
              simulations.map((simulation) => <SimulationCard key={simulation.program.id} simulation={simulation} />)
            ) : (
              <Text size="small" className="text-ui-fg-subtle">{t("rewards.simulationEmpty")}</Text>
            )
          }
        </QueryState>
      </Container>
    </>
  )
}

function TierSection({ tier }: { tier: StoreTierResponse }) {
  const { t } = useTexts("money")
  const money = (amount: string) => formatMoney(amount, tier.currency_code)
  return (
    <Container className="flex flex-col gap-y-4" data-testid="rewards-tier">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <Stat
          label={t("rewards.tier")}
          testId="rewards-current-tier"
          hint={tier.pinned ? t("rewards.pinned") : tier.tier ? t("rewards.discount", { percent: formatPercent(tier.tier.discount_percent) }) : undefined}
        >
          {tier.tier?.name ?? t("rewards.noTier")}
        </Stat>
        {tier.turnover.map((row) => (
          <Stat key={row.window_months} label={t("rewards.turnover", { months: row.window_months })}>
            {money(row.amount)}
          </Stat>
        ))}
      </div>
      <Text size="small" className="text-ui-fg-interactive" data-testid="rewards-next-tier">
        {tier.next
          ? t("rewards.nextTierHint", {
              amount: money(tier.next.missing),
              tier: tier.next.tier.name,
              discount: formatPercent(tier.next.tier.discount_percent),
              threshold: money(tier.next.tier.min_turnover),
              months: tier.next.tier.window_months,
            })
          : t("rewards.topTier")}
      </Text>
      <div>
        <Text size="small" weight="plus">{t("rewards.history")}</Text>
        {tier.history.length ? (
          <ul className="mt-1 flex flex-col gap-y-1">
            {tier.history.map((change) => (
              <li key={change.id}>
                <Text size="small">
                  {formatDate(change.created_at)} · {t(`rewards.${change.reason}`, { tier: change.to_tier?.name ?? "–" })}
                  {change.explanation && <span className="text-ui-fg-subtle"> — {change.explanation}</span>}
                </Text>
              </li>
            ))}
          </ul>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">{t("rewards.historyEmpty")}</Text>
        )}
      </div>
    </Container>
  )
}

function SimulationCard({ simulation }: { simulation: StoreRewardSimulation }) {
  const { t } = useTexts("money")
  const currency = simulation.program.currency_code
  return (
    <div className="rounded-lg border" data-testid="rewards-simulation">
      <div className="flex items-baseline justify-between px-4 py-3">
        <Text weight="plus">{simulation.program.name}</Text>
        <Text size="small" className="text-ui-fg-subtle">{formatPeriod(simulation.period)}</Text>
      </div>
      <Table>
        <Table.Body>
          {simulation.rules.map((rule) => (
            <Table.Row key={rule.rule_id} data-testid="rewards-rule">
              <Table.Cell className="w-1/3">
                <Text size="small" weight="plus">{rule.name}</Text>
                <Badge size="2xsmall" color={rule.earned ? "green" : "grey"} className="mt-1">
                  {rule.earned ? t("rewards.earned") : t("rewards.notEarned")}
                </Badge>
              </Table.Cell>
              <Table.Cell className="whitespace-normal">
                <RuleHint rule={rule} currency={currency} />
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatReward(rule.amount, { kind: rule.kind, currency_code: currency })}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

/** The next band in words ("Sell €4,200 more to reach 3 % — worth €1,150 more"), and what conditions still need. */
function RuleHint({ rule, currency }: { rule: SimulatedRule; currency: string }) {
  const { t } = useTexts("money")
  const { t: rules } = useAdminTexts("rules")
  const band = rule.next?.next_tier
  const unmet = rule.next?.unmet_conditions ?? []
  const focusName = useFocusNames([band?.focus_key, ...unmet.map((c) => c.focus_key)].filter((key): key is string => !!key))
  if (!rule.next) return <Text size="small" className="text-ui-fg-subtle">{t("rewards.allMet")}</Text>
  const metricWords = (metric: string, focusKey?: string) => {
    const focus = focusName(focusKey)
    return focus ? rules(`metricOf.${metric}`, { focus }) : rules(`metrics.${metric}`)
  }
  return (
    <div className="flex flex-col gap-y-1">
      {band && (
        <Text size="small" className="text-ui-fg-interactive" data-testid="rewards-next-band">
          {nextBandWords(band, { t, metric: metricWords(band.measure, band.focus_key), reward: formatReward(band.additional_reward, { kind: rule.kind, currency_code: currency }), currency })}
        </Text>
      )}
      {unmet.map((condition, index) => {
        const shortfall = formatMetric(condition.metric, condition.shortfall, currency)
        const focus = focusName(condition.focus_key)
        return (
          <Text key={index} size="small" className="text-ui-fg-error" data-testid="rewards-unmet">
            {focus
              ? t("rewards.unmetFocus", { focus, shortfall })
              : t("rewards.unmet", { metric: rules(`metrics.${condition.metric}`), shortfall })}
          </Text>
        )
      })}
    </div>
  )
}

function nextBandWords(
  band: NextBand,
  { t, metric, reward, currency }: { t: ReturnType<typeof useTexts>["t"]; metric: string; reward: string; currency: string }
) {
  const rate = formatPercent(band.next_rate_percent)
  const sales = band.sales_shortfall ?? (MONEY_MEASURES.includes(band.measure) ? band.shortfall : null)
  if (sales !== null) return t("rewards.nextBand", { amount: formatMoney(sales, currency), rate, reward })
  const threshold = formatMetric(band.measure, band.next_tier_from, currency)
  return t("rewards.nextBandOther", { metric, shortfall: formatMetric(band.measure, band.shortfall, currency), rate, threshold, reward })
}
