import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { restoreDealerAgreements, snapshotDealerAgreements } from "../agreement-snapshot"

export type DealerTermination = { reason: string; terminated_at?: Date }

export type TerminateDealerAgreementsStepInput = { dealer_id: string; termination: DealerTermination }

export const terminateDealerAgreementsStepId = "dealer-network-terminate-dealer-agreements"

/**
 * Ends every active agreement of a dealer being terminated, with the
 * termination's date and reason. Undo restores the agreements and the
 * dealer's status.
 */
export const terminateDealerAgreementsStep = createStep(
  terminateDealerAgreementsStepId,
  async ({ dealer_id, termination }: TerminateDealerAgreementsStepInput, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const snapshot = await snapshotDealerAgreements(service, dealer_id)
    const active = await service.listDealerAgreements(
      { dealer_id, status: "active" },
      { select: ["id", "number"], order: { valid_from: "ASC" } }
    )
    // Terminating one version of a contract ends its other active versions too: one call per contract.
    const firstVersionOf = new Map<string, string>()
    for (const agreement of active) {
      if (!firstVersionOf.has(agreement.number)) firstVersionOf.set(agreement.number, agreement.id)
    }
    for (const id of firstVersionOf.values()) {
      await service.terminateAgreement(id, termination)
    }
    return new StepResponse([...firstVersionOf.values()], snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await restoreDealerAgreements(service, snapshot)
  }
)
