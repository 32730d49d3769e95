// A receivable-offset payout: wallet money set against what the dealer still
// owes on its orders. Pure, no framework imports; amounts are decimal strings
// handled with bignumber.js, never JS floats.
import BigNumber from "bignumber.js"

export type OffsetOrder = {
  order_id: string
  display_id?: number | null
  currency_code: string
  /** What the order still owes, in the invoice's cents. */
  outstanding: string
  /**
   * Medusa's own pending difference, unrounded (taxes leave fractions of a
   * cent): what settles the order. Defaults to `outstanding`.
   */
  pending_difference?: string
}

export type OffsetAllocation = {
  order_id: string
  display_id: number | null
  /** What leaves the wallet for this order. */
  amount: string
  /**
   * The order's credit line: `amount`, or, when the offset pays all the order
   * owes, its exact pending difference, so nothing is left open below a cent
   * and Medusa (which refuses more than that difference) takes it.
   */
  credit_amount: string
}

export type ReceivableOffset = {
  /** Per order, in the order given (oldest due first), never more than the order owes. */
  allocations: OffsetAllocation[]
  /** What the allocations add up to: what leaves the wallet. */
  applied: string
  /** What is left of the amount after every unpaid order: it stays in the wallet. */
  remainder: string
}

/**
 * Spreads `amount` over the unpaid orders in the order given (the caller passes
 * them oldest due first): each order takes what it owes, rounded down to the
 * currency's `decimals` (a credit line may not exceed the order's pending
 * difference), until the amount is used up. Orders in another currency and
 * orders that owe nothing are skipped.
 */
export function allocateReceivableOffset(
  amount: string,
  orders: OffsetOrder[],
  { currencyCode, decimals = 2 }: { currencyCode: string; decimals?: number }
): ReceivableOffset {
  const total = new BigNumber(amount)
  if (!total.isFinite() || total.isNegative()) {
    throw new Error(`amount: must be a non-negative decimal, got ${JSON.stringify(amount)}`)
  }
  let left = total.decimalPlaces(decimals, BigNumber.ROUND_DOWN)
  const allocations: OffsetAllocation[] = []
  for (const order of orders) {
    if (left.isZero()) break
    if (order.currency_code.toLowerCase() !== currencyCode.toLowerCase()) continue
    const owed = new BigNumber(order.outstanding).decimalPlaces(decimals, BigNumber.ROUND_DOWN)
    if (!owed.isFinite() || owed.lte(0)) continue
    const take = BigNumber.min(left, owed)
    const settles = take.eq(owed) && order.pending_difference != null
    allocations.push({
      order_id: order.order_id,
      display_id: order.display_id ?? null,
      amount: take.toFixed(),
      credit_amount: settles ? new BigNumber(order.pending_difference!).toFixed() : take.toFixed(),
    })
    left = left.minus(take)
  }
  const applied = allocations.reduce((sum, a) => sum.plus(a.amount), new BigNumber(0))
  return { allocations, applied: applied.toFixed(), remainder: total.minus(applied).toFixed() }
}
