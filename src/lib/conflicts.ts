// Channel conflicts: which resolution an agreement's conflict policy makes, and
// how much plan credit a resolution moves from the seller to the zone owner.
// Amounts are decimal strings computed with bignumber.js (what MathBN wraps),
// never JS floats; moved money is rounded to the cent.
import BigNumber from "bignumber.js"

export type ConflictKind = "foreign_exclusive_zone" | "outside_assortment"
export type ConflictPolicy = "credit_zone_owner" | "split" | "keep_seller" | "manual_review"
export type ConflictResolution = "credit_zone_owner" | "split" | "keep_seller"

type Decimal = string | number | { toString(): string }

export type CreditLine = {
  product_id: string | null
  variant_id: string | null
  category_ids: string[]
  quantity: number
  amount: string
}

/** What an order is worth in one dealer's plan: money, orders and product lines. */
export type Credit = {
  amount: string
  order_count: number
  lines: CreditLine[]
}

export type LedgerEntry = {
  amount: Decimal
  order_count: number
  lines?: {
    product_id: string | null
    variant_id: string | null
    category_ids?: string[] | null
    quantity: number
    amount: Decimal
  }[]
}

const CENT_PLACES = 2

/**
 * The policy a new case carries and whether it resolves on its own. A case
 * outside the seller's assortment has nobody to credit, so only `keep_seller`
 * applies to it automatically; any other policy leaves it to an admin.
 * A split without a share cannot be applied either.
 */
export function conflictPolicyFor(
  kind: ConflictKind,
  agreement: { conflict_policy: ConflictPolicy; split_share_percent?: Decimal | null } | null
): { policy: ConflictPolicy; split_share_percent: string | null; note: string | null } {
  const policy = agreement?.conflict_policy ?? "manual_review"
  const share = agreement?.split_share_percent ?? null
  const shareText = share === null ? null : new BigNumber(share.toString()).toFixed()
  if (kind === "outside_assortment" && (policy === "credit_zone_owner" || policy === "split")) {
    return {
      policy: "manual_review",
      split_share_percent: null,
      note: `The agreement's conflict policy (${policy}) needs a zone owner; left for review`,
    }
  }
  if (policy === "split" && !isValidShare(shareText)) {
    return {
      policy: "manual_review",
      split_share_percent: null,
      note: "The agreement's conflict policy is split but names no share; left for review",
    }
  }
  return { policy, split_share_percent: policy === "split" ? shareText : null, note: null }
}

/** The resolution a policy makes without an admin, or null for manual review. */
export function automaticResolutionOf(policy: ConflictPolicy): ConflictResolution | null {
  return policy === "manual_review" ? null : policy
}

/** A share of more than 0 and at most 100 per cent. */
export function isValidShare(share: Decimal | null | undefined): boolean {
  if (share === null || share === undefined) return false
  const value = new BigNumber(share.toString())
  return value.isFinite() && value.gt(0) && value.lte(100)
}

/** What a set of an order's ledger entries for one dealer adds up to, per product line. */
export function netCredit(entries: LedgerEntry[]): Credit {
  let amount = new BigNumber(0)
  let orderCount = 0
  const lines = new Map<string, { line: CreditLine; amount: BigNumber }>()
  for (const entry of entries) {
    amount = amount.plus(entry.amount.toString())
    orderCount += entry.order_count
    for (const line of entry.lines ?? []) {
      const key = `${line.product_id}:${line.variant_id}`
      const current = lines.get(key)
      lines.set(key, {
        line: {
          product_id: line.product_id,
          variant_id: line.variant_id,
          category_ids: current?.line.category_ids.length ? current.line.category_ids : [...(line.category_ids ?? [])],
          quantity: (current?.line.quantity ?? 0) + line.quantity,
          amount: "",
        },
        amount: (current?.amount ?? new BigNumber(0)).plus(line.amount.toString()),
      })
    }
  }
  return {
    amount: amount.toFixed(),
    order_count: orderCount,
    lines: [...lines.values()]
      .filter(({ line, amount }) => line.quantity !== 0 || !amount.isZero())
      .map(({ line, amount }) => ({ ...line, amount: amount.toFixed() })),
  }
}

/**
 * The credit a resolution moves from the seller to the zone owner.
 *
 * - `credit_zone_owner` moves all of it: money, the order and the lines with
 *   their quantities.
 * - `split` moves the share of the money, to the cent (half up), and the same
 *   share of each line's money, allocated so the lines add up to the moved
 *   lines' total. The order and the units stay with the seller, who made the
 *   sale and shipped them: moved lines carry quantity 0, so quantity targets
 *   are not split into fractions of a unit.
 * - `keep_seller` moves nothing.
 */
export function creditToMove(
  net: Credit,
  resolution: ConflictResolution,
  sharePercent?: Decimal | null
): Credit {
  if (resolution === "keep_seller") return { amount: "0", order_count: 0, lines: [] }
  if (resolution === "credit_zone_owner") return net
  if (!isValidShare(sharePercent)) {
    throw new Error(`split needs a share of more than 0 and at most 100 per cent, got ${sharePercent}`)
  }
  const share = new BigNumber(sharePercent!.toString()).div(100)
  const lineAmounts = allocateShare(
    net.lines.map((line) => line.amount),
    share
  )
  return {
    amount: roundToCent(new BigNumber(net.amount).times(share)).toFixed(CENT_PLACES),
    order_count: 0,
    lines: net.lines
      .map((line, i) => ({ ...line, quantity: 0, amount: lineAmounts[i] }))
      .filter((line) => !new BigNumber(line.amount).isZero()),
  }
}

/** The same credit with the opposite sign: what the seller gives up. */
export function negateCredit(credit: Credit): Credit {
  return {
    amount: new BigNumber(credit.amount).negated().toFixed(),
    order_count: -credit.order_count,
    lines: credit.lines.map((line) => ({
      ...line,
      quantity: -line.quantity,
      amount: new BigNumber(line.amount).negated().toFixed(),
    })),
  }
}

export function isEmptyCredit(credit: Credit): boolean {
  return new BigNumber(credit.amount).isZero() && credit.order_count === 0 && credit.lines.length === 0
}

/**
 * Each amount's share, in cents, adding up to the share of their sum rounded
 * half up: every part is first rounded towards zero, and the cents left over go
 * one each to the parts that lost the most in rounding (largest remainder).
 */
export function allocateShare(amounts: Decimal[], share: Decimal): string[] {
  const factor = new BigNumber(share.toString())
  const exact = amounts.map((amount) => new BigNumber(amount.toString()).times(factor))
  const total = roundToCent(exact.reduce((sum, part) => sum.plus(part), new BigNumber(0)))
  const parts = exact.map((part) => part.decimalPlaces(CENT_PLACES, BigNumber.ROUND_DOWN))
  const allocated = parts.reduce((sum, part) => sum.plus(part), new BigNumber(0))
  const leftoverCents = total.minus(allocated).shiftedBy(CENT_PLACES).toNumber()
  if (leftoverCents !== 0 && parts.length) {
    const step = new BigNumber(leftoverCents > 0 ? "0.01" : "-0.01")
    const byLoss = exact
      .map((part, i) => ({ i, loss: part.minus(parts[i]).abs() }))
      .sort((a, b) => b.loss.comparedTo(a.loss) || a.i - b.i)
    for (let n = 0; n < Math.abs(leftoverCents); n++) {
      const { i } = byLoss[n % byLoss.length]
      parts[i] = parts[i].plus(step)
    }
  }
  return parts.map((part) => part.toFixed(CENT_PLACES))
}

function roundToCent(value: BigNumber): BigNumber {
  return value.decimalPlaces(CENT_PLACES, BigNumber.ROUND_HALF_UP)
}
