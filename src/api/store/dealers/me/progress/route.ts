import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import BigNumber from "bignumber.js"
import { calendarOf, periodDeviation } from "../../../../../lib/deviation"
import { monthsOfPeriod } from "../../../../../lib/periods"
import { DEALER_NETWORK_MODULE } from "../../../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../../../modules/dealer-network/service"
import type { DealerTreeRow } from "../../../../../types/dealer-network"
import { SALES_PLAN_MODULE } from "../../../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../../../modules/sales-plan/service"
import { rawAmount } from "../../../../../lib/amounts"
import { buildDealerProgress } from "../../../../utils/dealer-progress"
import { dealerAccess, sees } from "../membership"
import type { StoreGetMyProgressParamsType } from "../validators"

/**
 * The member's own dealer's plan, actual, deviation and focus targets for a
 * period (the same figures the admin sees). The owner of a dealer with partners
 * below it also gets the sub-network's roll-up and each direct sub-dealer's
 * plan, actual and deviation, as do its managers; buyers get `sub_network: null`.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetMyProgressParamsType>,
  res: MedusaResponse
) => {
  const access = dealerAccess(req)
  const { period, as_of } = req.validatedQuery as StoreGetMyProgressParamsType
  const progress = await buildDealerProgress(req.scope, access.dealer_id, { period, as_of })
  const seesNetwork = sees(access, "sub_network") && progress.sub_network !== null
  res.json({
    progress: {
      ...progress,
      member_role: access.role,
      sub_network: seesNetwork ? progress.sub_network : null,
      sub_dealers: seesNetwork
        ? await directSubDealers(req, access.dealer_id, progress.period, progress.as_of)
        : null,
    },
  })
}

/** Each direct child's own plan, actual and deviation over the period's months, in 1 + months queries. */
async function directSubDealers(req: AuthenticatedMedusaRequest, dealerId: string, period: string, asOf: string) {
  const network: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const plans: SalesPlanModuleService = req.scope.resolve(SALES_PLAN_MODULE)
  const calendar = calendarOf(network.getOptions())
  const subtree = await network.listSubtree(dealerId)
  const children = subtree.filter((row) => row.depth === 1)
  if (!children.length) return []
  const ids = children.map((child) => child.id)
  const months = monthsOfPeriod(period)
  const [childPlans, ...actuals] = await Promise.all([
    plans.listDealerSalesPlans({ dealer_id: ids, period_key: months }),
    ...months.map((month) => plans.sumPeriodProgress({ period_key: month, dealer_ids: ids })),
  ])
  return children.map((child: DealerTreeRow) => {
    const own = childPlans.filter((plan) => plan.dealer_id === child.id)
    const sales = actuals.flat().filter((row) => row.dealer_id === child.id)
    const target = own.reduce((sum, plan) => sum.plus(rawAmount(plan, "target_amount")), new BigNumber(0))
    const actual = sales.reduce((sum, row) => sum.plus(row.amount), new BigNumber(0)).toString()
    const single = months.length === 1 ? own[0] : undefined
    return {
      dealer: { id: child.id, code: child.code, name: child.name, role: child.role, status: child.status },
      has_sub_network: subtree.some((row) => row.parent_id === child.id),
      plan: own.length
        ? {
            currency_code: own[0].currency_code,
            target_amount: target.toString(),
            target_order_count: single
              ? single.target_order_count
              : own.reduce((sum, plan) => sum + (plan.target_order_count ?? 0), 0),
          }
        : null,
      actual: { amount: actual, order_count: sales.reduce((sum, row) => sum + Number(row.order_count), 0) },
      deviation: own.length
        ? periodDeviation({
            months: months.map((month) => ({
              periodKey: month,
              target: rawAmount(own.find((plan) => plan.period_key === month) ?? { target_amount: 0 }, "target_amount"),
            })),
            actual,
            asOf,
            calendar,
          })
        : null,
    }
  })
}
