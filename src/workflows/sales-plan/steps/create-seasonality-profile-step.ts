import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"
import { seasonalityProfileExists } from "../../../lib/refusals"

export type SeasonalityProfileInput = {
  name: string
  /** 12 monthly weights in percent, summing to 100 (validated by the route). */
  weights: number[]
  description?: string | null
}

/**
 * A profile's name identifies it. Checked before writing so the error names
 * the field; the partial unique index still catches a concurrent write.
 */
export async function assertUniqueProfileName(
  service: SalesPlanModuleService,
  profileId: string | null,
  name: string | undefined
) {
  if (name === undefined) return
  const [existing] = await service.listDealerSeasonalityProfiles({ name }, { take: 1 })
  if (existing && existing.id !== profileId) {
    throw new MedusaError(
      MedusaError.Types.DUPLICATE_ERROR,
      seasonalityProfileExists(name, existing.id)
    )
  }
}

/** The model types a json column as an object; the weights are a JSON array. */
export function asProfileData<T extends Partial<SeasonalityProfileInput>>(data: T) {
  return data as Omit<T, "weights"> & { weights?: Record<string, unknown> }
}

export const createSeasonalityProfileStepId = "dealer-network-create-seasonality-profile"

/** Creates a seasonality profile; undo deletes it. */
export const createSeasonalityProfileStep = createStep(
  createSeasonalityProfileStepId,
  async (input: SeasonalityProfileInput, { container }) => {
    const service: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    await assertUniqueProfileName(service, null, input.name)
    const profile = await service.createDealerSeasonalityProfiles(asProfileData(input))
    return new StepResponse(profile, profile.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SalesPlanModuleService>(SALES_PLAN_MODULE).deleteDealerSeasonalityProfiles(id)
  }
)
