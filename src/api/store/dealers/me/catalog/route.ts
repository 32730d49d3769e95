import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEALER_NETWORK_MODULE } from "../../../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../../../modules/dealer-network/service"
import { listDealerCatalog } from "../../../../../queries/dealer-catalog"
import type { Sendable } from "../../../../../types/http"
import type { StoreCatalogResponse } from "../../../../../types/store"
import { dealerAccess } from "../membership"
import type { StoreGetMyCatalogParamsType } from "../validators"

/**
 * What my dealer may order: the published products of the B2B channel within
 * its assortment, each variant at the dealer's prices with their quantity
 * breaks, searched (`q`) and narrowed to categories on the server.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<StoreCatalogResponse>>) => {
  const { dealer_id } = dealerAccess(req)
  const query = req.validatedQuery as StoreGetMyCatalogParamsType
  const network: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const [dealer, assortment, settings] = await Promise.all([
    network.retrieveDealer(dealer_id, { select: ["id", "currency_code", "price_list_id"] }),
    network.retrieveAssortment(dealer_id),
    network.getSettings(),
  ])
  const { products, count } = await listDealerCatalog(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), {
    currencyCode: dealer.currency_code,
    priceListId: dealer.price_list_id ?? null,
    salesChannelId: settings.b2b_sales_channel_id ?? null,
    assortmentCategoryIds: assortment.restricted ? assortment.category_ids : null,
    categoryIds: query.category_id === undefined ? undefined : [query.category_id].flat(),
    search: query.q,
    limit: query.limit,
    offset: query.offset,
  })
  res.json({
    products,
    count,
    offset: query.offset,
    limit: query.limit,
    currency_code: dealer.currency_code,
    restricted: assortment.restricted,
  })
}
