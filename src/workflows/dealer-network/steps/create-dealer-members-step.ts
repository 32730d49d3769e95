import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import type { MemberRole } from "../../../types/dealer-network"
import { alreadyMembers } from "../../../lib/refusals"

export type DealerMemberInput = {
  dealer_id: string
  customer_id: string
  role: MemberRole
}

export const createDealerMembersStepId = "dealer-network-create-dealer-members"

/** Links customers to a dealer; a customer already in a dealer is refused by name. */
export const createDealerMembersStep = createStep(
  createDealerMembersStepId,
  async (members: DealerMemberInput[], { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const customerIds = members.map((m) => m.customer_id)
    const customers = await container
      .resolve(Modules.CUSTOMER)
      .listCustomers({ id: customerIds }, { select: ["id"] })
    const missing = customerIds.filter((id) => !customers.some((c) => c.id === id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `customer_id: customer ${missing.join(", ")} was not found`)
    }
    const existing = await service.listDealerMembers(
      { customer_id: customerIds },
      { relations: ["dealer"] }
    )
    if (existing.length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        alreadyMembers(existing.map((m) => ({ customer_id: m.customer_id, dealer_code: m.dealer.code })))
      )
    }
    const created = await service.createDealerMembers(members)
    return new StepResponse(created, created.map((m) => m.id))
  },
  async (memberIds, { container }) => {
    if (!memberIds?.length) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await service.deleteDealerMembers(memberIds)
  }
)
