import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { decideDealerApplicationStep } from "../steps/decide-dealer-application-step"

export const rejectDealerApplicationWorkflowId = "dealer-network-reject-dealer-application"

export const rejectDealerApplicationWorkflow = createWorkflow(
  rejectDealerApplicationWorkflowId,
  (input: { id: string; reason: string }) => {
    const decision = { id: input.id, status: "rejected" as const, review_note: input.reason }
    return new WorkflowResponse(decideDealerApplicationStep(decision))
  }
)
