import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"
import type { RankedDealer } from "../../../modules/dealer-network/services/progress-filters"
import type { RankedProgressResponse, RankedProgressRow } from "../../../types/sales-plan"
import { moneyString } from "../../../lib/amounts"
import { progressMonth } from "../../../queries/dealer-progress"
import { monthInstants } from "../../../lib/zoned-time"
import { AdminGetDealerProgressRankingParamsType, asList } from "./validators"
import type { Sendable } from "../../../types/http"

/**
 * Every dealer with a plan or sales in a month, most behind plan first
 * (deviation % against expected-to-date, then deviation in money), one page at
 * a time. Filters (role, tier, parent, territory) pick the dealers in the
 * dealer network first; the ranking itself is one SQL query over plans and ledger.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetDealerProgressRankingParamsType>,
  res: MedusaResponse<Sendable<RankedProgressResponse>>
) => {
  const { period, as_of, role, tier_id, parent_id, territory_id, limit, offset } =
    req.validatedQuery as AdminGetDealerProgressRankingParamsType
  const network: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const plans: SalesPlanModuleService = req.scope.resolve(SALES_PLAN_MODULE)
  const options = network.getOptions()
  const month = progressMonth(options, { period, as_of })

  const filtered = role || tier_id || parent_id || territory_id
  const dealerIds = filtered
    ? await network.listDealerIdsForProgress({
        role: asList(role),
        tier_id: asList(tier_id),
        parent_id: asList(parent_id),
        territory_id,
        zone_active: territory_id ? monthInstants(month.periodKey, options.timeZone) : undefined,
      })
    : undefined

  const rank = (page: { limit: number; offset: number }) =>
    dealerIds && !dealerIds.length
      ? Promise.resolve({ rows: [], count: 0 })
      : plans.rankPeriodProgress({
          period_key: month.periodKey,
          expected_share: month.expectedShare,
          dealer_ids: dealerIds,
          credited_until: month.creditedUntil,
          ...page,
        })
  const ranked = await rank({ limit, offset })
  const { rows } = ranked
  // The ranking counts over the rows of the page it returns; past the last page, count again from the top.
  const count = rows.length || !offset ? ranked.count : (await rank({ limit: 1, offset: 0 })).count

  const ids = rows.map((row) => row.dealer_id)
  const dealers = ids.length ? await network.listRankedDealers(ids) : []
  const dealerOf = new Map<string, RankedDealer>(dealers.map((dealer) => [dealer.id, dealer]))

  res.json({
    period: month.periodKey,
    as_of: month.asOf,
    working_days_total: month.workingDays.total,
    working_days_elapsed: month.workingDays.elapsed,
    dealers: rows.map(({ dealer_id, plan_id, plan_currency_code, ...figures }) => {
      const dealer = dealerOf.get(dealer_id)
      const currency = plan_currency_code ?? dealer?.currency_code ?? null
      return {
        // Without a dealer: sales or a plan left behind by a dealer that was deleted since.
        dealer: dealer ?? { id: dealer_id, code: null, name: null, role: null, status: null, currency_code: null, tier: null },
        plan_id,
        currency_code: currency,
        ...figures,
        ...(currency && moneyFigures(figures, currency)),
      }
    }),
    count,
    offset,
    limit,
  })
}

/** The ranking's money figures with the currency's precision. */
function moneyFigures(
  figures: Pick<RankedProgressRow, "target_amount" | "actual_amount" | "expected_amount" | "deviation">,
  currency: string
) {
  return {
    target_amount: moneyString(figures.target_amount, currency),
    actual_amount: moneyString(figures.actual_amount, currency),
    expected_amount: moneyString(figures.expected_amount, currency),
    deviation: moneyString(figures.deviation, currency),
  }
}
