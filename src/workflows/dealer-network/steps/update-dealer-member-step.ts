import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import type { MemberRole } from "../../../types/dealer-network"

export type UpdateDealerMemberStepInput = {
  dealer_id: string
  member_id: string
  role: MemberRole
}

export const updateDealerMemberStepId = "dealer-network-update-dealer-member"

export const updateDealerMemberStep = createStep(
  updateDealerMemberStepId,
  async ({ dealer_id, member_id, role }: UpdateDealerMemberStepInput, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const [member] = await service.listDealerMembers({ id: member_id, dealer_id })
    if (!member) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `member_id: ${member_id} is not a member of dealer ${dealer_id}`
      )
    }
    const updated = await service.updateDealerMembers({ id: member_id, role })
    return new StepResponse(updated, { id: member_id, role: member.role })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await service.updateDealerMembers(previous)
  }
)
