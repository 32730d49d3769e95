import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import { payoutMovements, PayoutRecord, reversalMovements } from "./payout-common"

export const reversePayoutDebitStepId = "dealer-network-reverse-payout-debit"

/**
 * Gives a canceled payout's money back to the wallet: the reversal of its
 * debit as a payout_reversal entry. Written once per payout however often it
 * runs (the wallet is idempotent per source); nothing is deleted.
 */
export const reversePayoutDebitStep = createStep(
  reversePayoutDebitStepId,
  async (payout: PayoutRecord, { container }) => {
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    const entries = await rewards.moveWallet(reversalMovements(payoutMovements(payout), "Canceled"), { allowNegative: true })
    return new StepResponse(entries.map((entry) => entry.id))
  }
)
