import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateZoneInput } from "../../../types/dealer-network"
import { createZoneStep } from "../steps/create-zone-step"
import { validateProductCategoriesStep } from "../steps/validate-product-categories-step"

export const createZoneWorkflowId = "dealer-network-create-zone"

/** A zone of responsibility: dealer × territory × assortment (existing product categories). */
export const createZoneWorkflow = createWorkflow(createZoneWorkflowId, (input: CreateZoneInput) => {
  const categoryIds = transform({ input }, ({ input }) => input.product_category_ids ?? [])
  validateProductCategoriesStep(categoryIds)
  return new WorkflowResponse(createZoneStep(input))
})
