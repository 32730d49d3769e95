import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { commitmentShortfall, money, unitShortfall } from "../../../lib/deviation-alerts"
import { asOfDayInPeriod, dayKeyOf, isMonthKey, shiftMonth, windowStart } from "../../../lib/periods"
import {
  describePartnerLevelChange,
  reviewPartnerLevel,
  PartnerLevelRule,
  TurnoverByWindow,
} from "../../../lib/partner-level-review"
import { endOfDayInstant } from "../../../lib/zoned-time"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { listAgreementsInForce } from "../../../queries/agreement-in-force"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type { FlaggedAlertInput } from "../../../modules/sales-plan/alert-types"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"
import { periodNotStarted } from "../../../lib/refusals"

export const prepareTierReviewStepId = "dealer-network-prepare-tier-review"

export type PrepareTierReviewInput = {
  /** "YYYY-MM"; the month before the current one (plugin time zone) when left out. */
  period?: string
}

export type PlannedTierChange = {
  dealer_id: string
  from_tier_id: string | null
  to_tier_id: string | null
  reason: "promotion" | "demotion"
  figures: Record<string, unknown>
  reviewed_period: string
}

export type TierReviewPlan = {
  period: string
  /** The day the figures are read for: the month's last day, or today for the current month. */
  as_of: string
  reviewed: number
  changes: PlannedTierChange[]
  volume_flags: FlaggedAlertInput[]
}

/** Windows every review reads besides the tiers' own: the month and the trailing year. */
const MONTH = 1
const YEAR = 12

/**
 * Reads what a tier review needs and decides it, writing nothing: the
 * trailing turnover of every dealer over each tier's window (one grouped
 * query over the ledger), the tier each dealer earns, and the agreements in
 * force whose monthly or annual volume commitment the turnover falls short of.
 */
export const prepareTierReviewStep = createStep(
  prepareTierReviewStepId,
  async (input: PrepareTierReviewInput, { container }) => {
    const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const plans: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    const { timeZone } = network.getOptions()
    const today = dayKeyOf(new Date(), timeZone)
    const currentMonth = today.slice(0, 7)
    const period = input.period ?? shiftMonth(currentMonth, -1)
    if (!isMonthKey(period)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "period: must be a month as YYYY-MM")
    }
    if (period > currentMonth) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, periodNotStarted(period))
    }
    const asOf = asOfDayInPeriod(period, today)

    const [tierRows, dealers] = await Promise.all([
      network.listDealerTiers({}, { order: { rank: "DESC" } }),
      network.listDealers(
        { status: ["applicant", "active", "suspended"] },
        { select: ["id", "code", "name", "currency_code", "tier_id", "tier_pinned"] }
      ),
    ])
    const tiers: PartnerLevelRule[] = tierRows.map((tier) => ({
      id: tier.id,
      name: tier.name,
      rank: tier.rank,
      min_turnover: exact(tier, "min_turnover"),
      window_months: tier.window_months,
    }))
    const turnoverRows = await plans.sumTurnoverByWindow({
      period_key: period,
      windows: [...tiers.map((tier) => tier.window_months), MONTH, YEAR],
    })
    const dealerById = new Map(dealers.map((dealer) => [dealer.id, dealer]))
    const turnoverOf = new Map<string, TurnoverByWindow>()
    for (const row of turnoverRows) {
      const dealer = dealerById.get(row.dealer_id)
      // Thresholds and commitments are in the dealer's currency; other currencies do not count.
      if (!dealer || row.currency_code !== dealer.currency_code) continue
      turnoverOf.set(row.dealer_id, { ...turnoverOf.get(row.dealer_id), [row.window_months]: row.amount })
    }

    const windows = [...new Set(tiers.map((tier) => tier.window_months))].sort((a, b) => a - b)
    const changes: PlannedTierChange[] = []
    for (const dealer of dealers) {
      const turnover = turnoverOf.get(dealer.id) ?? {}
      const outcome = reviewPartnerLevel(
        { tier_id: dealer.tier_id ?? null, tier_pinned: dealer.tier_pinned },
        tiers,
        turnover
      )
      if (outcome.action !== "promote" && outcome.action !== "demote") continue
      changes.push({
        dealer_id: dealer.id,
        from_tier_id: outcome.from?.id ?? null,
        to_tier_id: outcome.to?.id ?? null,
        reason: outcome.action === "promote" ? "promotion" : "demotion",
        reviewed_period: period,
        figures: {
          period,
          as_of: asOf,
          currency_code: dealer.currency_code,
          explanation: describePartnerLevelChange(outcome, turnover, dealer.currency_code),
          turnover: windows.map((months) => ({
            window_months: months,
            from_period: windowStart(period, months),
            to_period: period,
            amount: money(turnover[months] ?? 0),
          })),
          from_tier: outcome.from && tierFigures(outcome.from),
          to_tier: outcome.to && tierFigures(outcome.to),
        },
      })
    }

    // The contract in force at the end of the as-of day, per dealer.
    const at = endOfDayInstant(asOf, timeZone)
    const agreements = await listAgreementsInForce(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), { at })
    const unitsOf = new Map((await plans.sumUnitsOfMonth({ period_key: period })).map((row) => [row.dealer_id, row.units]))
    const volumeFlags: FlaggedAlertInput[] = []
    for (const agreement of agreements) {
      const dealerId = agreement.dealer_id
      const dealer = dealerById.get(dealerId)
      if (!dealer) continue
      const turnover = turnoverOf.get(dealerId) ?? {}
      const monthly = commitmentShortfall(agreement.min_monthly_turnover, turnover[MONTH] ?? 0)
      const annual = commitmentShortfall(agreement.min_annual_turnover, turnover[YEAR] ?? 0)
      const units = unitShortfall(agreement.min_monthly_quantity, unitsOf.get(dealerId) ?? 0)
      if (!monthly && !annual && !units) continue
      const cur = dealer.currency_code.toUpperCase()
      const parts = [
        monthly && `${monthly.actual} ${cur} in ${period}, ${monthly.shortfall} ${cur} short of the monthly minimum of ${monthly.commitment} ${cur}`,
        annual &&
          `${annual.actual} ${cur} in ${windowStart(period, YEAR)} … ${period}, ${annual.shortfall} ${cur} short of the annual minimum of ${annual.commitment} ${cur}`,
        units && `${units.actual} units in ${period}, ${units.shortfall} short of the monthly minimum of ${units.commitment} units`,
      ].filter(Boolean)
      const moneyShortfalls = [monthly?.shortfall, annual?.shortfall].filter((value): value is string => value != null)
      volumeFlags.push({
        dealer_id: dealerId,
        kind: "volume_commitment",
        message: `${dealer.name} (${dealer.code}) misses the volume commitment of agreement ${agreement.number}: ${parts.join("; ")}.`,
        figures: {
          period,
          as_of: asOf,
          currency_code: dealer.currency_code,
          agreement_id: agreement.id,
          agreement_number: agreement.number,
          agreement_version: agreement.version,
          monthly: monthly && { ...monthly, period },
          annual: annual && { ...annual, from_period: windowStart(period, YEAR), to_period: period },
          units: units && { ...units, period },
          /** The larger money shortfall, for sorting and at-a-glance lists (none when only units are short). */
          shortfall: moneyShortfalls.length
            ? moneyShortfalls.reduce((larger, value) => (new BigNumber(value).gt(larger) ? value : larger))
            : null,
        },
      })
    }

    return new StepResponse<TierReviewPlan>({
      period,
      as_of: asOf,
      reviewed: dealers.length,
      changes,
      volume_flags: volumeFlags,
    })
  }
)

function tierFigures(tier: PartnerLevelRule) {
  return {
    id: tier.id,
    name: tier.name,
    rank: tier.rank,
    min_turnover: money(tier.min_turnover),
    window_months: tier.window_months,
  }
}

/** A bigNumber column's exact decimal (the raw value), not its JS number. */
function exact(entity: any, field: string): string {
  return String(entity[`raw_${field}`]?.value ?? entity[field] ?? 0)
}

