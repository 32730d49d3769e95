import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { monthDeviation } from "../../../../../lib/deviation"
import { DEALER_NETWORK_MODULE } from "../../../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../../../modules/dealer-network/service"
import { SALES_PLAN_MODULE } from "../../../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../../../modules/sales-plan/service"
import { progressMonth } from "../../../../../queries/dealer-progress"
import { monthInstants } from "../../../../../lib/zoned-time"
import type { AdminGetTerritoryProgressParamsType } from "../../validators"
import { refetchDealerTerritory } from "../../helpers"

/**
 * Plan against actual of a territory for a month: summed over every dealer
 * with a zone in force that month in the territory or anywhere below it, with
 * the deviation against expected-to-date.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetTerritoryProgressParamsType>,
  res: MedusaResponse
) => {
  const territory = await refetchDealerTerritory(req.scope, req.params.id, ["id", "code", "name", "type"])
  const { period, as_of } = req.validatedQuery as AdminGetTerritoryProgressParamsType
  const network: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const plans: SalesPlanModuleService = req.scope.resolve(SALES_PLAN_MODULE)
  const options = network.getOptions()
  const month = progressMonth(options, { period, as_of })

  const dealerIds = await network.listDealerIdsForProgress({
    territory_id: territory.id,
    zone_active: monthInstants(month.periodKey, options.timeZone),
  })
  const totals = await plans.sumGroupProgress({
    period_key: month.periodKey,
    dealer_ids: dealerIds,
    credited_until: month.creditedUntil,
  })

  res.json({
    progress: {
      territory,
      period: month.periodKey,
      as_of: month.asOf,
      ...totals,
      deviation: monthDeviation({
        periodKey: month.periodKey,
        target: totals.target_amount,
        actual: totals.actual_amount,
        asOf: month.asOf,
        calendar: month.calendar,
      }),
    },
  })
}
