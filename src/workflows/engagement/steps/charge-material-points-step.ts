import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pointsShortfall } from "../../../lib/material-points"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import { materialPointsMovements, RequestPoints } from "./material-points-movements"

export const chargeMaterialPointsStepId = "dealer-network-charge-material-points"

/**
 * Debits the request's points from the dealer's wallet. The rewards service
 * serialises a dealer's wallet writes and refuses a debit the balance does
 * not cover, so concurrent requests never take it below zero; the refusal
 * states the figures as they are then. Undone by a refund entry.
 */
export const chargeMaterialPointsStep = createStep(
  chargeMaterialPointsStepId,
  async (request: RequestPoints, { container }) => {
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    try {
      await rewards.moveWallet(materialPointsMovements(request, "charge"))
    } catch (error) {
      if (!MedusaError.isMedusaError(error) || (error as MedusaError).type !== MedusaError.Types.NOT_ALLOWED) throw error
      const balance =
        (await rewards.walletBalances(request.dealer_id)).find(
          (b) => b.kind === "marketing_points" && b.currency_code === request.currency_code
        )?.balance ?? "0"
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, pointsShortfall(request.total_points, balance) ?? (error as Error).message)
    }
    return new StepResponse({ id: request.id }, request)
  },
  async (request, { container }) => {
    if (!request) return
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    await rewards.moveWallet(materialPointsMovements(request, "refund"), { allowNegative: true })
  }
)
