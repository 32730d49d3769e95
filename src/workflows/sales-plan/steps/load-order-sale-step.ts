import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrderSale } from "../../../queries/order-sale"

export const loadOrderSaleStepId = "dealer-network-load-order-sale"

/** The order as crediting it reads it (one query; see queries/order-sale). */
export const loadOrderSaleStep = createStep(loadOrderSaleStepId, async (input: { order_id: string }, { container }) => {
  return new StepResponse(await loadOrderSale(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), input.order_id))
})
