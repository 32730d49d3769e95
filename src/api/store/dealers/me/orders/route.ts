import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dayKeyOf } from "../../../../../lib/periods"
import { DEALER_NETWORK_MODULE } from "../../../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../../../modules/dealer-network/service"
import { listDealerOrders } from "../../../../../queries/dealer-orders"
import type { Sendable } from "../../../../../types/http"
import type { StoreOrdersResponse } from "../../../../../types/store"
import { dealerAccess } from "../membership"
import type { StoreGetMyOrdersParamsType } from "../validators"

/** My dealer's standing orders, newest first, each with what is paid, what is owed, when it is due and how late. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<StoreOrdersResponse>>) => {
  const { dealer_id } = dealerAccess(req)
  const query = req.validatedQuery as StoreGetMyOrdersParamsType
  const network: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const { timeZone } = network.getOptions()
  const asOfDay = dayKeyOf(new Date(), timeZone)
  const { orders, count } = await listDealerOrders(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), {
    dealerId: dealer_id,
    customerId: req.auth_context.actor_id,
    asOfDay,
    timeZone,
    paymentStates: query.payment_state === undefined ? undefined : [query.payment_state].flat(),
    overdueOnly: query.overdue,
    limit: query.limit,
    offset: query.offset,
  })
  res.json({ orders, count, offset: query.offset, limit: query.limit, as_of: asOfDay })
}
