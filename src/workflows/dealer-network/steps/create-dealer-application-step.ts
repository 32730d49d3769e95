import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import type { StoreCreateDealerApplicationBody } from "../../../types/store"

/** The store's application body, for the customer filing it, with the e-mail to reach them at. */
export type CreateDealerApplicationStepInput = StoreCreateDealerApplicationBody & { customer_id: string; email: string }

export const createDealerApplicationStepId = "dealer-network-create-dealer-application"

/** Files a customer's application; members and customers with one under review are refused. */
export const createDealerApplicationStep = createStep(
  createDealerApplicationStepId,
  async (input: CreateDealerApplicationStepInput, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const [membership] = await service.listDealerMembers(
      { customer_id: input.customer_id },
      { relations: ["dealer"] }
    )
    if (membership) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `You already belong to dealer ${membership.dealer.name}`
      )
    }
    const [pending] = await service.listDealerApplications({
      customer_id: input.customer_id,
      status: "pending",
    })
    if (pending) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `You already have an application under review (${pending.id})`
      )
    }
    if (input.desired_territory_id) {
      const [territory] = await service.listDealerTerritories({ id: input.desired_territory_id })
      if (!territory) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `desired_territory_id: territory ${input.desired_territory_id} was not found`
        )
      }
    }
    const application = await service.createDealerApplications({
      ...input,
      currency_code: input.currency_code ?? service.getOptions().defaultCurrency,
    })
    return new StepResponse(application, application.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await service.deleteDealerApplications(id)
  }
)
