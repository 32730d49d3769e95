import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AgreedPrice, BasePrice, dealerPrices, mergeBasePrices } from "../../../lib/dealer-pricing"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import type { PriceTerm } from "../../../modules/dealer-network/types"

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
      ? (await service.listAgreements({ id: input.agreement_ids }, { select: ["dealer_id"] })).map((a) => a.dealer_id)
      : []
    const inTiers = input.tier_ids?.length
      ? (await service.listDealers({ tier_id: input.tier_ids }, { select: ["id"] })).map((d) => d.id)
      : []
    const dealerIds = [...new Set([...(input.dealer_ids ?? []), ...fromAgreements, ...inTiers])]
    const states: DealerPriceListState[] = []
    for (const dealerId of dealerIds) {
      states.push(await syncDealerPriceList(container, dealerId))
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
        tierDiscountPercent: String(dealer.tier?.discount_percent ?? 0),
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

/** The store's prices in the currency (no rules, no price list), and the agreement's base list's where it has some. */
async function basePricesOf(
  container: MedusaContainer,
  currencyCode: string,
  basePriceListId: string | null
): Promise<BasePrice[]> {
  const pricing = container.resolve(Modules.PRICING)
  const select = ["price_set_id", "amount", "min_quantity", "max_quantity"]
  const storePrices = await pricing.listPrices(
    { currency_code: currencyCode, price_list_id: null, rules_count: 0 } as any,
    { select }
  )
  const listPrices = basePriceListId
    ? await pricing.listPrices({ currency_code: currencyCode, price_list_id: [basePriceListId] }, { select })
    : []
  return mergeBasePrices(listPrices as BasePrice[], storePrices as BasePrice[])
}

async function agreedPricesOf(container: MedusaContainer, terms: PriceTerm[]): Promise<AgreedPrice[]> {
  if (!terms.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "price_set.id"],
    filters: { id: [...new Set(terms.map((term) => term.variant_id))] },
  })
  const priceSetOf = new Map(variants.map((variant: any) => [variant.id, variant.price_set?.id as string]))
  return terms
    .filter((term) => priceSetOf.get(term.variant_id))
    .map((term) => ({
      price_set_id: priceSetOf.get(term.variant_id)!,
      amount: term.amount,
      min_quantity: term.min_quantity ?? null,
      max_quantity: term.max_quantity ?? null,
    }))
}

/** Decimal places of a currency's minor unit (2 for EUR, 0 for JPY). */
function currencyPrecision(currencyCode: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currencyCode }).resolvedOptions()
      .maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}
