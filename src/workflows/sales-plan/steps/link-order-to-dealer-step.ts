import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"

export const linkOrderToDealerStepId = "dealer-network-link-order-to-dealer"

const linkOf = (input: { dealer_id: string; order_id: string }) => ({
  [DEALER_NETWORK_MODULE]: { dealer_id: input.dealer_id },
  [Modules.ORDER]: { order_id: input.order_id },
})

/** Links the order to its dealer once; a redelivered event finds the link and leaves it. */
export const linkOrderToDealerStep = createStep(
  linkOrderToDealerStepId,
  async (input: { dealer_id: string; order_id: string }, { container }) => {
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    // The link table alone (not the order through Query): is the order linked to its dealer yet?
    const [existing] = await link.list(linkOf(input))
    if (existing) return new StepResponse(false, null)
    await link.create(linkOf(input))
    return new StepResponse(true, input)
  },
  async (created, { container }) => {
    if (!created) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(linkOf(created))
  }
)
