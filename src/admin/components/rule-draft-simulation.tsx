import { Badge, Text } from "@medusajs/ui"
import { useState } from "react"
import { useFormContext, useWatch } from "react-hook-form"
import { useDebounced } from "../hooks/use-debounced"
import { SimulatedProgram, useDraftSimulation, useRuleWords } from "../hooks/use-dealer-rewards"
import { currentPeriodOf, isRewardPeriod } from "../lib/dates"
import { apiErrorParts, errorMessage } from "../lib/errors"
import { apiIssueText } from "../lib/validation-text"
import { formatMoney, formatPercent } from "../lib/numbers"
import {
  conditionStateWords,
  nextTierWords,
  rewardWords,
  Translate,
  workingsWords,
  WordsContext,
} from "../lib/reward-text"
import { DefinitionDraft, definitionOf, focusKeysOf } from "../lib/rule-draft"
import type { DealerRef } from "../../types/dealer-network"
import type { RewardRuleDefinition, RewardSimulation } from "../../types/rewards"
import { SimulationTarget } from "./simulation-target"

/** An API path of the draft in words, as the form labels its fields: "rules.0.definition.reward.tiers.1.from" → "Tier 2 · From". */
function pathWords(path: string, t: Translate): string {
  const parts = path.replace(/^rules\.\d+\.(definition\.)?/, "").split(".")
  const words: string[] = []
  for (let i = 0; i < parts.length; i++) {
    const [part, next] = [parts[i], parts[i + 1]]
    if (part === "tiers" && /^\d+$/.test(next ?? "")) {
      words.push(t("paths.tier", { n: Number(next) + 1 }))
      i++
    } else if (part === "all" && /^\d+$/.test(next ?? "")) {
      words.push(t("paths.condition", { n: Number(next) + 1 }))
      i++
    } else if (part !== "reward" && part !== "conditions") {
      words.push(t(`paths.${part}`, { defaultValue: part }))
    }
  }
  return words.join(" · ")
}

/**
 * Beside the rule builder: what the rule being edited would pay a dealer for
 * a period, why, and what the next tier needs, asked again as the draft changes;
 * in a saved program or in one being created.
 */
export const RuleDraftSimulation = ({ program, rulePath = "" }: { program: SimulatedProgram; rulePath?: string }) => {
  const { control } = useFormContext()
  const name = useWatch({ control, name: `${rulePath}name` }) as string
  const draft = useWatch({ control, name: `${rulePath}definition` }) as DefinitionDraft
  const definition = useDebounced(JSON.stringify(definitionOf(draft)), 400)
  const [dealer, setDealer] = useState<DealerRef | null>(null)
  const [period, setPeriod] = useState(() => currentPeriodOf(program.period_type))
  const periodValid = isRewardPeriod(period.trim())
  const parsed = JSON.parse(definition) as RewardRuleDefinition
  const words = useRuleWords(program.currency_code, focusKeysOf(parsed))
  const { t } = words
  const simulation = useDraftSimulation(
    program,
    dealer && periodValid
      ? { dealer_id: dealer.id, period: period.trim(), rule: { name: name?.trim() || "Draft", definition: parsed } }
      : null
  )

  return (
    <aside className="flex flex-col gap-y-4 rounded-lg border p-4" data-testid="rule-draft-simulation">
      <div>
        <Text size="small" weight="plus">
          {t("sim.title")}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {t("sim.hint")}
        </Text>
      </div>
      <SimulationTarget
        idPrefix="draft-sim"
        className="flex flex-col gap-y-4"
        dealer={dealer}
        onDealer={setDealer}
        period={period}
        onPeriod={setPeriod}
      />
      {!dealer && (
        <Text size="small" className="text-ui-fg-muted">
          {t("sim.pickDealer")}
        </Text>
      )}
      {dealer && simulation.isError && (
        <div className="flex flex-col gap-y-1" data-testid="draft-sim-error">
          <Text size="small" weight="plus" className="text-ui-fg-error">
            {t("sim.incomplete")}
          </Text>
          {apiErrorParts(errorMessage(simulation.error)).map((part, index) => (
            <Text key={index} size="small" className="text-ui-fg-error">
              {part.path ? `${pathWords(part.path, t)}: ${apiIssueText(part.message, part.path)}` : apiIssueText(part.message)}
            </Text>
          ))}
        </div>
      )}
      {dealer && !simulation.isError && simulation.data && (
        <DraftResult simulation={simulation.data.simulation} definition={parsed} words={words} stale={simulation.isFetching} />
      )}
      {dealer && !simulation.isError && !simulation.data && simulation.isFetching && (
        <Text size="small" className="text-ui-fg-muted">
          {t("sim.loading")}
        </Text>
      )}
    </aside>
  )
}

const DraftResult = ({
  simulation,
  definition,
  words,
  stale,
}: {
  simulation: RewardSimulation
  definition: RewardRuleDefinition
  words: WordsContext
  stale: boolean
}) => {
  const { t } = words
  const { facts } = simulation
  const rule = simulation.rules[0]
  if (!rule) return null
  const attainment =
    facts.planTarget && Number(facts.planTarget) > 0 ? formatPercent((Number(facts.salesAmount) / Number(facts.planTarget)) * 100) : t("sim.noPlan")
  const next = rule.next?.next_tier
  return (
    <div className={`flex flex-col gap-y-3 ${stale ? "opacity-60" : ""}`} data-testid="draft-sim-result">
      <div className="flex items-center justify-between gap-x-2">
        <div className="flex flex-col">
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("sim.wouldEarn")}
          </Text>
          <Text size="xlarge" weight="plus" className="tabular-nums" data-testid="draft-sim-amount">
            {rewardWords(rule.amount, rule.kind, words)}
          </Text>
        </div>
        <Badge size="2xsmall" color={rule.earned ? "green" : "grey"}>
          {rule.earned ? t("sim.earned") : t("sim.notEarned")}
        </Badge>
      </div>
      <Text size="small" className="text-ui-fg-subtle" data-testid="draft-sim-facts">
        {t("sim.sales")}: {formatMoney(facts.salesAmount, words.currency)} · {t("sim.orders", { count: facts.orderCount })} ·{" "}
        {t("sim.attainment")}: {attainment}
      </Text>
      <div className="flex flex-col gap-y-1" data-testid="draft-sim-why">
        <Text size="small" weight="plus">
          {t("sim.why")}
        </Text>
        {rule.explanation.conditions.map((condition, index) => (
          <Text key={`c${index}`} size="small" className={condition.met ? "text-ui-fg-subtle" : "text-ui-fg-error"}>
            {conditionStateWords(condition, words)}
          </Text>
        ))}
        {workingsWords(definition, rule.explanation, rule.kind, words).map((line, index) => (
          <Text key={`w${index}`} size="small" className="text-ui-fg-subtle">
            {line}
          </Text>
        ))}
      </div>
      {next && (
        <Text size="small" weight="plus" className="text-ui-fg-interactive" data-testid="draft-next-tier">
          {nextTierWords(next, rule.kind, words)}
        </Text>
      )}
      {!next && definition.reward.type === "tiered" && rule.explanation.tier && (
        <Text size="small" className="text-ui-fg-subtle">
          {t("sim.topTier")}
        </Text>
      )}
    </div>
  )
}
