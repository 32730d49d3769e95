import BigNumber from "bignumber.js"

// Marketing materials ordered for points: what a request costs, whether the
// stock holds it, who may order a material, and how stock is adjusted.

/** A material as a request prices it. */
export type PricedMaterial = {
  id: string
  code: string
  title: string
  points_price: string
  /** null = unlimited. */
  stock: number | null
  tier_ids: string[]
  is_active: boolean
}

export type AskedLine = { material_id: string; quantity: number }

export type PricedLine = {
  material_id: string
  code: string
  title: string
  quantity: number
  points_each: string
  points_total: string
}

/** Points as the API answers them: a decimal string without trailing zeros ("120", "12.5"). */
export function pointsString(value: string | number | BigNumber): string {
  return new BigNumber(value).toFixed()
}

/** The same material asked twice is one line with both quantities, in the order first asked. */
export function mergeLines(lines: AskedLine[]): AskedLine[] {
  const merged = new Map<string, number>()
  for (const line of lines) merged.set(line.material_id, (merged.get(line.material_id) ?? 0) + line.quantity)
  return [...merged].map(([material_id, quantity]) => ({ material_id, quantity }))
}

/** Whether a dealer of `tierId` (null: no tier) may order a material limited to `tierIds` (empty: everyone). */
export function tierAllows(tierIds: string[] | null | undefined, tierId: string | null | undefined): boolean {
  return !tierIds?.length || (!!tierId && tierIds.includes(tierId))
}

/**
 * Prices the lines of a request (quantity × points each) after checking that
 * each material exists, is active, is open to the dealer's tier and has the
 * units in stock. Answers the lines and their total, or the first problem as
 * a message naming the field ("lines.1.quantity: …").
 */
export function priceRequest(
  asked: AskedLine[],
  materials: PricedMaterial[],
  tierId: string | null
): { lines: PricedLine[]; total_points: string } | { problem: string } {
  const lines: PricedLine[] = []
  for (const [index, line] of asked.entries()) {
    const material = materials.find((candidate) => candidate.id === line.material_id)
    const at = `lines.${index}`
    if (!material) return { problem: `${at}.material_id: no material ${line.material_id}` }
    if (!material.is_active) return { problem: `${at}.material_id: ${material.code} is not offered any more` }
    if (!tierAllows(material.tier_ids, tierId)) {
      return { problem: `${at}.material_id: ${material.code} is reserved for other partner tiers` }
    }
    if (material.stock !== null && material.stock < line.quantity) {
      return { problem: `${at}.quantity: ${material.stock} of ${material.code} in stock; ${line.quantity} asked` }
    }
    const each = new BigNumber(material.points_price)
    lines.push({
      material_id: material.id,
      code: material.code,
      title: material.title,
      quantity: line.quantity,
      points_each: each.toFixed(),
      points_total: each.times(line.quantity).toFixed(),
    })
  }
  const total = lines.reduce((sum, line) => sum.plus(line.points_total), new BigNumber(0))
  return { lines, total_points: total.toFixed() }
}

/** Why a balance does not cover a request's points ("points: … needs 450 …; the balance is 300"), or null. */
export function pointsShortfall(needed: string, balance: string): string | null {
  if (new BigNumber(balance).gte(needed)) return null
  return `points: the request needs ${pointsString(needed)} marketing points; the dealer's balance is ${pointsString(balance)}`
}

/** The most units a stock (a PostgreSQL integer) holds. */
export const MAX_STOCK = 2_147_483_647

/**
 * The stock after an adjustment: `stock` sets it (null = unlimited), or
 * `adjustment` adds to it (negative takes away). Refuses a negative result and
 * adjusting an unlimited stock.
 */
export function adjustedStock(
  current: number | null,
  change: { adjustment?: number; stock?: number | null }
): { stock: number | null } | { problem: string } {
  if (change.stock !== undefined) return { stock: change.stock }
  const adjustment = change.adjustment ?? 0
  if (current === null) return { problem: "adjustment: the stock is unlimited; set a stock first" }
  const after = current + adjustment
  if (after < 0) return { problem: `adjustment: ${current} in stock; taking ${-adjustment} would leave ${after}` }
  if (after > MAX_STOCK) return { problem: `adjustment: ${current} in stock; the stock holds at most ${MAX_STOCK}` }
  return { stock: after }
}
