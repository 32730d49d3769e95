import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moneyString, rawAmount } from "../../../../../lib/amounts"
import { nextPartnerLevel } from "../../../../../lib/partner-level-review"
import { monthKeyOf } from "../../../../../lib/periods"
import { DEALER_NETWORK_MODULE } from "../../../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../../../modules/dealer-network/service"
import { SALES_PLAN_MODULE } from "../../../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../../../modules/sales-plan/service"
import type { PartnerLevel } from "../../../../../types/dealer-network"
import type { Sendable } from "../../../../../types/http"
import type { StoreTierResponse, TierHistoryEntry, TierLevel } from "../../../../../types/store"
import { dealerAccess } from "../membership"

const HISTORY_LENGTH = 50

/**
 * My dealer's partner level, every level with its threshold, the turnover over
 * each level's window up to this month, what the next level still needs this
 * month (the review after the month's end decides), and the level's history.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<StoreTierResponse>>) => {
  const { dealer_id } = dealerAccess(req)
  const network: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const ledger: SalesPlanModuleService = req.scope.resolve(SALES_PLAN_MODULE)
  const period = monthKeyOf(new Date(), network.getOptions().timeZone)
  const [dealer, tierRows, changes] = await Promise.all([
    network.retrieveDealer(dealer_id, { select: ["id", "currency_code", "tier_id", "tier_pinned"] }),
    network.listDealerTiers({}, { order: { rank: "ASC" } }),
    ledger.listDealerTierChanges({ dealer_id }, { order: { created_at: "DESC" }, take: HISTORY_LENGTH }),
  ])
  const money = (value: string | number) => moneyString(value, dealer.currency_code)
  const tiers: TierLevel[] = tierRows.map((tier) => ({
    id: tier.id,
    name: tier.name,
    rank: tier.rank,
    min_turnover: money(rawAmount(tier, "min_turnover")),
    window_months: tier.window_months,
    discount_percent: rawAmount(tier, "discount_percent"),
    benefits: tier.benefits ?? null,
  }))
  const windows = [...new Set(tiers.map((tier) => tier.window_months))].sort((a, b) => a - b)
  const turnoverRows = await ledger.sumTurnoverByWindow({ period_key: period, windows, dealer_ids: [dealer_id] })
  // Thresholds are in the dealer's currency; sales in other currencies do not count, as in the review.
  const turnover = Object.fromEntries(
    turnoverRows.filter((row) => row.currency_code === dealer.currency_code).map((row) => [row.window_months, row.amount])
  )
  const current = tiers.find((tier) => tier.id === dealer.tier_id) ?? null
  const next = nextPartnerLevel(tiers, current?.rank ?? null, turnover)

  const levelOf = await historyLevels(network, changes)
  res.json({
    currency_code: dealer.currency_code,
    period,
    tier: current,
    pinned: dealer.tier_pinned,
    tiers,
    turnover: windows.map((months) => ({ window_months: months, amount: money(turnover[months] ?? 0) })),
    next: next && { tier: next.level, turnover: money(next.turnover), missing: money(next.missing) },
    history: changes.map(
      (change): Sendable<TierHistoryEntry> => ({
        id: change.id,
        from_tier: change.from_tier_id ? levelOf.get(change.from_tier_id) ?? null : null,
        to_tier: change.to_tier_id ? levelOf.get(change.to_tier_id) ?? null : null,
        reason: change.reason as TierHistoryEntry["reason"],
        reviewed_period: change.reviewed_period,
        explanation: (change.figures as { explanation?: string } | null)?.explanation ?? null,
        created_at: change.created_at,
      })
    ),
  })
}

/** The levels named in the history, deleted ones too. */
async function historyLevels(
  network: DealerNetworkModuleService,
  changes: { from_tier_id: string | null; to_tier_id: string | null }[]
): Promise<Map<string, PartnerLevel>> {
  const ids = [...new Set(changes.flatMap((change) => [change.from_tier_id, change.to_tier_id]).filter(Boolean))] as string[]
  if (!ids.length) return new Map()
  const levels = await network.listDealerTiers({ id: ids }, { select: ["id", "name", "rank"], withDeleted: true })
  return new Map(levels.map((level) => [level.id, { id: level.id, name: level.name, rank: level.rank }]))
}
