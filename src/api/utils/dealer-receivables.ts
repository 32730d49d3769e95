import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dayKeyOf } from "../../lib/periods"
import { DEALER_NETWORK_MODULE } from "../../modules/dealer-network"
import type DealerNetworkModuleService from "../../modules/dealer-network/service"
import { listUnpaidOrders, sumReceivables } from "../../workflows/wholesale/receivables"

/**
 * One dealer's receivables as of a day (today in the plugin's time zone by
 * default): balances per currency, aged, with the unpaid orders behind them and
 * the credit terms of the agreement in force.
 */
export async function dealerReceivables(scope: MedusaContainer, dealerId: string, asOfDay?: string) {
  const network: DealerNetworkModuleService = scope.resolve(DEALER_NETWORK_MODULE)
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { timeZone } = network.getOptions()
  const filter = { dealerIds: [dealerId], asOfDay: asOfDay ?? dayKeyOf(new Date(), timeZone), timeZone }
  const [{ rows: balances }, orders, agreement] = await Promise.all([
    sumReceivables(knex, filter),
    listUnpaidOrders(knex, filter),
    network.retrieveEffectiveAgreement(dealerId),
  ])
  return {
    dealer_id: dealerId,
    as_of: filter.asOfDay,
    terms: agreement && {
      agreement_id: agreement.id,
      agreement_number: agreement.number,
      payment_terms_days: agreement.payment_terms_days,
      credit_limit: agreement.credit_limit == null ? null : String(agreement.credit_limit),
    },
    balances: balances.map(({ dealer_id: _dealer, ...balance }) => balance),
    orders: orders.map(({ dealer_id: _dealer, ...order }) => order),
  }
}
