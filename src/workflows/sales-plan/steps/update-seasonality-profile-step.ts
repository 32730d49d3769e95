import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"
import { asProfileData, assertUniqueProfileName, SeasonalityProfileInput } from "./create-seasonality-profile-step"

export type UpdateSeasonalityProfileStepInput = { id: string; update: Partial<SeasonalityProfileInput> }

export const updateSeasonalityProfileStepId = "dealer-network-update-seasonality-profile"

/** Updates a seasonality profile; undo puts the changed fields back. */
export const updateSeasonalityProfileStep = createStep(
  updateSeasonalityProfileStepId,
  async ({ id, update }: UpdateSeasonalityProfileStepInput, { container }) => {
    const service: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    const before = await service.retrieveDealerSeasonalityProfile(id)
    await assertUniqueProfileName(service, id, update.name)
    const profile = await service.updateDealerSeasonalityProfiles({ id, ...asProfileData(update) })
    const previous = Object.fromEntries(
      Object.keys(update).map((key) => [key, before[key as keyof typeof before]])
    ) as Partial<SeasonalityProfileInput>
    return new StepResponse(profile, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container
      .resolve<SalesPlanModuleService>(SALES_PLAN_MODULE)
      .updateDealerSeasonalityProfiles({ id: undo.id, ...asProfileData(undo.previous) })
  }
)
