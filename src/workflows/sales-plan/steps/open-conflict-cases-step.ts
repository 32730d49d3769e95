import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type { OpenConflictCaseInput } from "../../../modules/dealer-network/conflict-types"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"

export const openConflictCasesStepId = "dealer-network-open-conflict-cases"

/**
 * Opens the order's conflict cases; a redelivered event finds them (open or
 * already resolved) and opens nothing. Returns every case of those kinds.
 */
export const openConflictCasesStep = createStep(
  openConflictCasesStepId,
  async (cases: OpenConflictCaseInput[], { container }) => {
    if (!cases.length) return new StepResponse([], [] as string[])
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const opened = await service.openConflictCases(cases[0].order_id, cases)
    return new StepResponse(
      opened.map(({ conflict }) => conflict),
      opened.filter(({ created }) => created).map(({ conflict }) => conflict.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE).deleteDealerConflictCases(createdIds)
  }
)
