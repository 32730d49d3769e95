import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PriceTerm } from "../../../types/dealer-network"

export const validateAgreementPricingStepId = "dealer-network-validate-agreement-pricing"

export type AgreementPricingInput = { price_list_id?: string | null; price_terms?: PriceTerm[] | null }

/** Refuses pricing terms that name a price list or variants which do not exist. */
export const validateAgreementPricingStep = createStep(
  validateAgreementPricingStepId,
  async (input: AgreementPricingInput, { container }) => {
    if (input.price_list_id) {
      const [priceList] = await container
        .resolve(Modules.PRICING)
        .listPriceLists({ id: [input.price_list_id] }, { select: ["id"], take: 1 })
      if (!priceList) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `price_list_id: price list ${input.price_list_id} was not found`
        )
      }
    }
    const variantIds = [...new Set((input.price_terms ?? []).map((term) => term.variant_id))]
    if (variantIds.length) {
      const { data: found } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "variant", fields: ["id"], filters: { id: variantIds } })
      const known = new Set(found.map((variant: { id: string }) => variant.id))
      const missing = variantIds.filter((id) => !known.has(id))
      if (missing.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `price_terms: variants not found: ${missing.join(", ")}`
        )
      }
    }
    return new StepResponse(void 0)
  }
)
