import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { seasonalityWeightsProblem } from "../../../lib/seasonality"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"

export type ValidateSplitAnnualPlanInput = {
  dealer_id: string
  seasonality_profile_id: string
  currency_code?: string
}

export const validateSplitAnnualPlanStepId = "dealer-network-validate-split-annual-plan"

/** The dealer and the profile exist; the currency defaults to the dealer's. Returns the profile's weights. */
export const validateSplitAnnualPlanStep = createStep(
  validateSplitAnnualPlanStepId,
  async (input: ValidateSplitAnnualPlanInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [dealer],
    } = await query.graph({ entity: "dealer", fields: ["id", "currency_code"], filters: { id: input.dealer_id } })
    if (!dealer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `dealer_id: dealer ${input.dealer_id} was not found`)
    }
    const service: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    const [profile] = await service.listDealerSeasonalityProfiles({ id: input.seasonality_profile_id }, { take: 1 })
    if (!profile) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `seasonality_profile_id: seasonality profile ${input.seasonality_profile_id} was not found`
      )
    }
    const weights = profile.weights as unknown as number[]
    // Profiles are checked when written; this guards against rows edited behind the API's back.
    const problem = Array.isArray(weights) ? seasonalityWeightsProblem(weights) : "must be a list of 12 numbers"
    if (problem) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `seasonality_profile_id: the weights of profile ${profile.name} ${problem}`
      )
    }
    return new StepResponse({
      currency_code: input.currency_code ?? (dealer.currency_code as string),
      weights,
    })
  }
)
