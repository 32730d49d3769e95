import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEALER_NETWORK_MODULE } from "../../../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../../../modules/dealer-network/service"
import { listDealerCatalog, skusOnSale } from "../../../../../queries/dealer-catalog"
import type { Sendable } from "../../../../../types/http"
import type { StoreCatalogProduct, StoreCatalogResponse, StoreCatalogSkuMatch } from "../../../../../types/store"
import { dealerAccess } from "../membership"
import type { StoreGetMyCatalogParamsType } from "../validators"

/**
 * What my dealer may order: the published products of the B2B channel within
 * its assortment, each variant at the dealer's prices with their quantity
 * breaks, searched (`q`), narrowed to categories or looked up by SKUs (`sku`,
 * with what became of each) on the server.
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
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const skus = query.sku === undefined ? undefined : [...new Set([query.sku].flat())]
  const salesChannelId = settings.b2b_sales_channel_id ?? null
  const { products, count } = await listDealerCatalog(knex, {
    currencyCode: dealer.currency_code,
    priceListId: dealer.price_list_id ?? null,
    salesChannelId,
    assortmentCategoryIds: assortment.restricted ? assortment.category_ids : null,
    categoryIds: query.category_id === undefined ? undefined : [query.category_id].flat(),
    search: query.q,
    skus,
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
    ...(skus && { skus: skuMatches(skus, products, await skusOnSale(knex, skus, salesChannelId)) }),
  })
}

function skuMatches(skus: string[], products: StoreCatalogProduct[], onSale: Set<string>): StoreCatalogSkuMatch[] {
  const variantBySku = new Map(
    products.flatMap((product) => product.variants.filter((v) => v.sku).map((v) => [v.sku!.toUpperCase(), v.id] as const))
  )
  return skus.map((sku) => {
    const variantId = variantBySku.get(sku) ?? null
    if (variantId) return { sku, status: "found", variant_id: variantId }
    return { sku, status: onSale.has(sku) ? "outside_assortment" : "unknown", variant_id: null }
  })
}
