import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"

export const adjustMaterialStockStepId = "dealer-network-adjust-material-stock"

/** `adjustment` adds units (restock) or takes them away (a count found short); `stock` sets it, null = unlimited. */
export type AdjustMaterialStockInput = { id: string; adjustment?: number; stock?: number | null }

/** Restocks or corrects a material's stock under its row lock, never below zero. */
export const adjustMaterialStockStep = createStep(
  adjustMaterialStockStepId,
  async (input: AdjustMaterialStockInput, { container }) => {
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    return new StepResponse(await engagement.adjustMaterialStock(input))
  }
)
