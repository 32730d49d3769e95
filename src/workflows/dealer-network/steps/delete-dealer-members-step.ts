import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"

export type DeleteDealerMembersStepInput = { dealer_id: string; member_ids: string[] }

export const deleteDealerMembersStepId = "dealer-network-delete-dealer-members"

/** Ends memberships of one dealer; returns the ended members (with their customer ids). */
export const deleteDealerMembersStep = createStep(
  deleteDealerMembersStepId,
  async ({ dealer_id, member_ids }: DeleteDealerMembersStepInput, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const members = await service.listDealerMembers({ id: member_ids, dealer_id })
    const missing = member_ids.filter((id) => !members.some((m) => m.id === id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `member_id: ${missing.join(", ")} is not a member of dealer ${dealer_id}`
      )
    }
    await service.softDeleteDealerMembers(member_ids)
    return new StepResponse(members, member_ids)
  },
  async (memberIds, { container }) => {
    if (!memberIds?.length) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await service.restoreDealerMembers(memberIds)
  }
)
