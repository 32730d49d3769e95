import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import type { AgreementVersionInput } from "../../../types/dealer-network"
import { agreementState } from "../agreement-snapshot"

export type CreateAgreementVersionStepInput = { id: string; version: AgreementVersionInput }

export const createAgreementVersionStepId = "dealer-network-create-agreement-version"

/**
 * A new version of an active agreement from `effective_from`, with the changed
 * terms; the old version ends that day. Undo removes the new version and
 * gives the old one back its end and status.
 */
export const createAgreementVersionStep = createStep(
  createAgreementVersionStepId,
  async ({ id, version }: CreateAgreementVersionStepInput, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const source = await service.retrieveDealerAgreement(id)
    if (source.status === "active") {
      const policy = version.conflict_policy ?? source.conflict_policy
      const share =
        version.split_share_percent === undefined
          ? source.split_share_percent
          : version.split_share_percent
      if (policy === "split" && share == null) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "split_share_percent: required when conflict_policy is split"
        )
      }
    }
    const created = await service.createAgreementVersion(id, version)
    return new StepResponse(created, { created_id: created.id, source: agreementState(source) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await service.deleteDealerAgreements(undo.created_id)
    await service.updateDealerAgreements(undo.source)
  }
)
