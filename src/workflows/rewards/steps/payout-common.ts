// What the payout steps share: the payout's shape as the steps pass it on,
// the wallet movements of a payout and their reversal, and the lock keys.
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import type { OffsetAllocation } from "../../../lib/receivable-offset"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type { PayoutForm, PayoutStatus } from "../../../types/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import type { WalletMovement } from "../../../types/rewards"
import { rawAmount } from "../../../lib/amounts"

/** Credit lines of a receivable offset mark their source with this reference. */
export const PAYOUT_CREDIT_LINE_REFERENCE = "dealer_reward_payout"
export const PAYOUT_CREDIT_LINE_REVERSAL_REFERENCE = "dealer_reward_payout_reversal"

/** Payouts of one dealer's wallet run one at a time (Locking module). */
export const payoutWalletLockKey = (dealerId: string) => `dealer-network-payout:${dealerId}`
/** Status changes of payouts (approve, export, mark paid, cancel) run one at a time. */
export const PAYOUT_STATUS_LOCK_KEY = "dealer-network-payout-status"

/** Everything a payout will do, decided before anything is written. */
export type PayoutPlan = {
  dealer_id: string
  dealer_code: string
  form: PayoutForm
  currency_code: string
  /** The amount asked for. */
  requested_amount: string
  /** What leaves the wallet (for a receivable offset: what the unpaid orders take). */
  amount: string
  note: string | null
  program_id: string | null
  points_per_unit: string | null
  /** Marketing points credited for the money (marketing_points). */
  points: string | null
  /** Per unpaid order, oldest due first (receivable_offset). */
  allocations: OffsetAllocation[]
  /** What is left of the requested amount; it stays in the wallet. */
  remainder: string
  /** The dealer's customer group, the only one that may use the discount (next_period_discount). */
  customer_group_id: string | null
  /** "YYYY-MM" of the month the discount can be used in, and that month's bounds. */
  discount_month: string | null
  starts_at: string | null
  ends_at: string | null
}

export type PayoutRecord = {
  id: string
  dealer_id: string
  form: PayoutForm
  status: PayoutStatus
  amount: string
  currency_code: string
  reference: string | null
  note: string | null
  details: Record<string, unknown> | null
  approved_at: Date | string | null
  exported_at: Date | string | null
  paid_at: Date | string | null
}

/** A payout through the rewards service, with its exact amount, or a 404. */
export async function loadPayout(container: MedusaContainer, id: string): Promise<PayoutRecord> {
  const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
  const [payout] = await rewards.listDealerPayouts({ id }, { take: 1 })
  if (!payout) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout with id: ${id} was not found`)
  return { ...payout, amount: rawAmount(payout, "amount") } as PayoutRecord
}

/** The movements that take a payout out of the wallet: money out, and for a conversion the points in. */
export function payoutMovements(payout: {
  id: string
  dealer_id: string
  form: PayoutForm
  amount: string
  currency_code: string
  points?: string | null
}): WalletMovement[] {
  const movements: WalletMovement[] = [
    {
      dealer_id: payout.dealer_id,
      kind: "money",
      amount: new BigNumber(payout.amount).negated().toFixed(),
      currency_code: payout.currency_code,
      source_type: "payout",
      source_id: payout.id,
      description: `Payout ${payout.id} (${payout.form.replace(/_/g, " ")})`,
    },
  ]
  if (payout.points && new BigNumber(payout.points).gt(0)) {
    movements.push({
      dealer_id: payout.dealer_id,
      kind: "marketing_points",
      amount: new BigNumber(payout.points).toFixed(),
      currency_code: payout.currency_code,
      source_type: "payout",
      source_id: payout.id,
      description: `Marketing points for payout ${payout.id}`,
    })
  }
  return movements
}

/** The reversal of a payout's movements: each one back, as a payout_reversal entry (nothing is deleted). */
export function reversalMovements(movements: WalletMovement[], why: string): WalletMovement[] {
  return movements.map((movement) => ({
    ...movement,
    amount: new BigNumber(movement.amount).negated().toFixed(),
    source_type: "payout_reversal" as const,
    description: `${why}: payout ${movement.source_id}`,
  }))
}
