import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dayKeyOf } from "../../../lib/periods"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { sumAgeingByCurrency, sumReceivables } from "../../../queries/receivables"
import type { AdminGetDealerReceivablesListParamsType } from "./validators"
import type { Sendable } from "../../../types/http"
import type { ReceivablesReportResponse } from "../../../types/wholesale"

/** The aged receivables report: each dealer's open balance per currency, most overdue first, and their ageing per currency. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetDealerReceivablesListParamsType>,
  res: MedusaResponse<Sendable<ReceivablesReportResponse>>
) => {
  const params = req.validatedQuery as AdminGetDealerReceivablesListParamsType
  const network: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const { timeZone } = network.getOptions()
  const asOfDay = params.as_of ?? dayKeyOf(new Date(), timeZone)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const filter = { dealerIds: params.dealer_id === undefined ? undefined : [params.dealer_id].flat(), asOfDay, timeZone }
  const [{ rows, count }, ageing] = await Promise.all([
    sumReceivables(knex, { ...filter, overdueOnly: params.overdue_only, limit: params.limit, offset: params.offset }),
    sumAgeingByCurrency(knex, filter),
  ])
  const dealers = rows.length
    ? await network.listDealers({ id: rows.map((row) => row.dealer_id) }, { select: ["id", "code", "name", "status"] })
    : []
  const dealerOf = new Map(dealers.map((dealer) => [dealer.id, dealer]))
  res.json({
    as_of: asOfDay,
    receivables: rows.map((row) => ({ ...row, dealer: dealerOf.get(row.dealer_id) ?? null })),
    ageing,
    count,
    limit: params.limit,
    offset: params.offset,
  })
}
