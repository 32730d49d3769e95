import BigNumber from "bignumber.js"
import type { WalletMovement } from "../../../types/rewards"

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
