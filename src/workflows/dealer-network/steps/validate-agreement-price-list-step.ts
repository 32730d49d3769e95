import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateAgreementPriceListStepId = "dealer-network-validate-agreement-price-list"

/** Refuses agreement terms that name a price list which does not exist. */
export const validateAgreementPriceListStep = createStep(
  validateAgreementPriceListStepId,
  async (input: { price_list_id?: string | null }, { container }) => {
    if (!input.price_list_id) return new StepResponse(void 0)
    const [priceList] = await container
      .resolve(Modules.PRICING)
      .listPriceLists({ id: [input.price_list_id] }, { select: ["id"], take: 1 })
    if (!priceList) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `price_list_id: price list ${input.price_list_id} was not found`
      )
    }
    return new StepResponse(void 0)
  }
)
