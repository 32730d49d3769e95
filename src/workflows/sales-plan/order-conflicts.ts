import { conflictPolicyFor } from "../../lib/conflicts"
import type { OpenConflictCaseInput, OrderSaleLocation } from "../../modules/dealer-network/conflict-types"

type Amount = number | string | { toString(): string }

/**
 * The conflict cases an attributed order opens, from its location in the
 * network (the zone check at attribution): another dealer's exclusive zone it
 * ships into, or an order outside the seller's own assortment. Each carries the
 * policy of the seller's agreement in force at the order date.
 */
export function orderConflictCases(input: {
  order_id: string
  seller_dealer_id: string
  location: OrderSaleLocation
  /** The seller's order_placed contribution: what is at stake. */
  credited: { amount: Amount; raw_amount?: Record<string, unknown> | null; currency_code: string }
}): OpenConflictCaseInput[] {
  const { check, terms, territory_id } = input.location
  const outsideAssortment = check.seller_has_zones && !check.seller_covers_order
  const base = {
    order_id: input.order_id,
    seller_dealer_id: input.seller_dealer_id,
    territory_id,
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
  return cases
}
