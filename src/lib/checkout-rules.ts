// The agreement's order rules at checkout: who may order in the B2B channel,
// minimum order, assortment and credit limit. Pure; amounts are decimal strings.
import BigNumber from "bignumber.js"

export type CheckoutDealer = { code: string; name: string; status: string }

export type CheckoutTerms = {
  number: string
  min_order_amount: string | null
  credit_limit: string | null
  restrict_to_assortment: boolean
}

export type CheckoutFacts = {
  /** The cart is in the B2B sales channel the plugin guards. */
  inB2BChannel: boolean
  /** The dealer whose member owns the cart, if any. */
  dealer: CheckoutDealer | null
  /** The dealer's agreement in force, if any. */
  terms: CheckoutTerms | null
  currencyCode: string
  /** Everything the cart will owe: items, shipping, taxes, less discounts. */
  cartTotal: string
  /** Goods before tax and shipping, which the minimum order is about. */
  itemSubtotal: string
  /** What the dealer still owes on earlier orders. */
  outstanding: string
  /** Titles of the cart's items outside the dealer's assortment zones. */
  itemsOutsideAssortment: string[]
}

export type CheckoutViolationCode =
  | "not_a_dealer"
  | "dealer_not_active"
  | "below_minimum_order"
  | "outside_assortment"
  | "credit_limit_exceeded"

/** The figures behind each refusal, so a client can say it in its own language and formats. */
export type CheckoutViolationFigures = {
  not_a_dealer: Record<string, never>
  dealer_not_active: { dealer_code: string; dealer_name: string; dealer_status: string }
  below_minimum_order: {
    agreement_number: string
    currency_code: string
    min_order_amount: string
    item_subtotal: string
    short_by: string
  }
  outside_assortment: { agreement_number: string; products: string[] }
  credit_limit_exceeded: {
    agreement_number: string
    currency_code: string
    credit_limit: string
    outstanding: string
    /** What the dealer can still order on account before this cart. */
    available: string
    cart_total: string
    /** Outstanding plus this cart. */
    owed_after: string
    over_by: string
  }
}

export type CheckoutViolation = {
  [Code in CheckoutViolationCode]: {
    code: Code
    /** The agreement term (or cart field) the rule is about. */
    field: string
    /** The refusal in English, with the figures. */
    message: string
    figures: CheckoutViolationFigures[Code]
  }
}[CheckoutViolationCode]

export type CreditPosition = {
  credit_limit: string
  outstanding: string
  cart_total: string
  /** What the dealer can still order on account before this cart. */
  available: string
}

/** Every rule the cart breaks; empty when it may be completed. */
export function checkoutViolations(facts: CheckoutFacts): CheckoutViolation[] {
  const { dealer } = facts
  if (!dealer) {
    return facts.inB2BChannel
      ? [{ code: "not_a_dealer", field: "customer_id", message: "Only members of an active dealer can order in the B2B sales channel; this customer belongs to no dealer.", figures: {} }]
      : []
  }
  if (dealer.status !== "active") {
    return facts.inB2BChannel
      ? [
          {
            code: "dealer_not_active",
            field: "customer_id",
            message: `Dealer ${dealer.name} (${dealer.code}) is ${dealer.status}; its members cannot order in the B2B sales channel.`,
            figures: { dealer_code: dealer.code, dealer_name: dealer.name, dealer_status: dealer.status },
          },
        ]
      : []
  }
  if (!facts.terms) return []
  return [minimumOrder(facts), assortment(facts), creditLimit(facts)].filter(
    (violation): violation is CheckoutViolation => violation !== null
  )
}

/** Limit, balance and what is left of it; null when the agreement sets no limit. */
export function creditPosition(facts: CheckoutFacts): CreditPosition | null {
  if (facts.terms?.credit_limit == null) return null
  const limit = new BigNumber(facts.terms.credit_limit)
  return {
    credit_limit: limit.toFixed(),
    outstanding: new BigNumber(facts.outstanding).toFixed(),
    cart_total: new BigNumber(facts.cartTotal).toFixed(),
    available: BigNumber.max(limit.minus(facts.outstanding), 0).toFixed(),
  }
}

function minimumOrder(facts: CheckoutFacts): CheckoutViolation | null {
  const minimum = facts.terms?.min_order_amount
  if (minimum == null || new BigNumber(facts.itemSubtotal).gte(minimum)) return null
  const money = moneyIn(facts.currencyCode)
  const shortBy = new BigNumber(minimum).minus(facts.itemSubtotal)
  return {
    code: "below_minimum_order",
    field: "min_order_amount",
    message: `The minimum order under agreement ${facts.terms!.number} is ${money(minimum)} of goods; this cart has ${money(facts.itemSubtotal)}, ${money(shortBy)} short.`,
    figures: {
      agreement_number: facts.terms!.number,
      currency_code: facts.currencyCode,
      min_order_amount: new BigNumber(minimum).toFixed(),
      item_subtotal: new BigNumber(facts.itemSubtotal).toFixed(),
      short_by: shortBy.toFixed(),
    },
  }
}

function assortment(facts: CheckoutFacts): CheckoutViolation | null {
  if (!facts.terms?.restrict_to_assortment || !facts.itemsOutsideAssortment.length) return null
  return assortmentViolation(facts.terms.number, facts.itemsOutsideAssortment, "items")
}

/** Products outside the dealer's assortment under an agreement that limits orders to it. */
export function assortmentViolation(agreementNumber: string, titles: string[], field: string): CheckoutViolation {
  return {
    code: "outside_assortment",
    field,
    message: `Agreement ${agreementNumber} limits orders to the dealer's assortment; outside it: ${titles.join(", ")}.`,
    figures: { agreement_number: agreementNumber, products: titles },
  }
}

function creditLimit(facts: CheckoutFacts): CheckoutViolation | null {
  const position = creditPosition(facts)
  if (!position) return null
  const owedAfter = new BigNumber(position.outstanding).plus(position.cart_total)
  if (owedAfter.lte(position.credit_limit)) return null
  const money = moneyIn(facts.currencyCode)
  const overBy = owedAfter.minus(position.credit_limit)
  return {
    code: "credit_limit_exceeded",
    field: "credit_limit",
    message: `Credit limit exceeded: the limit is ${money(position.credit_limit)}, the unpaid balance ${money(position.outstanding)} and this cart ${money(position.cart_total)}; together ${money(owedAfter)}, ${money(overBy)} over the limit.`,
    figures: {
      agreement_number: facts.terms!.number,
      currency_code: facts.currencyCode,
      credit_limit: position.credit_limit,
      outstanding: position.outstanding,
      available: position.available,
      cart_total: position.cart_total,
      owed_after: owedAfter.toFixed(),
      over_by: overBy.toFixed(),
    },
  }
}

function moneyIn(currencyCode: string) {
  return (amount: BigNumber.Value) => `${new BigNumber(amount).toFixed(2)} ${currencyCode.toUpperCase()}`
}
