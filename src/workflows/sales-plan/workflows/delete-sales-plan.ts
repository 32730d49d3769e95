import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteSalesPlanStep } from "../steps/delete-sales-plan-step"

export const deleteSalesPlanWorkflowId = "dealer-network-delete-sales-plan"

export const deleteSalesPlanWorkflow = createWorkflow(
  deleteSalesPlanWorkflowId,
  (input: { id: string }) => new WorkflowResponse(deleteSalesPlanStep(input.id))
)
