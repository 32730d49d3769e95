import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refundMaterialPointsStep } from "../steps/refund-material-points-step"
import { releaseMaterialRequestStep } from "../steps/release-material-request-step"

export const rejectMaterialRequestWorkflowId = "dealer-network-reject-material-request"

/** The admin rejects a requested request: its units back in stock, its points back in the wallet, once. */
export const rejectMaterialRequestWorkflow = createWorkflow(
  rejectMaterialRequestWorkflowId,
  (input: { id: string; reason: string }) => {
    const released = releaseMaterialRequestStep(transform({ input }, ({ input }) => ({ ...input, to: "rejected" as const })))
    refundMaterialPointsStep(released)
    return new WorkflowResponse(released)
  }
)
