import type { PostalAddress } from "../../types/dealer-network"
import type { ConflictKind, ConflictPolicy, ConflictResolution } from "../../lib/conflicts"

export type { ConflictKind, ConflictPolicy, ConflictResolution }

export type OrderZoneCheckInput = {
  /** The dealer the order is credited to. */
  seller_dealer_id: string
  /** The territory the shipping address matched, if any. */
  territory_id: string | null
  /** The order's product categories and every category above them. */
  category_ids: string[]
  /** The order date: zones count when in force then. */
  at: Date
}

export type OrderZoneCheck = {
  /** Another dealer's exclusive zone the order fell into (the most specific one). */
  foreign_zone: { zone_id: string; dealer_id: string; territory_id: string } | null
  /** Whether the seller has any zone in force at the order date. */
  seller_has_zones: boolean
  /** Whether any of the order's items lies in the assortment of those zones. */
  seller_covers_order: boolean
}

export type OrderSaleLocationInput = {
  /** The customer who placed the order. */
  customer_id: string
  /** The order's shipping address. */
  address: Partial<Record<keyof PostalAddress, string | null>> | null
  /** The order's product categories and every category above them. */
  category_ids: string[]
  /** The order date. */
  at: Date
}

/** What the attribution of an order reads from the dealer network (locateOrderSale). */
export type OrderSaleLocation = {
  /** The dealer the customer is a member of: the seller; null for a customer outside the network. */
  dealer_id: string | null
  /** The territory the shipping address matched, if any. */
  territory_id: string | null
  check: OrderZoneCheck
  /** The conflict terms of the seller's agreement in force at the order date. */
  terms: { conflict_policy: ConflictPolicy; split_share_percent: string | null } | null
}

export type OpenConflictCaseInput = {
  order_id: string
  kind: ConflictKind
  seller_dealer_id: string
  zone_owner_dealer_id?: string | null
  zone_id?: string | null
  territory_id?: string | null
  policy: ConflictPolicy
  split_share_percent?: string | null
  amount: string
  currency_code: string
  note?: string | null
}

export type ConflictDecision = {
  resolution: ConflictResolution
  /** For a split: the zone owner's share in per cent; defaults to the case's. */
  split_share_percent?: number | string | null
  note?: string | null
  /** An admin user's id, or "policy". */
  resolved_by: string
}

/** What a resolution changed on the case, to put it back when a later step fails. */
export type ConflictCaseSnapshot = {
  id: string
  split_share_percent: string | null
  note: string | null
}
