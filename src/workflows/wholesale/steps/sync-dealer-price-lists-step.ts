import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { currencyPrecision } from "../../../lib/amounts"
import { dealerPrices } from "../../../lib/dealer-pricing"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import type { PriceTerm } from "../../../types/dealer-network"
import { agreedPricesOf, basePricesOf } from "../../../queries/price-sources"

export const syncDealerPriceListsStepId = "dealer-network-sync-dealer-price-lists"

/** The dealers to sync, named directly or through their agreements or tiers. */
export type SyncDealerPriceListsInput = { dealer_ids?: string[]; agreement_ids?: string[]; tier_ids?: string[] }

export type DealerPriceListState = {
  dealer_id: string
  price_list_id: string | null
  status: "active" | "draft"
  price_count: number
}

// The rule the pricing module matches a logged-in customer's groups against.
const CUSTOMER_GROUP_RULE = "customer.groups.id"

/**
 * Rebuilds each dealer's price list from its agreement in force and its tier:
 * active with the computed prices while the dealer is active under an
 * agreement, a draft without prices otherwise. Recomputed from the current
 * state each time, so running it again is harmless.
 */
export const syncDealerPriceListsStep = createStep(
  syncDealerPriceListsStepId,
  async (input: SyncDealerPriceListsInput, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const fromAgreements = input.agreement_ids?.length
      ? (await service.listDealerAgreements({ id: input.agreement_ids }, { select: ["dealer_id"] })).map((a) => a.dealer_id)
      : []
    const inTiers = input.tier_ids?.length
      ? (await service.listDealers({ tier_id: input.tier_ids }, { select: ["id"] })).map((d) => d.id)
      : []
    const dealerIds = [...new Set([...(input.dealer_ids ?? []), ...fromAgreements, ...inTiers])]
    const locking = container.resolve(Modules.LOCKING)
    const states: DealerPriceListState[] = []
    for (const dealerId of dealerIds) {
      // Two rebuilds of one list at once would both add the prices.
      states.push(
        await locking.execute(`dealer-network-pricing:${dealerId}`, () => syncDealerPriceList(container, dealerId), {
          timeout: 60,
        })
      )
    }
    return new StepResponse(states)
  }
)

async function syncDealerPriceList(container: MedusaContainer, dealerId: string): Promise<DealerPriceListState> {
  const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
  const pricing = container.resolve(Modules.PRICING)
  const dealer = await service.retrieveDealer(dealerId, { relations: ["tier"] })
  const agreement = dealer.status === "active" ? await service.retrieveEffectiveAgreement(dealerId) : null
  const inForce = Boolean(agreement && dealer.customer_group_id)

  let priceListId = dealer.price_list_id
  const listData = {
    title: `Dealer prices ${dealer.code}`,
    description: agreement
      ? `Agreement ${agreement.number} v${agreement.version} for ${dealer.name}, kept by the dealer network plugin`
      : `${dealer.name}: no agreement in force`,
    status: inForce ? ("active" as const) : ("draft" as const),
    rules: (dealer.customer_group_id ? { [CUSTOMER_GROUP_RULE]: [dealer.customer_group_id] } : {}) as Record<
      string,
      string[]
    >,
  }
  if (!priceListId) {
    if (!inForce) return { dealer_id: dealerId, price_list_id: null, status: "draft", price_count: 0 }
    const [created] = await pricing.createPriceLists([{ ...listData, type: "sale" }])
    priceListId = created.id
    await service.updateDealers({ id: dealerId, price_list_id: priceListId })
  } else {
    await pricing.updatePriceLists([{ id: priceListId, ...listData }])
  }

  const prices = inForce
    ? dealerPrices({
        basePrices: await basePricesOf(container, dealer.currency_code, agreement!.price_list_id),
        agreedPrices: await agreedPricesOf(container, (agreement!.price_terms as PriceTerm[] | null) ?? []),
        agreementDiscountPercent: String(agreement!.discount_percent ?? 0),
        partnerLevelDiscountPercent: String(dealer.tier?.discount_percent ?? 0),
        precision: currencyPrecision(dealer.currency_code),
      })
    : []
  const stale = await pricing.listPrices({ price_list_id: [priceListId] }, { select: ["id"] })
  if (stale.length) await pricing.removePrices(stale.map((price) => price.id))
  if (prices.length) {
    await pricing.addPriceListPrices([
      {
        price_list_id: priceListId,
        prices: prices.map((price) => ({ ...price, currency_code: dealer.currency_code })),
      },
    ])
  }
  return { dealer_id: dealerId, price_list_id: priceListId, status: listData.status, price_count: prices.length }
}
