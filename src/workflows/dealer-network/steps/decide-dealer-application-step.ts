import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"

export type DecideDealerApplicationStepInput = {
  id: string
  status: "approved" | "rejected"
  review_note?: string | null
}

export const decideDealerApplicationStepId = "dealer-network-decide-dealer-application"

/** Moves a pending application to approved or rejected; undo reopens it. */
export const decideDealerApplicationStep = createStep(
  decideDealerApplicationStepId,
  async (input: DecideDealerApplicationStepInput, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const application = await service.decideApplication(input.id, input)
    return new StepResponse(application, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await service.decideApplication(id, { status: "pending" })
  }
)
