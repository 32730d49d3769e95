import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import { eventShareMovements, PaidShare, ShareTerms, splitShareOrRefuse } from "./event-share-movements"

export const chargeEventShareStepId = "dealer-network-charge-event-share"

export type ChargeEventShareInput = ShareTerms & { id: string; dealer_id: string }

/**
 * Debits the registration's share from the wallet, split (event credit first,
 * then money) from the balances read under the wallet's lock: a payout or
 * charge that spent them since the registration was prepared changes the
 * split, or refuses it with the figures. Answers what each kind paid; undone
 * by its refund entries.
 */
export const chargeEventShareStep = createStep(
  chargeEventShareStepId,
  async (input: ChargeEventShareInput, { container }) => {
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    let paid: PaidShare | undefined
    await rewards.moveWalletPlanned(input.dealer_id, (balances) => {
      const split = splitShareOrRefuse(input, balances)
      paid = {
        id: input.id,
        dealer_id: input.dealer_id,
        currency_code: input.currency_code,
        paid_event_credit: split.event_credit,
        paid_money: split.money,
      }
      return eventShareMovements(paid, "charge")
    })
    return new StepResponse(paid!, paid)
  },
  async (paid, { container }) => {
    if (!paid) return
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    await rewards.moveWallet(eventShareMovements(paid, "refund"), { allowNegative: true })
  }
)
