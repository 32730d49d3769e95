import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { transitionContestStep } from "../steps/transition-contest-step"

export const cancelContestWorkflowId = "dealer-network-cancel-contest"

/** Cancels a draft or running contest: no prizes, no results. */
export const cancelContestWorkflow = createWorkflow(cancelContestWorkflowId, (input: { id: string }) => {
  const transition = transform({ input }, ({ input }) => ({
    id: input.id,
    from: ["draft" as const, "running" as const],
    to: "cancelled" as const,
  }))
  return new WorkflowResponse(transitionContestStep(transition))
})
