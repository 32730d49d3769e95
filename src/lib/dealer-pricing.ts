// A dealer's prices: what the agreement's pricing terms and the dealer's partner
// level make of the store's prices. Pure, amounts as decimal strings (bignumber.js).
import BigNumber from "bignumber.js"

/** One price of the store (or of the agreement's base price list) in the dealer's currency. */
export type BasePrice = {
  price_set_id: string
  amount: string | number
  min_quantity?: string | number | null
  max_quantity?: string | number | null
}

/** An agreed price for a variant, already resolved to its price set. */
export type AgreedPrice = BasePrice

export type DealerPriceInput = {
  /** Prices the discounts apply to: the base price list's where it has some, else the store's. */
  basePrices: BasePrice[]
  /** Agreed prices; they replace every base price of their price set. */
  agreedPrices: AgreedPrice[]
  agreementDiscountPercent: string | number
  partnerLevelDiscountPercent: string | number
  /** Decimal places of the currency. */
  precision?: number
}

export type DealerPrice = {
  price_set_id: string
  amount: string
  min_quantity: number | null
  max_quantity: number | null
}

/**
 * The price list of a dealer: agreed prices less the partner level's discount,
 * and every other base price less the agreement's and then the level's discount
 * (compounded: 10% and 5% make 14.5%). Base prices are left out when there is
 * no discount at all, so the store's own price applies.
 */
export function dealerPrices(input: DealerPriceInput): DealerPrice[] {
  const precision = input.precision ?? 2
  const partnerLevelFactor = factorOf(input.partnerLevelDiscountPercent)
  const baseFactor = factorOf(input.agreementDiscountPercent).times(partnerLevelFactor)
  const agreedSets = new Set(input.agreedPrices.map((price) => price.price_set_id))

  const agreed = input.agreedPrices.map((price) => priceTimes(price, partnerLevelFactor, precision))
  const discounted = baseFactor.isEqualTo(1)
    ? []
    : input.basePrices
        .filter((price) => !agreedSets.has(price.price_set_id))
        .map((price) => priceTimes(price, baseFactor, precision))
  return [...agreed, ...discounted]
}

/** 12.5 (%) → 0.875 */
function factorOf(percent: string | number): BigNumber {
  return new BigNumber(1).minus(new BigNumber(percent || 0).dividedBy(100))
}

function priceTimes(price: BasePrice, factor: BigNumber, precision: number): DealerPrice {
  return {
    price_set_id: price.price_set_id,
    amount: new BigNumber(price.amount).times(factor).decimalPlaces(precision, BigNumber.ROUND_HALF_UP).toFixed(),
    min_quantity: quantityOf(price.min_quantity),
    max_quantity: quantityOf(price.max_quantity),
  }
}

function quantityOf(value: string | number | null | undefined): number | null {
  return value == null ? null : Number(value)
}

/** Base prices from the agreement's price list where it prices a set, else the store's own. */
export function mergeBasePrices(listPrices: BasePrice[], storePrices: BasePrice[]): BasePrice[] {
  const listed = new Set(listPrices.map((price) => price.price_set_id))
  return [...listPrices, ...storePrices.filter((price) => !listed.has(price.price_set_id))]
}
