import { Alert, Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useRuleWords, useSimulateRewards } from "../hooks/use-dealer-rewards"
import { useTexts } from "../hooks/use-texts"
import { currentPeriodOf, formatPeriod, isRewardPeriod } from "../lib/dates"
import { refusalText } from "../lib/errors"
import { useLabels } from "../lib/labels"
import { countOf, formatMoney, formatPercent } from "../lib/numbers"
import { conditionStateWords, formatReward, nextTierWords, WordsContext } from "../lib/reward-text"
import { focusKeysOf } from "../lib/rule-draft"
import type { DealerRef } from "../../types/dealer-network"
import type { RewardFacts, RewardKind, RewardProgram, SimulatedRule } from "../../types/rewards"
import { RuleWorkings } from "./accrual-explanation"
import { SimulationTarget } from "./simulation-target"
import { Stat, StatRow } from "./stat"

const Facts = ({ facts, currency }: { facts: RewardFacts; currency: string }) => {
  const { t } = useTexts("rewards")
  const attainment =
    facts.planTarget && Number(facts.planTarget) > 0 ? (Number(facts.salesAmount) / Number(facts.planTarget)) * 100 : null
  return (
    <StatRow wide={2} className="px-6 py-4" testId="simulation-facts">
      <Stat label={t("simulation.sales")} testId="simulation-sales" hint={countOf(facts.orderCount, "order")}>
        {formatMoney(facts.salesAmount, currency)}
      </Stat>
      <Stat
        label={t("simulation.plan")}
        hint={attainment === null ? t("simulation.noPlan") : t("simulation.attained", { percent: formatPercent(attainment) })}
      >
        {facts.planTarget === null ? "-" : formatMoney(facts.planTarget, currency)}
      </Stat>
      <Stat label={t("simulation.lastYear")} hint={t("simulation.samePeriod")}>
        {facts.lastYearSalesAmount === null ? "-" : formatMoney(facts.lastYearSalesAmount, currency)}
      </Stat>
      <Stat label={t("simulation.subNetwork")} hint={t("simulation.belowDealer")}>
        {formatMoney(facts.subNetworkSalesAmount, currency)}
      </Stat>
    </StatRow>
  )
}

const SimulatedRuleRow = ({ rule, currency, words }: { rule: SimulatedRule; currency: string; words: WordsContext }) => {
  const { t } = useTexts("rewards")
  const labels = useLabels()
  const [open, setOpen] = useState(false)
  const hint = rule.next
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="simulated-rule">
      <div className="flex items-start justify-between gap-x-4">
        <div className="flex min-w-0 flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Text size="small" weight="plus">
              {rule.name}
            </Text>
            <Badge size="2xsmall" color={rule.earned ? "green" : "grey"}>
              {rule.earned ? t("simulation.earned") : t("simulation.notEarned")}
            </Badge>
            {rule.kind !== "money" && (
              <Badge size="2xsmall" color="blue">
                {labels.rewardKind[rule.kind]}
              </Badge>
            )}
          </div>
          {hint?.next_tier && (
            <Text size="small" className="text-ui-fg-interactive" data-testid="simulated-next-tier">
              {nextTierWords(hint.next_tier, rule.kind, words)}
            </Text>
          )}
          {hint?.unmet_conditions.map((condition, index) => (
            <Text key={index} size="small" className="text-ui-fg-error" data-testid="simulated-unmet">
              {conditionStateWords(condition, words)}
            </Text>
          ))}
          {!hint && (
            <Text size="small" className="text-ui-fg-subtle">
              {t(rule.explanation.tier ? "simulation.allMetTopTier" : "simulation.allMet")}
            </Text>
          )}
        </div>
        <div className="flex shrink-0 flex-col items-end gap-y-1">
          <Text size="large" weight="plus" className="tabular-nums" data-testid="simulated-amount">
            {formatReward(rule.amount, { kind: rule.kind, currency_code: currency })}
          </Text>
          <Button size="small" variant="transparent" type="button" onClick={() => setOpen((o) => !o)}>
            {open ? t("simulation.hideWorkings") : t("simulation.showWorkings")}
          </Button>
        </div>
      </div>
      {open && (
        <div className="bg-ui-bg-subtle rounded-lg border p-4">
          <RuleWorkings explanation={rule.explanation} kind={rule.kind} currency={currency} />
        </div>
      )}
    </div>
  )
}

/** Sums per kind and currency, for display only. */
function totalsOf(rules: SimulatedRule[]): { kind: RewardKind; amount: number }[] {
  const totals = new Map<RewardKind, number>()
  for (const rule of rules) totals.set(rule.kind, (totals.get(rule.kind) ?? 0) + Number(rule.amount))
  return [...totals].map(([kind, amount]) => ({ kind, amount: Math.round(amount * 100) / 100 }))
}

/**
 * "What would this dealer earn for the period, and what does the next tier
 * need?" Under the program's saved rules; the rule drawer simulates a draft.
 */
export const RewardSimulation = ({ program }: { program: RewardProgram }) => {
  const { t } = useTexts("rewards")
  const [dealer, setDealer] = useState<DealerRef | null>(null)
  const [period, setPeriod] = useState(() => currentPeriodOf(program.period_type))
  const [error, setError] = useState<string | null>(null)
  const simulate = useSimulateRewards(program.id)
  const result = simulate.data?.simulation
  const currency = result?.program.currency_code ?? program.currency_code
  const periodValid = isRewardPeriod(period.trim())
  const words = useRuleWords(currency, [...new Set(program.rules.flatMap((rule) => focusKeysOf(rule.definition)))])

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    if (!dealer) return
    setError(null)
    simulate.mutate(
      { dealer_id: dealer.id, period: period.trim() },
      { onError: (err) => setError(refusalText(err)) }
    )
  }

  return (
    <Container className="divide-y p-0" data-testid="reward-simulation">
      <div className="px-6 py-4">
        <Heading level="h2">{t("simulation.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("simulation.description")}
        </Text>
      </div>
      <form onSubmit={onSubmit} className="flex flex-col gap-y-4 px-6 py-4">
        <SimulationTarget
          idPrefix="simulate"
          className="grid grid-cols-1 gap-4 md:grid-cols-2"
          dealer={dealer}
          onDealer={setDealer}
          period={period}
          onPeriod={setPeriod}
        />
        {error && (
          <Alert variant="error" dismissible={false} data-testid="simulation-error">
            {error}
          </Alert>
        )}
        <div className="flex items-center justify-end gap-x-2">
          <Button
            size="small"
            variant="secondary"
            type="submit"
            disabled={!dealer || !periodValid}
            isLoading={simulate.isPending}
            data-testid="simulate"
          >
            {t("simulation.submit")}
          </Button>
        </div>
      </form>
      {result && (
        <>
          <div className="flex items-center justify-between gap-x-2 px-6 py-4" data-testid="simulation-result">
            <Text size="small" weight="plus">
              {dealer?.code ?? result.dealer_id} · {formatPeriod(result.period)}
            </Text>
            <Text size="small" className="tabular-nums" data-testid="simulation-total">
              {t("simulation.total", {
                amounts:
                  totalsOf(result.rules)
                    .map((total) => formatReward(total.amount, { kind: total.kind, currency_code: currency }))
                    .join(" + ") || t("simulation.nothing"),
              })}
            </Text>
          </div>
          <Facts facts={result.facts} currency={currency} />
          {result.rules.map((rule) => (
            <SimulatedRuleRow key={rule.rule_id} rule={rule} currency={currency} words={words} />
          ))}
          {!result.rules.length && (
            <Text size="small" className="text-ui-fg-muted px-6 py-4">
              {t("simulation.noRules")}
            </Text>
          )}
        </>
      )}
    </Container>
  )
}
