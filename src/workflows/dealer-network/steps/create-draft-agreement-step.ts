import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import type { CreateAgreementInput } from "../../../types/dealer-network"

export const createDraftAgreementStepId = "dealer-network-create-draft-agreement"

export const createDraftAgreementStep = createStep(
  createDraftAgreementStepId,
  async (input: CreateAgreementInput, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const agreement = await service.createDraftAgreement(input)
    return new StepResponse(agreement, agreement.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await service.deleteDealerAgreements(id)
  }
)
