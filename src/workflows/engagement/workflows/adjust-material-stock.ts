import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { adjustMaterialStockStep, AdjustMaterialStockInput } from "../steps/adjust-material-stock-step"

export const adjustMaterialStockWorkflowId = "dealer-network-adjust-material-stock"
export type { AdjustMaterialStockInput }

/** Restocks a material or corrects its stock after a count; never below zero. */
export const adjustMaterialStockWorkflow = createWorkflow(adjustMaterialStockWorkflowId, (input: AdjustMaterialStockInput) => {
  return new WorkflowResponse(adjustMaterialStockStep(input))
})
