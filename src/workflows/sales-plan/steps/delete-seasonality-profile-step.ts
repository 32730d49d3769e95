import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"

export const deleteSeasonalityProfileStepId = "dealer-network-delete-seasonality-profile"

/**
 * Soft-deletes a seasonality profile; undo restores it. Plans split by it keep
 * their monthly amounts: a plan does not refer to the profile it came from.
 */
export const deleteSeasonalityProfileStep = createStep(
  deleteSeasonalityProfileStepId,
  async (id: string, { container }) => {
    const service: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    await service.retrieveDealerSeasonalityProfile(id)
    await service.softDeleteDealerSeasonalityProfiles(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SalesPlanModuleService>(SALES_PLAN_MODULE).restoreDealerSeasonalityProfiles(id)
  }
)
