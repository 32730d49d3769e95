import type { DealerPriceBreak } from "medusa-plugin-dealer-network/client"

/** One line of the quick-order pad as typed or pasted: a SKU and a quantity, or why the quantity is unusable. */
export type PadLine = { line: number; sku: string; quantity: number | null }

/**
 * Lines pasted from a spreadsheet (two columns: tab separated) or typed with a
 * semicolon or comma between SKU and quantity. Blank lines are skipped; a
 * missing quantity means one unit; anything but a whole number from 1 is null.
 */
export function parsePadLines(text: string): PadLine[] {
  return text.split(/\r?\n/).flatMap((raw, index) => {
    const [sku = "", quantity = ""] = raw.split(/[\t;,]/).map((cell) => cell.trim())
    if (!sku) return []
    return [{ line: index + 1, sku: sku.toUpperCase(), quantity: quantity === "" ? 1 : wholeQuantity(quantity) }]
  })
}

function wholeQuantity(text: string): number | null {
  if (!/^\d+$/.test(text)) return null
  const quantity = Number(text)
  return quantity >= 1 && quantity <= 1_000_000 ? quantity : null
}

/** The dealer price that applies to this quantity: the break with the highest `min_quantity` reached. */
export function priceForQuantity(prices: DealerPriceBreak[], quantity: number): DealerPriceBreak | null {
  const applicable = prices.filter(
    (price) => (price.min_quantity ?? 0) <= quantity && (price.max_quantity == null || price.max_quantity >= quantity)
  )
  return applicable.reduce<DealerPriceBreak | null>(
    (best, price) => (!best || (price.min_quantity ?? 0) > (best.min_quantity ?? 0) ? price : best),
    null
  )
}
