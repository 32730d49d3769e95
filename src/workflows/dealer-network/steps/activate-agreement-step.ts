import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { restoreDealerAgreements, snapshotDealerAgreements } from "../agreement-snapshot"

export const activateAgreementStepId = "dealer-network-activate-agreement"

/**
 * Puts a draft in force and makes the dealer active; the dealer's earlier
 * contract ends where this one starts. Undo restores the draft, the earlier
 * contract and the dealer's status.
 */
export const activateAgreementStep = createStep(
  activateAgreementStepId,
  async (id: string, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const agreement = await service.retrieveDealerAgreement(id, { select: ["id", "dealer_id"] })
    const snapshot = await snapshotDealerAgreements(service, agreement.dealer_id, [id])
    const activated = await service.activateAgreement(id)
    return new StepResponse(activated, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await restoreDealerAgreements(service, snapshot)
  }
)
