import { MedusaError } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import { moneyString } from "../../../lib/amounts"
import { ShareSplit, splitShare } from "../../../lib/event-cost"
import type { WalletBalance, WalletMovement } from "../../../types/rewards"

/** The paid part of a registration's share, by wallet kind. */
export type PaidShare = {
  id: string
  dealer_id: string
  currency_code: string
  paid_event_credit: string
  paid_money: string
}

/**
 * A registration's share as wallet movements: out when it is charged
 * (`event_registration`), back in when it is refunded (`event_refund`). The
 * registration is the source, so each is written once per kind.
 */
export function eventShareMovements(paid: PaidShare, direction: "charge" | "refund"): WalletMovement[] {
  const parts = [
    { kind: "event_credit" as const, amount: paid.paid_event_credit },
    { kind: "money" as const, amount: paid.paid_money },
  ].filter((part) => new BigNumber(part.amount).gt(0))
  return parts.map((part) => ({
    dealer_id: paid.dealer_id,
    kind: part.kind,
    amount: direction === "charge" ? new BigNumber(part.amount).negated().toFixed() : new BigNumber(part.amount).toFixed(),
    currency_code: paid.currency_code,
    source_type: direction === "charge" ? "event_registration" : "event_refund",
    source_id: paid.id,
    description: direction === "charge" ? "Share of an event's seats" : "Event share refunded",
  }))
}

/** A share and what may pay it: event credit always, money when the dealer's agreement allows it. */
export type ShareTerms = { share_amount: string; currency_code: string; share_from_money: boolean }

/**
 * How the share is paid from these balances (event credit first, then money
 * when allowed), or the event's 400 with the figures when they do not cover it.
 */
export function splitShareOrRefuse(terms: ShareTerms, balances: WalletBalance[]): ShareSplit {
  const currency = terms.currency_code
  const balance = (kind: string) => balances.find((b) => b.kind === kind && b.currency_code === currency)?.balance ?? "0"
  const split = splitShare(terms.share_amount, {
    event_credit: balance("event_credit"),
    money: terms.share_from_money ? balance("money") : null,
  })
  if (split) return split
  const inCurrency = (kind: string) => `${moneyString(balance(kind), currency)} ${currency.toUpperCase()}`
  const money = terms.share_from_money
    ? ` and money balance ${inCurrency("money")}`
    : " (the dealer's agreement does not let money pay event shares)"
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `seats: the dealer's share is ${terms.share_amount} ${currency.toUpperCase()}; its event credit balance ${inCurrency("event_credit")}${money} does not cover it`
  )
}
