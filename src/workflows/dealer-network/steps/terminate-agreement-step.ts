import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { restoreDealerAgreements, snapshotDealerAgreements } from "../agreement-snapshot"
import { terminatedBeforeStart } from "../../../lib/refusals"

export type TerminateAgreementStepInput = {
  id: string
  reason: string
  terminated_at?: Date
}

export const terminateAgreementStepId = "dealer-network-terminate-agreement"

/**
 * Ends an active agreement early with a reason; a dealer left without an
 * active agreement becomes terminated. Undo restores the agreements and the
 * dealer's status.
 */
export const terminateAgreementStep = createStep(
  terminateAgreementStepId,
  async (input: TerminateAgreementStepInput, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const agreement = await service.retrieveDealerAgreement(input.id)
    if (
      agreement.status === "active" &&
      input.terminated_at &&
      new Date(input.terminated_at) < new Date(agreement.valid_from)
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        terminatedBeforeStart(agreement.valid_from)
      )
    }
    const snapshot = await snapshotDealerAgreements(service, agreement.dealer_id, [input.id])
    const terminated = await service.terminateAgreement(input.id, {
      reason: input.reason,
      terminated_at: input.terminated_at,
    })
    return new StepResponse(terminated, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await restoreDealerAgreements(service, snapshot)
  }
)
