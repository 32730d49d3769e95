import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateZoneStep, UpdateZoneStepInput } from "../steps/update-zone-step"
import { validateProductCategoriesStep } from "../steps/validate-product-categories-step"

export const updateZoneWorkflowId = "dealer-network-update-zone"

export const updateZoneWorkflow = createWorkflow(updateZoneWorkflowId, (input: UpdateZoneStepInput) => {
  const categoryIds = transform({ input }, ({ input }) => input.update.product_category_ids ?? [])
  validateProductCategoriesStep(categoryIds)
  return new WorkflowResponse(updateZoneStep(input))
})
