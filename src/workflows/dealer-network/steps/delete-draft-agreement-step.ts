import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { agreementStatusRefused } from "../../../lib/refusals"

export const deleteDraftAgreementStepId = "dealer-network-delete-draft-agreement"

/** Soft-deletes a draft agreement; a signed one stays in the history. Undo restores it. */
export const deleteDraftAgreementStep = createStep(
  deleteDraftAgreementStepId,
  async (id: string, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const agreement = await service.retrieveDealerAgreement(id)
    if (agreement.status !== "draft") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        agreementStatusRefused(agreement, "only a draft can be deleted")
      )
    }
    await service.softDeleteDealerAgreements(id)
    return new StepResponse(agreement, id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await service.restoreDealerAgreements(id)
  }
)
