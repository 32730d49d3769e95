import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PlanTargetInput } from "../../../types/sales-plan"

export type ValidatePlanReferencesInput = {
  dealer_id: string
  currency_code?: string
  targets?: PlanTargetInput[]
}

export const validatePlanReferencesStepId = "dealer-network-validate-plan-references"

/** The plan's dealer, products and categories exist; the currency defaults to the dealer's. */
export const validatePlanReferencesStep = createStep(
  validatePlanReferencesStepId,
  async (input: ValidatePlanReferencesInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [dealer],
    } = await query.graph({ entity: "dealer", fields: ["id", "currency_code"], filters: { id: input.dealer_id } })
    if (!dealer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `dealer_id: dealer ${input.dealer_id} was not found`)
    }
    for (const [type, entity] of [
      ["product", "product"],
      ["category", "product_category"],
    ] as const) {
      const ids = (input.targets ?? []).filter((t) => t.target_type === type).map((t) => t.target_id)
      if (!ids.length) continue
      const { data } = await query.graph({ entity, fields: ["id"], filters: { id: ids } })
      const missing = ids.filter((id) => !data.some((row: { id: string }) => row.id === id))
      if (missing.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `targets.target_id: ${type} ${missing.join(", ")} was not found`
        )
      }
    }
    return new StepResponse({ currency_code: input.currency_code ?? (dealer.currency_code as string) })
  }
)
