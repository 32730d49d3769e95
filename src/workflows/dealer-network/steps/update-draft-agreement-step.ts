import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { agreementRow } from "../../../modules/dealer-network/services/agreements"
import type { CreateAgreementInput } from "../../../types/dealer-network"
import { agreementStatusRefused, alreadyExists, validToAfterFrom } from "../../../lib/refusals"

export type UpdateDraftAgreementInput = Partial<Omit<CreateAgreementInput, "dealer_id">>
export type UpdateDraftAgreementStepInput = { id: string; update: UpdateDraftAgreementInput }

export const updateDraftAgreementStepId = "dealer-network-update-draft-agreement"

/**
 * Changes a draft agreement's terms. A signed (active, expired, terminated)
 * agreement is never edited in place: its terms change through a new version.
 * Undo puts the changed fields back.
 */
export const updateDraftAgreementStep = createStep(
  updateDraftAgreementStepId,
  async ({ id, update }: UpdateDraftAgreementStepInput, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const current = await service.retrieveDealerAgreement(id)
    if (current.status !== "draft") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        agreementStatusRefused(current, `only a draft can be changed. To change its terms, create a new version (POST /admin/dealer-agreements/${id}/versions)`)
      )
    }

    const validFrom = new Date(update.valid_from ?? current.valid_from)
    const validTo = update.valid_to === undefined ? current.valid_to : update.valid_to
    if (validTo && new Date(validTo) <= validFrom) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        validToAfterFrom(validFrom)
      )
    }
    const policy = update.conflict_policy ?? current.conflict_policy
    const share =
      update.split_share_percent === undefined ? current.split_share_percent : update.split_share_percent
    if (policy === "split" && share == null) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "split_share_percent: required when conflict_policy is split"
      )
    }
    if (update.number && update.number !== current.number) {
      const [taken] = await service.listDealerAgreements({ number: update.number }, { take: 1 })
      if (taken) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          alreadyExists("number", "agreement", update.number)
        )
      }
    }

    const previous = Object.fromEntries(
      Object.keys(update).map((key) => [key, current[key as keyof typeof current] ?? null])
    )
    const updated = await service.updateDealerAgreements(agreementRow({ id, ...update }))
    return new StepResponse(updated, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await service.updateDealerAgreements({ id: undo.id, ...undo.previous })
  }
)
