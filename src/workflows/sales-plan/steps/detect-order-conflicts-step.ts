import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflictPolicyFor, ConflictPolicy } from "../../../lib/conflicts"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type { OpenConflictCaseInput } from "../../../modules/dealer-network/conflict-types"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { categoriesWithAncestors } from "../../../lib/product-categories"

type Amount = number | string | { toString(): string }

export type ConflictCheckOrder = {
  id: string
  created_at: Date | string
  shipping_address?: {
    country_code?: string | null
    province?: string | null
    postal_code?: string | null
  } | null
  items: { product?: { categories?: { id: string; mpath?: string | null }[] | null } | null }[]
}

export type DetectOrderConflictsInput = {
  seller_dealer_id: string
  order: ConflictCheckOrder
  /** The seller's order_placed contribution: what is at stake. */
  credited: { amount: Amount; raw_amount?: Record<string, unknown> | null; currency_code: string }
}

export const detectOrderConflictsStepId = "dealer-network-detect-order-conflicts"

/**
 * The zone check at attribution: the shipping address's territory, another
 * dealer's exclusive zone there for the order's categories, and whether the
 * order lies outside the seller's own assortment. Returns the cases to open,
 * each with the policy of the seller's agreement in force at the order date.
 */
export const detectOrderConflictsStep = createStep(
  detectOrderConflictsStepId,
  async (input: DetectOrderConflictsInput, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const { order, seller_dealer_id } = input
    const at = new Date(order.created_at)
    const address = order.shipping_address
    const territory = address?.country_code
      ? await service.matchTerritory({
          country_code: address.country_code,
          province: address.province,
          postal_code: address.postal_code,
        })
      : null
    const check = await service.checkOrderZones({
      seller_dealer_id,
      territory_id: territory?.id ?? null,
      category_ids: orderCategoryIds(order),
      at,
    })
    const outsideAssortment = check.seller_has_zones && !check.seller_covers_order
    if (!check.foreign_zone && !outsideAssortment) return new StepResponse([] as OpenConflictCaseInput[])

    const agreement = await service.retrieveEffectiveAgreement(seller_dealer_id, at)
    const terms = agreement
      ? {
          conflict_policy: agreement.conflict_policy as ConflictPolicy,
          split_share_percent:
            (agreement as any).raw_split_share_percent?.value ?? agreement.split_share_percent,
        }
      : null
    const base = {
      order_id: order.id,
      seller_dealer_id,
      territory_id: territory?.id ?? null,
      amount: String(input.credited.raw_amount?.value ?? input.credited.amount),
      currency_code: input.credited.currency_code,
    }
    const cases: OpenConflictCaseInput[] = []
    if (check.foreign_zone) {
      cases.push({
        ...base,
        ...conflictPolicyFor("foreign_exclusive_zone", terms),
        kind: "foreign_exclusive_zone",
        zone_owner_dealer_id: check.foreign_zone.dealer_id,
        zone_id: check.foreign_zone.zone_id,
      })
    }
    if (outsideAssortment) {
      cases.push({ ...base, ...conflictPolicyFor("outside_assortment", terms), kind: "outside_assortment" })
    }
    return new StepResponse(cases)
  }
)

/** The order's categories and every category above them (a zone for a parent category covers its children). */
function orderCategoryIds(order: ConflictCheckOrder): string[] {
  return categoriesWithAncestors(order.items.flatMap((item) => item.product?.categories ?? []))
}
