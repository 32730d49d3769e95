import BigNumber from "bignumber.js"
import { moneyString } from "./amounts"

// An event's cost and the dealer's share of it: who pays what for its seats.

/** The dealer's share of `seats` seats: seats × cost per seat × share % ÷ 100, rounded half-up to the currency's cents. */
export function dealerShare(input: { seats: number; cost_per_seat: string; share_percent: string; currency_code: string }): string {
  const share = new BigNumber(input.cost_per_seat).times(input.seats).times(input.share_percent).div(100)
  return moneyString(share, input.currency_code)
}

export type ShareSplit = { event_credit: string; money: string }

/**
 * How a share is paid: event credit first, then money (when `money` may pay,
 * else nothing), or null when the balances do not cover it. Negative balances
 * pay nothing.
 */
export function splitShare(share: string, balances: { event_credit: string; money: string | null }): ShareSplit | null {
  const owed = new BigNumber(share)
  const credit = BigNumber.max(0, BigNumber.min(owed, balances.event_credit))
  const rest = owed.minus(credit)
  const money = balances.money === null ? new BigNumber(0) : BigNumber.max(0, new BigNumber(balances.money))
  if (rest.gt(money)) return null
  return { event_credit: credit.toFixed(), money: rest.toFixed() }
}

/** What seats cost in all, what the dealers paid and the rest the manufacturer pays. */
export function eventCost(input: { seats: number; cost_per_seat: string; dealers_paid: string; currency_code: string }) {
  const cost = new BigNumber(input.cost_per_seat).times(input.seats)
  return {
    cost: moneyString(cost, input.currency_code),
    dealers_paid: moneyString(input.dealers_paid, input.currency_code),
    manufacturer_paid: moneyString(cost.minus(input.dealers_paid), input.currency_code),
  }
}

export type EventSchedule = {
  starts_at: Date
  ends_at: Date
  registration_deadline: Date
  cancellation_deadline: Date
}

/** Why an event's dates do not fit together (start before end, both deadlines by the start), or null. */
export function eventScheduleProblem(schedule: EventSchedule): string | null {
  if (schedule.ends_at <= schedule.starts_at) return "ends_at: must be after starts_at"
  if (schedule.registration_deadline > schedule.starts_at) return "registration_deadline: must not be after starts_at"
  if (schedule.cancellation_deadline > schedule.starts_at) return "cancellation_deadline: must not be after starts_at"
  return null
}
