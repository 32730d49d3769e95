import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import type { WalletMovement } from "../../../types/rewards"
import { reversalMovements } from "./payout-common"

export const debitPayoutWalletStepId = "dealer-network-debit-payout-wallet"

/**
 * Takes the payout out of the wallet (money out; for a conversion the points
 * in, in the same transaction). The rewards service refuses a debit the
 * balance does not cover. Undo writes the reversal as payout_reversal entries.
 */
export const debitPayoutWalletStep = createStep(
  debitPayoutWalletStepId,
  async (movements: WalletMovement[], { container }) => {
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    const entries = await rewards.moveWallet(movements)
    return new StepResponse(
      entries.map((entry) => entry.id),
      movements
    )
  },
  async (movements, { container }) => {
    if (!movements?.length) return
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    await rewards.moveWallet(reversalMovements(movements, "Undone"), { allowNegative: true })
  }
)
