import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { monthKeyOf, monthsBetween, shiftMonth } from "../../../../../lib/periods"
import { DEALER_NETWORK_MODULE } from "../../../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../../../modules/dealer-network/service"
import { SALES_PLAN_MODULE } from "../../../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../../../modules/sales-plan/service"
import { moneyString, ratioPercent, rawAmount } from "../../../../../lib/amounts"
import { dealerAccess } from "../membership"
import { StoreGetMyPlansParamsType } from "../validators"
import type { Sendable } from "../../../../../types/http"
import type { StorePlansResponse } from "../../../../../types/store"

/**
 * The member's own dealer's monthly plans from `period_from` to `period_to`
 * (the current calendar year by default; one bound alone gives 12 months from
 * or up to it), each with its actual from the ledger.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetMyPlansParamsType>,
  res: MedusaResponse<Sendable<StorePlansResponse>>
) => {
  const { dealer_id } = dealerAccess(req)
  const network: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const ledger: SalesPlanModuleService = req.scope.resolve(SALES_PLAN_MODULE)
  const query = req.validatedQuery as StoreGetMyPlansParamsType
  const year = monthKeyOf(new Date(), network.getOptions().timeZone).slice(0, 4)
  const from = query.period_from ?? (query.period_to ? shiftMonth(query.period_to, -11) : `${year}-01`)
  const to = query.period_to ?? (query.period_from ? shiftMonth(query.period_from, 11) : `${year}-12`)
  const months = Array.from({ length: monthsBetween(from, to) }, (_, i) => shiftMonth(from, i))

  const [plans, figures] = await Promise.all([
    ledger.listDealerSalesPlans(
      { dealer_id, period_key: months },
      { relations: ["targets"], order: { period_key: "ASC" } }
    ),
    ledger.sumMonthlyProgress({ period_keys: months, dealer_ids: [dealer_id] }),
  ])
  const figuresOf = new Map(figures.map((row) => [row.period_key, row]))
  res.json({
    dealer_id,
    period_from: from,
    period_to: to,
    plans: plans.map((plan) => {
      const month = figuresOf.get(plan.period_key)
      const target = rawAmount(plan, "target_amount")
      const actual = month?.actual_amount ?? "0"
      return {
        id: plan.id,
        period_key: plan.period_key,
        currency_code: plan.currency_code,
        target_amount: moneyString(target, plan.currency_code),
        target_order_count: plan.target_order_count,
        actual_amount: moneyString(actual, plan.currency_code),
        actual_order_count: month?.actual_order_count ?? 0,
        attainment_percent: ratioPercent(actual, target),
        targets: plan.targets.map((t) => ({
          id: t.id,
          target_type: t.target_type,
          target_id: t.target_id,
          metric: t.metric,
          target_value:
            t.metric === "amount"
              ? moneyString(rawAmount(t, "target_value"), plan.currency_code)
              : rawAmount(t, "target_value"),
          label: t.label,
        })),
      }
    }),
  })
}
