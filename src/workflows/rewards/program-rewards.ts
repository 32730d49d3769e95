import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { evaluateRule, nextBandHint, RewardFacts, RewardRuleDefinition } from "../../lib/reward-rules"
import { dayKeyOf, monthsOfPeriod } from "../../lib/periods"
import { periodInstants } from "../../lib/zoned-time"
import { DEALER_NETWORK_MODULE } from "../../modules/dealer-network"
import type DealerNetworkModuleService from "../../modules/dealer-network/service"
import type { EarnedReward, ProgramPeriodType } from "../../types/rewards"
import { sumReceivables } from "../../queries/receivables"
import { loadRewardFacts } from "../../queries/reward-facts"
import { listProgramParticipants, ProgramEligibility } from "../../queries/reward-participants"

export type ProgramForRewards = {
  id: string
  code: string
  name: string
  period_type: ProgramPeriodType
  currency_code: string
  eligibility: ProgramEligibility | null
  hold_overdue: boolean
  rules: { id: string; name: string; is_active: boolean; definition: RewardRuleDefinition }[]
}

/** Focus keys every rule of the program uses, in conditions, bases and measures. */
export function focusKeysOf(rules: { definition: RewardRuleDefinition }[]): string[] {
  const keys = rules.flatMap(({ definition }) => {
    const reward = definition.reward as { focus_key?: string; focus_measure_key?: string }
    return [
      ...(definition.conditions?.all ?? []).map((c) => c.focus_key),
      reward.focus_key,
      reward.focus_measure_key,
    ]
  })
  return [...new Set(keys.filter((key): key is string => !!key))]
}

/** The moment whose agreements decide who takes part: the period's end, or now while it runs. */
export function participationMoment(period: string, timeZone: string, now = new Date()): Date {
  const { ends } = periodInstants(period, timeZone)
  return ends < now ? ends : now
}

/** The period's facts of the given dealers for a program (its currency and focus keys). */
export async function programFacts(
  container: MedusaContainer,
  program: ProgramForRewards,
  period: string,
  dealerIds: string[]
): Promise<RewardFacts[]> {
  return loadRewardFacts(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), {
    dealerIds,
    months: monthsOfPeriod(period),
    currencyCode: program.currency_code,
    focusKeys: focusKeysOf(program.rules),
  })
}

/** The program's participants at the period's end (or now), and those with overdue receivables when it holds them. */
export async function programParticipants(
  container: MedusaContainer,
  program: ProgramForRewards,
  period: string
): Promise<{ participants: string[]; overdue: string[] }> {
  const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { timeZone } = network.getOptions()
  const participants = await listProgramParticipants(knex, {
    programId: program.id,
    at: participationMoment(period, timeZone),
    eligibility: program.eligibility,
  })
  const overdue = program.hold_overdue && participants.length
    ? (
        await sumReceivables(knex, {
          dealerIds: participants,
          asOfDay: dayKeyOf(new Date(), timeZone),
          timeZone,
          overdueOnly: true,
        })
      ).rows.map((row) => row.dealer_id)
    : []
  return { participants, overdue }
}

/**
 * What each of the dealers (their facts) earns under each active rule of the
 * program for the period so far, with the explanation an accrual keeps.
 * Rewards of dealers in `overdue` are marked held.
 */
export function evaluateProgramRewards(
  program: ProgramForRewards,
  period: string,
  facts: RewardFacts[],
  overdue: Set<string>
): EarnedReward[] {
  const rules = program.rules.filter((rule) => rule.is_active)
  return facts.flatMap((dealerFacts) =>
    rules.map((rule): EarnedReward => {
      const evaluation = evaluateRule(dealerFacts, rule.definition)
      return {
        dealer_id: dealerFacts.dealerId,
        rule_id: rule.id,
        kind: evaluation.kind,
        currency_code: program.currency_code,
        earned_to_date: evaluation.amount,
        held: overdue.has(dealerFacts.dealerId),
        explanation: {
          program: { id: program.id, code: program.code, name: program.name },
          rule: { id: rule.id, name: rule.name, definition: rule.definition },
          period,
          earned: evaluation.earned,
          ...evaluation.explanation,
        },
      }
    })
  )
}

/** A dealer's rewards for a period under rules (a program's, or drafts), with the next reward band of each. */
export async function simulateRewards(
  container: MedusaContainer,
  program: ProgramForRewards,
  period: string,
  dealerId: string
) {
  const [facts] = await programFacts(container, program, period, [dealerId])
  return {
    dealer_id: dealerId,
    period,
    program: { id: program.id, code: program.code, name: program.name, currency_code: program.currency_code },
    facts,
    rules: program.rules.map((rule) => ({
      rule_id: rule.id,
      name: rule.name,
      ...evaluateRule(facts, rule.definition),
      next: nextBandHint(facts, rule.definition),
    })),
  }
}
