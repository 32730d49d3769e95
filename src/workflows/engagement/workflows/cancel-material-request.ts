import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refundMaterialPointsStep } from "../steps/refund-material-points-step"
import { releaseMaterialRequestStep } from "../steps/release-material-request-step"

export const cancelMaterialRequestWorkflowId = "dealer-network-cancel-material-request"

/** A member cancels their dealer's request while it is still requested: units back in stock, points back in the wallet. */
export const cancelMaterialRequestWorkflow = createWorkflow(
  cancelMaterialRequestWorkflowId,
  (input: { id: string; dealer_id: string }) => {
    const released = releaseMaterialRequestStep(transform({ input }, ({ input }) => ({ ...input, to: "cancelled" as const })))
    refundMaterialPointsStep(released)
    return new WorkflowResponse(released)
  }
)
